/** Messages of the `tejido` command line. */
export const cli = {
  usage: [
    'Usage: tejido <command> [options]',
    '',
    'Commands:',
    '  serve [--port N] [--share-port N] [--project FILE] [--no-open]',
    '      Start browser mode on 127.0.0.1 (a shared workshop also listens on the LAN, on --share-port)',
    '  analyze INPUT | --nodes FILE --ties FILE',
    '         [--directed|--undirected] [--weight NAME] [--at YYYY-MM-DD]',
    '         [--relation NAME] [--without ACTOR] [--measures LIST] [--format json|csv] [--out FILE]',
    '      Network measures of a project (.tejido), a GEXF, GraphML, Pajek, UCINET DL or Excel file, or a nodes + ties CSV pair',
    '  import FILE... --project P.tejido [--wave DATE] [--format F] [--relation NAME]',
    '         [--skip-bad-rows] [--co-attendance] [--column [TABLE:]ROLE=HEADER]...',
    '      Import CSV, Excel, roster surveys, events, GEXF, GraphML, UCINET DL or Pajek files',
    '  export --project P.tejido --format csv|xlsx|gexf|graphml|dl|net --out PATH',
    '         [--pseudonymise] [--at DATE]',
    '      Export the network (optionally at a date, optionally with codes instead of names)',
    '  series INPUT --periods DATE,DATE,... [--measures LIST] [--format csv|json]',
    '      Network measures over time of a project (.tejido) or a GEXF file with spells: one row per period',
    '  help',
    '      Show this help',
  ].join('\n'),
  unknownCommand: 'Unknown command "{{command}}". Run "tejido help" for the list.',
  badArguments: 'Invalid arguments: {{reason}}',
  failed: 'Error: {{message}}',
  analyze: {
    noInput: 'Name a project or network file to analyse, or give --nodes FILE --ties FILE.',
    oneInput: 'Give one input file only.',
    inputAndTables: 'Give either an input file or --nodes/--ties, not both.',
    unknownFormat:
      'Tejido cannot analyse "{{file}}": give a .tejido project, a .gexf, .graphml, .net (Pajek), .dl (UCINET) or .xlsx file, or --nodes FILE --ties FILE.',
    chooseRelation:
      'The file holds several relations ({{relations}}): mixing them would add unlike ties together. Choose one with --relation NAME.',
    unknownRelation:
      'There is no relation "{{relation}}" to analyse. The relations are: {{relations}}.',
    unknownActor:
      'No actor has the id or name "{{actor}}", so the network cannot be measured without it. Check the spelling, or give the id.',
    severalActors:
      'Several actors are called "{{actor}}": {{ids}}. Give the id of the one to leave out.',
    cannotRead: 'Cannot read the file "{{file}}". Check the path and that it can be opened.',
    unreadable: 'Nothing was analysed: {{message}}',
    leftOut: 'Left out: {{message}}',
    badFormat: 'Unknown output format "{{format}}": use --format json or --format csv.',
    bothDirections: 'Give --directed or --undirected, not both.',
    badDate: '"{{date}}" is not a date: write it as YYYY-MM-DD (for example 2019-06-30).',
    noDates:
      'The ties have no dates, so there is no network "on" {{date}}. Leave out --at to analyse every tie.',
    dateOutside:
      'No tie is active on {{date}}: the ties run from {{first}} to {{last}}. Choose a day in between, or leave out --at.',
    dateBefore:
      'No tie is active on {{date}}: the first tie starts on {{first}}. Choose a later day, or leave out --at.',
    unknownMeasure: 'Unknown measure "{{name}}". Known measures: {{known}}.',
    weightMissing:
      'The ties have no column or attribute "{{weight}}" to use as weight. Their attributes: {{names}}.',
    projectWeight:
      'In a project the tie weight is called "weight"; "{{weight}}" is not a tie weight. Use --weight weight.',
    negativeWeight:
      'The tie {{source}} – {{target}} has weight {{weight}}: path measures (betweenness, closeness, diameter) need positive weights, read as distance = 1 / weight. Correct the weights, analyse without --weight, or leave those measures out with --measures.',
  },
  serve: {
    ready:
      'Tejido is running in browser mode on project {{project}}.\nOpen this address (it carries the access token):\n{{url}}\nPress Ctrl+C to stop.',
    badPort: '"{{port}}" is not a port number (0–65535).',
    notBuilt: 'The app is not built: {{dir}} has no index.html. Run "npm run build" first.',
  },
  start: {
    noElectron: 'The Electron binary is not installed ({{reason}}); starting browser mode instead.',
  },
  import: {
    usage:
      'Usage: tejido import FILE... --project P.tejido [--wave YYYY-MM-DD] [--format auto|csv|xlsx|roster|events|gexf|graphml|dl|net] [--relation NAME] [--skip-bad-rows] [--co-attendance] [--column [TABLE:]ROLE=HEADER]...',
    missingFile: 'The file {{file}} does not exist.',
    badColumn:
      '"--column {{option}}" is not ROLE=HEADER: write for example --column weight=Peso, or --column ties:weight=Peso for one file of a pair.',
    unknownRole:
      '"--column {{option}}": "{{role}}" is not a column role. The roles are: {{roles}}.',
    unknownHeader:
      '"--column {{option}}": {{file}} has no column "{{header}}". Its columns are: {{headers}}.',
    unknownTable:
      '"--column {{option}}": this import has no table "{{table}}". Name one of: {{tables}} (or write actors or ties).',
    whichTable:
      '"--column {{option}}": more than one table can take the role "{{role}}". Say which, for example --column ties:{{role}}=HEADER. The tables are: {{tables}}.',
    noColumns:
      'These files have no columns to map (only CSV files and workbook sheets do); leave out --column.',
    error: 'error',
    warning: 'warning',
    moreProblems: '… and {{count}} more problems.',
    blocked:
      'Nothing was imported: {{errors}} rows have errors. Fix them, or run again with --skip-bad-rows to import the rest.',
    done: 'Imported into {{project}}: {{actorsAdded}} actors added, {{actorsUpdated}} updated; {{tiesAdded}} ties added, {{tiesUpdated}} updated; {{rejected}} rows left out.',
  },
  export: {
    usage:
      'Usage: tejido export --project P.tejido --format csv|xlsx|gexf|graphml|dl|net --out PATH [--pseudonymise] [--at YYYY-MM-DD]',
    written: 'Written: {{path}}',
  },
  series: {
    noInput: 'Name a project (.tejido) or a GEXF file with dates to measure over time.',
    oneInput: 'Give one input file only.',
    noPeriods:
      "Give the periods' start dates with --periods, for example --periods 2018-01-01,2019-01-01,2020-01-01.",
    badDate: '"{{date}}" is not a date. Write dates as YYYY-MM-DD, for example 2019-01-15.',
    badFormat: 'Unknown format "{{format}}". Use --format csv or --format json.',
    unknownMeasure: 'Unknown measure "{{name}}". Known measures: {{known}}.',
    unknownFormat:
      'Tejido cannot measure "{{file}}" over time: give a .tejido project or a .gexf file.',
    cannotRead: 'Cannot read the file "{{file}}". Check the path and that it can be opened.',
    unreadable: 'Nothing was measured: {{message}}',
  },
} as const;
