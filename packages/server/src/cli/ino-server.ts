// `ino-server <command>` (bin of @ino/server; `npx ino-server --help` from the repository root): finds
// the command, checks its options, runs it. What the operator can fix is said in one line, never as a stack.
import { parseArgs } from 'node:util';
import { ContentError } from '@ino/contract';
import { ConfigError } from '../config.js';
import { TokenError } from '../auth/api-tokens.js';
import { loggableError } from '../db/loggable-error.js';
import { COMMANDS, type Command } from './commands.js';
import { CommandError } from './open-store.js';

const args = process.argv.slice(2);

function overview(prefix = ''): string {
  const shown = Object.entries(COMMANDS).filter(([name]) => name.startsWith(prefix));
  return [
    'Usage: ino-server <command> [options]   (settings from the environment: INO_DATA_DIR, DATABASE_URL, …; docs/server.md)',
    '',
    ...shown.map(([, c]) => `  ${c.usage}\n      ${c.description}`),
    '',
    'ino-server <command> --help says more about one.',
  ].join('\n');
}

const help = (command: Command) => `Usage: ino-server ${command.usage}\n\n${command.description}`;

async function run(): Promise<void> {
  const name = [args.slice(0, 2).join(' '), args[0] ?? ''].find((candidate) => candidate in COMMANDS);
  const wantsHelp = args.includes('--help') || args.includes('-h');
  if (!name) {
    const group = args[0] && !args[0].startsWith('-') ? args[0] : '';
    const known = group && Object.keys(COMMANDS).some((n) => n.startsWith(`${group} `));
    if (wantsHelp || !args.length || known) {
      console.log(overview(known ? `${group} ` : ''));
      if (!wantsHelp && args.length) process.exitCode = 2;
      return;
    }
    console.error(`Unknown command: ${args.join(' ')}\n\n${overview()}`);
    process.exitCode = 2;
    return;
  }
  const command = COMMANDS[name]!;
  if (wantsHelp) return void console.log(help(command));
  let parsed;
  try {
    parsed = parseArgs({ args: args.slice(name.split(' ').length), options: command.options, allowPositionals: true, strict: true });
  } catch (error) {
    throw new CommandError(`${(error as Error).message}\n\n${help(command)}`);
  }
  const [min, max] = command.positionals;
  if (parsed.positionals.length < min || parsed.positionals.length > max) throw new CommandError(help(command));
  await command.run(parsed.values, parsed.positionals);
}

run().catch((error: unknown) => {
  if (error instanceof CommandError || error instanceof TokenError || error instanceof ContentError || error instanceof ConfigError) {
    console.error(error instanceof ConfigError ? `Configuration: ${error.message}` : error.message);
  } else {
    // As the server logs it: a database error without the values of its query.
    console.error(loggableError(error));
  }
  process.exitCode = 1;
});
