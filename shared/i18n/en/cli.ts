/** Messages of the `tejido` command line. */
export const cli = {
  usage:
    'Usage: tejido <command> [options]\n\nCommands:\n  serve [--port N] [--project FILE] [--no-open]   Start browser mode on 127.0.0.1\n  help                                          Show this help',
  unknownCommand: 'Unknown command "{{command}}". Run "tejido help" for the list.',
  badArguments: 'Invalid arguments: {{reason}}',
  failed: 'Error: {{message}}',
  serve: {
    ready:
      'Tejido is running in browser mode on project {{project}}.\nOpen this address (it carries the access token):\n{{url}}\nPress Ctrl+C to stop.',
    badPort: '"{{port}}" is not a port number (0–65535).',
    notBuilt: 'The app is not built: {{dir}} has no index.html. Run "npm run build" first.',
  },
  start: {
    noElectron: 'The Electron binary is not installed ({{reason}}); starting browser mode instead.',
  },
} as const;
