import { analyzeCommand } from './analyze-command.ts';
import { createCliContext, type CliContext } from './cli-context.ts';
import { exportCommand } from './export-command.ts';
import { importCommand } from './import-command.ts';
import { seriesCommand } from './series-command.ts';
import { serveCommand } from './serve-command.ts';

type Command = (args: string[], cli: CliContext) => Promise<number>;

/** One entry per command; each parses its own arguments. */
const commands: Record<string, Command> = {
  serve: serveCommand,
  analyze: analyzeCommand,
  import: importCommand,
  export: exportCommand,
  series: seriesCommand,
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
