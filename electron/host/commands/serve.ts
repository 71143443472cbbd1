import { fileURLToPath } from 'node:url';
import { AppError } from '../../../shared/errors';
import { authLimitFromEnv } from '../auth-limit';
import { createRemoteApi } from '../remote-api/remote-api';
import { startHost } from '../server';
import { newToken } from '../token';
import { DATA_OPTIONS, openCoreFromFlags, parse, type Command } from './command';
import { tokenFromFlags } from './token-source';

// From the sources (electron/host/commands/) or the built CLI (dist/cli/).
const RENDERER_DIR = fileURLToPath(
  new URL(
    import.meta.url.endsWith('.ts') ? '../../../dist/renderer' : '../renderer',
    import.meta.url,
  ),
);

export const serveCommand: Command = {
  name: 'serve',
  usage:
    'serve [--port 4173] [--host 127.0.0.1] [--data-dir DIR] [--empty] [--token-file PATH | --token TOKEN] [--remote]',
  summary:
    'Browser mode: serves the app and the contract on 127.0.0.1 with an access token (JOURNEY_STUDIO_TOKEN or --token-file, else a new one).',
  run: async (argv, io) => {
    const { values } = parse(argv, {
      ...DATA_OPTIONS,
      port: { type: 'string', default: '4173' },
      host: { type: 'string', default: '127.0.0.1' },
      token: { type: 'string' },
      'token-file': { type: 'string' },
      remote: { type: 'boolean', default: false },
    });
    const port = Number(values.port);
    if (!Number.isInteger(port) || port < 0 || port > 65535)
      throw new AppError('invalid_input', `--port must be 0–65535, got "${values.port}"`, 'port');
    if (!['127.0.0.1', 'localhost', '::1'].includes(values.host)) {
      io.err(
        `Warning: listening on ${values.host}; anyone who can reach it and has the token can use this data.\n`,
      );
    }
    const token = tokenFromFlags(values, 'JOURNEY_STUDIO_TOKEN', io) ?? newToken();
    let authLimit;
    try {
      authLimit = authLimitFromEnv(process.env.JOURNEY_STUDIO_AUTH_LIMIT);
    } catch (error) {
      throw new AppError('invalid_input', (error as Error).message, 'JOURNEY_STUDIO_AUTH_LIMIT');
    }
    const core = await openCoreFromFlags(values, 'browser');
    const api = values.remote ? createRemoteApi({ core, authLimit }) : undefined;
    const host = await startHost({
      core,
      token,
      port,
      host: values.host,
      rendererDir: RENDERER_DIR,
      api,
      authLimit,
    });
    if (values.remote)
      io.out(
        `Remote API: http://${values.host}:${host.port}/api/v1/ (bearer tokens: journey-studio remote token create)\n`,
      );
    io.out(
      `Journey Studio (browser mode) is running at ${host.url}\nData directory: ${core.context.dataDir}\n`,
    );
    await new Promise<void>((resolve) => {
      const stop = () => resolve();
      process.once('SIGINT', stop);
      process.once('SIGTERM', stop);
    });
    await host.close();
    await core.close();
    return 0;
  },
};
