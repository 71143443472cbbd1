import { connect } from 'node:net';
import { afterAll, describe, expect, it } from 'vitest';
import { recordFigures } from '../../reliability/figures';
import { scaled, SEED, seededRandom } from '../../reliability/scale';
import { runCli } from '../../helpers/cli';
import { startServe, type ServeProcess } from '../../helpers/serve-process';
import { useTempDirs } from '../../helpers/temp-dir';

// The probe of issue 16 (defect 3) grown into a fuzzer: raw requests over node:net to a real
// `serve` and a real `serve --remote`, each in its own process, with a liveness check after every
// batch. One `Host: [` used to end either process; nothing a client sends may do that.
const CASES_PER_HOST = scaled(1_500);
const BATCH = 20;
/** A case whose answer has not come within this long is cut (a hang is counted, not a failure). */
const IDLE_MS = 1_500;
const PAGE_TOKEN = 'fuzz-page-token-0123456789abcdef';
const tempDir = useTempDirs();

const figures = {
  cases: 0,
  failures: 0,
  batches: 0,
  liveness: 0,
  cut: 0,
  statuses: new Map<string, number>(),
  started: performance.now(),
};

afterAll(() => {
  const byStatus = Object.fromEntries(
    [...figures.statuses]
      .sort(([a], [b]) => (a < b ? -1 : 1))
      .map(([k, v]) => [`answered ${k}`, v]),
  );
  recordFigures({
    surface: 'http',
    title: 'HTTP requests on raw sockets (`serve` and `serve --remote`, child processes)',
    cases: figures.cases,
    failures: figures.failures,
    seconds: Math.round((performance.now() - figures.started) / 100) / 10,
    details: {
      'liveness checks passed': figures.liveness,
      'cut after 1.5 s without an answer': figures.cut,
      ...byStatus,
    },
  });
});

type Rand = () => number;
const pick = <T>(rand: Rand, xs: readonly T[]): T => xs[Math.floor(rand() * xs.length)];
const int = (rand: Rand, max: number) => Math.floor(rand() * (max + 1));
const bytes = (rand: Rand, n: number) =>
  Buffer.from(Array.from({ length: n }, () => int(rand, 255)));

const METHODS = [
  'GET',
  'HEAD',
  'POST',
  'PUT',
  'DELETE',
  'OPTIONS',
  'PATCH',
  'TRACE',
  'CONNECT',
  'PROPFIND',
  'PURGE',
];
const BAD_METHODS = ['get', 'G\u0000T', '', 'GET GET', 'PRI', 'M-SEARCH', 'X'.repeat(300)];
const TARGETS = [
  '/',
  '/index.html',
  '/ws',
  '/api/v1/info',
  '/api/v1/journeys',
  '/api/v1/journeys/%FF',
  '/api/v1/journeys/%E0%A4%A',
  '/api/v1/journeys/..%2F..%2Fsecrets.key',
  '/api/v1/bundles',
  '/api/v1/bundles?ids=%FF,,x&versions=1',
  '/api/v1/bundles?policy=nope',
  '/api/v2/info',
  '/api/',
  '/api/v1',
  '/%FF',
  '/%E0%A4%A',
  '/%zz',
  '/%',
  '/%00',
  '/..%2f..%2fetc%2fpasswd',
  '/../../etc/passwd',
  '/assets/%C0%AE%C0%AE/x',
  '//',
  '///api/v1/info',
  '*',
  'http://[/',
  'http://a b/',
  'http://127.0.0.1/',
  'example.com:443',
  '',
  '/?token=%FF',
  `/?token=${PAGE_TOKEN}`,
  '/?token=',
  '/?a=%zz&token=x',
  `/${'a'.repeat(5000)}`,
  '/\u00e9\u00e8',
  '/#frag',
  '/?' + '&'.repeat(2000),
];
const BAD_VERSIONS = ['HTTP/2.0', 'HTTP/1.1x', '', 'HTTP/1.1 extra', 'HTTP/0.9', 'http/1.1'];
const HOSTS = [
  '[',
  'a b',
  '%zz',
  'a:99999',
  '',
  '[::1',
  '127.0.0.1',
  'localhost:0',
  'x'.repeat(3000),
  'a,b',
  '127.0.0.1:65536',
  '[::1]:80',
  'a@b',
  'http://x',
  '::::',
];
const BAD_HOSTS = ['\u0000', 'ünïcode', '\u00ff'];
const BAD_EOLS = ['\n', '\r', '\r\r\n'];

