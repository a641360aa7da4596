import { createCliContext, type CliContext } from './cli-context.ts';
import { serveCommand } from './serve-command.ts';

type Command = (args: string[], cli: CliContext) => Promise<number>;

/** Later issues add import, export, analyze and series here. */
const commands: Record<string, Command> = {
  serve: serveCommand,
};

export async function runCli(argv: string[]): Promise<number> {
  const cli = createCliContext();
  const [name, ...args] = argv;
  if (!name || name === 'help' || name === '--help' || name === '-h') {
    cli.print(cli.t('cli.usage'));
    return 0;
  }
  const command = commands[name];
  if (!command) {
    cli.error(cli.t('cli.unknownCommand', { command: name }));
    return 2;
  }
  try {
    return await command(args, cli);
  } catch (error) {
    if (
      error instanceof TypeError &&
      'code' in error &&
      String(error.code).startsWith('ERR_PARSE_ARGS')
    ) {
      cli.error(cli.t('cli.badArguments', { reason: error.message }));
      return 2;
    }
    cli.error(cli.describeError(error));
    return 1;
  }
}
