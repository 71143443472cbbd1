import { AppError, toErrorPayload } from '../../shared/errors';
import { callCommand } from './commands/call';
import { catalogCommand } from './commands/catalog';
import { exportCommand } from './commands/export';
import { hubCommand } from './commands/hub';
import { importCommand } from './commands/import';
import { pullCommand } from './commands/pull';
import { pushCommand } from './commands/push';
import { remoteCommand } from './commands/remote';
import { validateCommand } from './commands/validate';
import type { Command, Io } from './commands/command';
import { serveCommand } from './commands/serve';
import { simulateCommand } from './commands/simulate';

const COMMANDS: Command[] = [serveCommand, callCommand, validateCommand, catalogCommand, simulateCommand, exportCommand, importCommand, pushCommand, pullCommand, remoteCommand, hubCommand];

const processIo: Io = {
  out: (text) => process.stdout.write(text),
  err: (text) => process.stderr.write(text),
};

function helpText(): string {
  const lines = COMMANDS.map((c) => `  journey-studio ${c.usage}\n      ${c.summary}`);
  return `Journey Studio — offline journey designer\n\nUsage:\n${lines.join('\n')}\n\nData directory: --data-dir, else JOURNEY_STUDIO_DATA, else ~/.journey-studio\n`;
}

/** Runs the CLI; returns the exit code (0 ok, 1 refused, 2 bad usage). Errors go to stderr, as JSON with --json. */
export async function main(argv: string[], io: Io = processIo): Promise<number> {
  const [name, ...rest] = argv;
  if (!name || name === 'help' || name === '--help' || name === '-h') {
    io.out(helpText());
    return name ? 0 : 2;
  }
  const command = COMMANDS.find((c) => c.name === name);
  const asJson = rest.includes('--json');
  try {
    if (!command) throw new AppError('invalid_input', `Unknown command "${name}". Run journey-studio --help.`, 'command');
    return await command.run(rest, io);
  } catch (error) {
    const payload = toErrorPayload(error);
    io.err(asJson ? `${JSON.stringify({ error: payload })}\n` : `journey-studio ${name}: ${payload.message}\n`);
    return payload.code === 'internal' ? 3 : payload.code === 'invalid_input' || payload.code === 'unknown_channel' ? 2 : 1;
  }
}