function tokenValue(rand: Rand, remoteToken: string): string {
  return pick(rand, [
    PAGE_TOKEN,
    remoteToken,
    'wrong',
    '%FF',
    '',
    `${PAGE_TOKEN}\u0000`,
    'x'.repeat(10_000),
  ]);
}

function headerLines(rand: Rand, remoteToken: string): string[] {
  const out: string[] = [];
  if (rand() < 0.95) out.push(`Host: ${rand() < 0.95 ? pick(rand, HOSTS) : pick(rand, BAD_HOSTS)}`);
  if (rand() < 0.03) out.push(`Host: ${pick(rand, HOSTS)}`);
  // Half the cases carry a right token, so what lies behind authentication is fuzzed too.
  if (rand() < 0.6)
    out.push(
      pick(rand, [
        `Authorization: Bearer ${remoteToken}`,
        `Authorization: Bearer ${remoteToken}`,
        `Authorization: Bearer ${PAGE_TOKEN}`,
        `Cookie: journey_studio_token=${PAGE_TOKEN}`,
      ]),
    );
  const extra = int(rand, 4);
  for (let i = 0; i < extra; i++) {
    out.push(
      pick(rand, [
        `Authorization: Bearer ${tokenValue(rand, remoteToken)}`,
        `Authorization: ${pick(rand, ['Bearer', 'Basic Zm9vOmJhcg==', 'Bearer  ', 'bearer x'])}`,
        `Cookie: journey_studio_token=${pick(rand, [PAGE_TOKEN, '%E0%A4%A', '%FF', '', 'x'])}`,
        `Cookie: ${pick(rand, ['=', ';;;', 'a=b; journey_studio_token', 'journey_studio_token=a; journey_studio_token=%'])}`,
        `Origin: ${pick(rand, ['http://127.0.0.1', 'http://evil.example', 'null', '%', '[', ''])}`,
        'Upgrade: websocket',
        'Connection: Upgrade',
        `Connection: ${pick(rand, ['close', 'keep-alive', ''])}`,
        `Sec-WebSocket-Key: ${pick(rand, ['dGhlIHNhbXBsZSBub25jZQ==', '', '%%%'])}`,
        `Sec-WebSocket-Version: ${pick(rand, ['13', '8', 'x'])}`,
        `Idempotency-Key: ${pick(rand, ['push-0001-abcdef', '', '%FF', 'a'.repeat(300)])}`,
        `Content-Type: ${pick(rand, ['application/zip', 'text/plain', '', '%'])}`,
        `Expect: ${pick(rand, ['100-continue', 'nonsense'])}`,
        `X-${'h'.repeat(1 + int(rand, 20))}: ${bytes(rand, int(rand, 30)).toString('base64')}`,
        `Accept: ${'*/*,'.repeat(int(rand, 500))}`,
      ]),
    );
  }
  if (rand() < 0.1) {
    // A header no parser should take: control bytes, folding, no colon, no name.
    out.push(
      pick(rand, [
        `X-Raw: ${bytes(rand, 1 + int(rand, 30)).toString('latin1')}`,
        ' folded continuation',
        'NoColonHeader',
        ': empty name',
        'Cookie: \u00ff',
        'Authorization: \u00ff',
      ]),
    );
  }
  return out;
}

/** One request as raw bytes, and whether it is whole (else the server waits for more). */
interface RawRequest {
  raw: Buffer;
  whole: boolean;
}

