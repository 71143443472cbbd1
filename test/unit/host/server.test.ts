import { describe, expect, it } from 'vitest';
import { call, connect, useTestHost } from './host-fixture';

const TOKEN = 'test-token-123';
const start = useTestHost(TOKEN);

describe('host', () => {
  it('refuses a page request without the token or with a wrong one', async () => {
    const host = await start();
    const base = `http://127.0.0.1:${host.port}`;
    expect((await fetch(`${base}/`)).status).toBe(401);
    expect((await fetch(`${base}/?token=wrong`)).status).toBe(401);
    expect((await fetch(`${base}/`, { headers: { authorization: 'Bearer nope' } })).status).toBe(
      401,
    );
    const ok = await fetch(`${base}/?token=${TOKEN}`);
    expect(ok.status).toBe(200);
    expect(ok.headers.get('set-cookie')).toMatch(/HttpOnly; SameSite=Strict/);
    expect(ok.headers.get('content-security-policy')).toMatch(/default-src 'self'/);
  });

  it('refuses a socket without the token, with a wrong token, or from a foreign origin', async () => {
    const host = await start();
    const ws = `ws://127.0.0.1:${host.port}/ws`;
    expect((await connect(ws)).result).toBe('401');
    expect((await connect(`${ws}?token=wrong`)).result).toBe('401');
    expect((await connect(`${ws}?token=${TOKEN}`, { origin: 'http://evil.example' })).result).toBe(
      '401',
    );
    const good = await connect(`${ws}?token=${TOKEN}`, { origin: `http://127.0.0.1:${host.port}` });
    expect(good.result).toBe('open');
    good.ws.close();
  });

  it('answers contract calls over the socket, and errors with their code', async () => {
    const host = await start();
    const { ws } = await connect(`ws://127.0.0.1:${host.port}/ws`, {
      cookie: `journey_studio_token=${TOKEN}`,
    });
    const created = await call(ws, 'journeys.create', {
      name: 'Over the wire',
      audience: 'people',
    });
    expect(created.ok).toBe(true);
    const refused = await call(ws, 'journeys.create', { name: '', audience: 'people' });
    expect(refused).toMatchObject({ ok: false, error: { code: 'invalid_input', field: 'name' } });
    const garbage = await new Promise<{ ok: boolean }>((resolve) => {
      ws.once('message', (d) => resolve(JSON.parse(d.toString())));
      ws.send('not json at all');
    });
    expect(garbage.ok).toBe(false);
    ws.close();
  });
});
