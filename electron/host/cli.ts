import { AppError, toErrorPayload } from '../../shared/errors';
import { reportSetAsideTo, type Command, type Io } from './commands/command';
import { shown, terminalSafeIo } from './commands/terminal-text';

// Commands load on use: `journey-studio call …` never evaluates the web host, the REST API or
// the simulation formatter, which keeps a cold start short.
const COMMANDS: Record<string, () => Promise<Command>> = {
  serve: async () => (await import('./commands/serve')).serveCommand,
  call: async () => (await import('./commands/call')).callCommand,
  validate: async () => (await import('./commands/validate')).validateCommand,
  catalog: async () => (await import('./commands/catalog')).catalogCommand,
  simulate: async () => (await import('./commands/simulate')).simulateCommand,
  export: async () => (await import('./commands/export')).exportCommand,
  import: async () => (await import('./commands/import')).importCommand,
  push: async () => (await import('./commands/push')).pushCommand,
  pull: async () => (await import('./commands/pull')).pullCommand,
  remote: async () => (await import('./commands/remote')).remoteCommand,
  unlock: async () => (await import('./commands/unlock')).unlockCommand,
  hub: async () => (await import('./commands/hub')).hubCommand,
};

const processIo: Io = {
  out: (text) => process.stdout.write(text),
  err: (text) => process.stderr.write(text),
};

async function helpText(): Promise<string> {
  const commands = await Promise.all(Object.values(COMMANDS).map((load) => load()));
  const lines = commands.map((c) => `  journey-studio ${c.usage}\n      ${c.summary}`);
  return `Journey Studio — offline journey designer\n\nUsage:\n${lines.join('\n')}\n\nData directory: --data-dir, else JOURNEY_STUDIO_DATA, else ~/.journey-studio\n`;
}

/** Runs the CLI; returns the exit code (0 ok, 1 refused, 2 bad usage). Errors go to stderr, as JSON with --json. */
export async function main(argv: string[], rawIo: Io = processIo): Promise<number> {
  // Names and messages can come from bundles and remotes: no control character reaches the terminal raw.
  const io = terminalSafeIo(rawIo);
  const [name, ...rest] = argv;
  if (!name || name === 'help' || name === '--help' || name === '-h') {
    io.out(await helpText());
    return name ? 0 : 2;
  }
  const load = Object.hasOwn(COMMANDS, name) ? COMMANDS[name] : undefined;
  const asJson = rest.includes('--json');
  reportSetAsideTo(io, asJson);
  try {
    const command = await load?.();
    if (!command)
      throw new AppError(
        'invalid_input',
        `Unknown command "${shown(name)}". Run journey-studio --help.`,
        'command',
      );
    // --help or -h anywhere in a command's own arguments prints its usage instead of running it.
    if (rest.includes('--help') || rest.includes('-h')) {
      io.out(`Usage: journey-studio ${command.usage}\n  ${command.summary}\n`);
      return 0;
    }
    return await command.run(rest, io);
  } catch (error) {
    const payload = toErrorPayload(error);
    io.err(
      asJson
        ? `${JSON.stringify({ error: payload })}\n`
        : `journey-studio ${shown(name)}: ${payload.message}\n`,
    );
    return payload.code === 'internal'
      ? 3
      : payload.code === 'invalid_input' || payload.code === 'unknown_channel'
        ? 2
        : 1;
  }
}