/** One request as raw bytes: request line, headers, framing and body, possibly mangled. */
function requestBytes(rand: Rand, remoteToken: string): RawRequest {
  // Mostly well-formed requests (so the handlers behind the parser are reached), some broken ones.
  const eol = rand() < 0.95 ? '\r\n' : pick(rand, BAD_EOLS);
  const method =
    rand() < 0.5 ? 'GET' : rand() < 0.9 ? pick(rand, METHODS) : pick(rand, BAD_METHODS);
  const version =
    rand() < 0.9 ? pick(rand, ['HTTP/1.1', 'HTTP/1.1', 'HTTP/1.0']) : pick(rand, BAD_VERSIONS);
  const target =
    rand() < 0.1
      ? `/${bytes(rand, int(rand, 40)).toString('latin1')}`
      : (rand() < 0.3
          ? pick(rand, ['/', '/api/v1/info', '/api/v1/journeys', '/api/v1/bundles'])
          : pick(rand, TARGETS)) +
        (rand() < 0.2 ? `%${bytes(rand, 2).toString('hex').slice(0, int(rand, 3))}` : '');
  const head = [`${method} ${target} ${version}`.trimEnd(), ...headerLines(rand, remoteToken)];
  // Mostly one request per connection, so the answer ends with the connection.
  if (rand() < 0.8) head.push('Connection: close');
  const body = pick(rand, [
    Buffer.alloc(0),
    Buffer.alloc(0),
    bytes(rand, int(rand, 300)),
    Buffer.from('{"a":1}'),
    Buffer.concat([Buffer.from('PK\u0003\u0004'), bytes(rand, 60)]),
  ]);
  const framing = rand() < 0.5 ? 1 : int(rand, 6);
  // Without a length, extra bytes would be read as a second request: mostly leave them out.
  let payload = framing === 0 && rand() < 0.9 ? Buffer.alloc(0) : body;
  if (framing === 1) head.push(`Content-Length: ${body.length}`);
  if (framing === 2)
    head.push(
      `Content-Length: ${pick(rand, [body.length + 5, Math.max(0, body.length - 3), -1, 'abc', '99999999999999999999', `${body.length}, ${body.length + 1}`])}`,
    );
  if (framing === 3 || framing === 4) {
    head.push('Transfer-Encoding: chunked');
    payload =
      framing === 3
        ? Buffer.concat([
            Buffer.from(`${body.length.toString(16)}\r\n`),
            body,
            Buffer.from('\r\n0\r\n\r\n'),
          ])
        : Buffer.concat([
            Buffer.from(pick(rand, ['zz\r\n', 'fffffffffff\r\n', '5\r\nabc', '-1\r\n'])),
            body,
          ]);
  }
  if (framing === 5) head.push(`Content-Length: ${body.length}`, 'Transfer-Encoding: chunked');
  let raw = Buffer.concat([Buffer.from(head.join(eol) + eol + eol, 'latin1'), payload]);
  let whole = eol === '\r\n' && framing !== 2 && framing !== 4;
  if (rand() < 0.08) {
    whole = false;
    // Mangle: flip, insert or cut a few bytes anywhere.
    const b = Buffer.from(raw);
    for (let i = int(rand, 3); i >= 0; i--) b[int(rand, b.length - 1)] = int(rand, 255);
    raw = rand() < 0.5 ? b : b.subarray(0, int(rand, b.length));
  }
  return { raw, whole };
}

interface Answer {
  status: string;
  cut: boolean;
}

/** Sends bytes in a few writes, then waits for the answer or cuts the connection when it idles. */
function send(port: number, { raw, whole }: RawRequest, rand: Rand): Promise<Answer> {
  const cuts = [
    0,
    ...Array.from({ length: int(rand, 2) }, () => int(rand, raw.length)).sort((a, b) => a - b),
    raw.length,
  ];
  // Ending our side makes the server give up on a partial request at once (and drop a slow answer).
  const halfClose = !whole || rand() < 0.1;
  return new Promise((resolve) => {
    let first = '';
    let done = false;
    const socket = connect({ port, host: '127.0.0.1' });
    const finish = (cut: boolean) => {
      if (done) return;
      done = true;
      clearTimeout(timer);
      socket.destroy();
      const status = /^HTTP\/1\.[01] (\d{3})/.exec(first)?.[1];
      resolve({ status: status ?? (first ? 'other' : cut ? 'none' : 'closed'), cut });
    };
    let timer = setTimeout(() => finish(true), IDLE_MS * 2);
    socket.on('connect', () => {
      for (let i = 0; i + 1 < cuts.length; i++) socket.write(raw.subarray(cuts[i], cuts[i + 1]));
      if (halfClose) socket.end();
    });
    socket.on('data', (d: Buffer) => {
      if (first.length < 64) first += d.toString('latin1');
      clearTimeout(timer);
      timer = setTimeout(() => finish(false), IDLE_MS);
    });
    socket.on('error', () => finish(false));
    socket.on('close', () => finish(false));
  });
}

interface Target {
  name: string;
  serve: ServeProcess;
  /** Throws unless the host answers its page (and with --remote its API) as it did at the start. */
  check: () => Promise<void>;
}

async function pageStatus(port: number): Promise<number> {
  const res = await fetch(`http://127.0.0.1:${port}/`, {
    headers: { authorization: `Bearer ${PAGE_TOKEN}` },
    signal: AbortSignal.timeout(60_000),
  });
  await res.arrayBuffer();
  return res.status;
}

async function start(remote: boolean): Promise<{ target: Target; remoteToken: string }> {
  const dataDir = tempDir();
  let remoteToken = 'no-remote-token';
  if (remote) {
    const made = runCli([
      'remote',
      'token',
      'create',
      '--label',
      'fuzz',
      '--json',
      '--data-dir',
      dataDir,
    ]);
    if (made.status !== 0) throw new Error(made.stderr);
    remoteToken = (JSON.parse(made.stdout) as { token: string }).token;
  }
  // Wrong tokens are part of the fuzz: the per-address lock-out is tested on its own, not here.
  const serve = await startServe(
    ['--data-dir', dataDir, '--empty', ...(remote ? ['--remote'] : [])],
    { JOURNEY_STUDIO_TOKEN: PAGE_TOKEN, JOURNEY_STUDIO_AUTH_LIMIT: '0/60' },
  );
  const baseline = await pageStatus(serve.port);
  expect([200, 503]).toContain(baseline); // 503: the renderer is not built in this checkout
  const check = async () => {
    if (!serve.alive())
      throw new Error(
        `the process ended (exit ${serve.child.exitCode}, ${serve.child.signalCode}): ${serve.stderr().slice(-500)}`,
      );
    expect(await pageStatus(serve.port)).toBe(baseline);
    if (remote) {
      const res = await fetch(`http://127.0.0.1:${serve.port}/api/v1/info`, {
        headers: { authorization: `Bearer ${remoteToken}` },
        signal: AbortSignal.timeout(60_000),
      });
      expect(res.status).toBe(200);
      expect(await res.json()).toMatchObject({ apiVersion: 1, app: 'journey-studio' });
    }
  };
  return { target: { name: remote ? 'serve --remote' : 'serve', serve, check }, remoteToken };
}

async function fuzz(remote: boolean, seed: number): Promise<void> {
  const { target, remoteToken } = await start(remote);
  const rand = seededRandom(seed);
  try {
    for (let done = 0; done < CASES_PER_HOST; done += BATCH) {
      const batch = Array.from({ length: Math.min(BATCH, CASES_PER_HOST - done) }, () =>
        requestBytes(rand, remoteToken),
      );
      const answers = await Promise.all(batch.map((raw) => send(target.serve.port, raw, rand)));
      for (const a of answers) {
        figures.cases += 1;
        if (a.cut) figures.cut += 1;
        figures.statuses.set(a.status, (figures.statuses.get(a.status) ?? 0) + 1);
      }
      const errors = answers.filter((a) => a.status.startsWith('5') && a.status !== '503');
      try {
        expect(errors, 'no request may make the host fail (5xx)').toEqual([]);
        await target.check();
        figures.liveness += 1;
        figures.batches += 1;
      } catch (error) {
        figures.failures += 1;
        const shown = batch
          .map((b) => JSON.stringify(b.raw.subarray(0, 300).toString('latin1')))
          .join('\n');
        throw new Error(
          `${target.name}: after cases ${done + 1}–${done + batch.length} (RELIABILITY_SEED=${SEED}): ${(error as Error).message}\nThe batch:\n${shown}`,
          { cause: error },
        );
      }
    }
  } finally {
    await target.serve.stop();
  }
}

describe('HTTP fuzzing of both hosts', () => {
  it(`${CASES_PER_HOST} raw requests to each of serve and serve --remote: every batch leaves the process alive and answering`, async () => {
    await Promise.all([fuzz(false, SEED), fuzz(true, SEED ^ 0x5eed)]);
  }, 900_000);
});
