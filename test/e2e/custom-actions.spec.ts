import { createServer, type IncomingHttpHeaders, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { expect, openApp, snap, test, uniqueName } from './fixtures';
import { CanvasPage } from './pages/canvas-page';

const TOKEN = 'crm-e2e-secret-token-4242';
let server: Server;
let baseUrl = '';
const seen: { url: string; headers: IncomingHttpHeaders }[] = [];

// A real HTTP server on loopback, in the test: the Action's Tests call it for real.
test.beforeAll(async () => {
  server = createServer((req, res) => {
    seen.push({ url: req.url ?? '', headers: req.headers });
    const path = new URL(req.url ?? '/', 'http://x').pathname;
    res.setHeader('content-type', 'application/json');
    if (path === '/') res.end(JSON.stringify({ service: 'crm', ok: true }));
    else if (path === '/customers')
      res.end(JSON.stringify({ tier: 'gold', name: 'Alex Morgan', score: 91 }));
    else {
      res.statusCode = 404;
      res.end('{"error":"not found"}');
    }
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  baseUrl = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
});
test.afterAll(() => new Promise<void>((resolve) => server.close(() => resolve())));

type Node = Record<string, unknown>;
const position = (row: number, col = 1) => ({ x: col * 260, y: row * 150 });

/** Entry -> Action step -> Gate -> Send email -> Exit; the step, the condition and the email body are filled in the UI. */
function journeyBody(entry: Node, exit: Node) {
  const nodes: Node[] = [
    { ...entry, position: position(0) },
    {
      id: 'lookup',
      type: 'action',
      name: 'Look up customer',
      position: position(1),
      settings: {
        scope: 'people',
        actionId: 'custom-action',
        params: {},
        applyTo: { mode: 'all' },
      },
    },
    {
      id: 'gold',
      type: 'gate',
      name: 'Gold customer?',
      position: position(2),
      settings: { condition: '' },
    },
    {
      id: 'mail',
      type: 'action',
      name: 'Send gold offer',
      position: position(3, 0),
      settings: {
        scope: 'people',
        actionId: 'send-email',
        params: { source: 'new', contentId: 'offer' },
        applyTo: { mode: 'all' },
      },
    },
    { ...exit, position: position(4, 0) },
    {
      id: 'exit-other',
      type: 'exit',
      name: 'Not gold',
      position: position(3, 2),
      settings: { reason: '' },
    },
  ];
  const edge = (source: string, target: string, sourceHandle = 'out') => ({
    id: `${source}-${sourceHandle}`,
    source,
    sourceHandle,
    target,
  });
  const edges = [
    edge(String(entry.id), 'lookup'),
    edge('lookup', 'gold'),
    edge('gold', 'mail', 'true'),
    edge('gold', 'exit-other', 'false'),
    edge('mail', String(exit.id)),
  ];
  const content = [
    {
      id: 'offer',
      kind: 'email',
      name: 'Gold offer',
      subject: 'A gift for {{ person.firstName }}',
      from: 'team@example.com',
      body: '',
    },
  ];
  return { description: '', nodes, edges, content };
}

test('HTTP Action: create and Test it, use it in an Action step with a Data Key read by a Gate and an email, and see a misspelled Data Key', async ({
  page,
}) => {
  const name = uniqueName('CRM lookup');
  await openApp(page, '#/actions');
  await expect(page.getByRole('heading', { name: 'Actions', level: 1 })).toBeVisible();

  // Create Action: Name, Type = module, Configuration generated from the module's schema.
  await page.getByRole('button', { name: 'Create Action' }).click();
  const dialog = page.getByRole('dialog', { name: 'Create Action' });
  await dialog.getByRole('textbox', { name: 'Name' }).fill(name);
  await dialog.getByRole('combobox', { name: 'Type' }).selectOption({ label: 'HTTP request' });
  await expect(dialog.getByRole('group', { name: 'Configuration' })).toBeVisible();
  await dialog.getByRole('textbox', { name: /^Base URL/ }).fill(baseUrl);
  await dialog.getByLabel(/^Secret token/).fill(TOKEN);
  await dialog
    .getByRole('textbox', { name: 'Headers 1 name' })
    .waitFor({ state: 'detached' })
    .catch(() => undefined);
  await snap(page, 'custom-actions-create-dialog');
  await dialog.getByRole('button', { name: 'Create' }).click();
  await expect(dialog).toBeHidden();

  // The detail page: secret masked, module Test calls the base URL for real.
  await expect(page.getByRole('heading', { name, level: 1 })).toBeVisible();
  await expect(page.getByText('••••4242')).toBeVisible();
  await expect(page.getByText(TOKEN)).toHaveCount(0);
  await page.getByRole('button', { name: 'Test', exact: true }).click();
  const moduleResult = page.getByRole('status', { name: 'Module test result' });
  await expect(moduleResult).toContainText('Passed');
  await expect(moduleResult).toContainText(`Reached ${baseUrl}`);
  expect(seen.at(-1)?.headers.authorization).toBe(`Bearer ${TOKEN}`);
  await snap(page, 'custom-actions-detail-tested');

  // A people journey whose Gate and email read journey.crm, and an Action step to configure.
  const canvas = new CanvasPage(page);
  const created = await canvas.call<{ id: string; nodes: Node[] }>('journeys.create', {
    name: uniqueName('Gold offers'),
    description: '',
    audience: 'people',
  });
  const [entry, exit] = created.nodes;
  await canvas.call('journeys.save', {
    id: created.id,
    baseRevision: 1,
    body: journeyBody(entry, exit),
  });
  await canvas.open(created.id);
  await canvas.node(/Look up customer/).click();
  const step = canvas.inspector.getByRole('group', { name: 'Action step' });
  await expect(step).toBeVisible();
  await step.getByRole('textbox', { name: 'Data Key' }).fill('crm');
  await step
    .getByRole('combobox', { name: 'Action to execute' })
    .selectOption({ label: `${name} (HTTP request)` });
  await expect(step.getByRole('combobox', { name: 'Function' })).toHaveValue('request');
  await step.getByRole('textbox', { name: /^Path/ }).fill('/customers');
  await step.getByRole('textbox', { name: /^Query/ }).fill('email={{ person.email }}');

  // Function Test: executes for real with a sample profile and shows the response.
  await step.getByRole('button', { name: 'Test', exact: true }).click();
  const fnResult = step.getByRole('status', { name: 'Function test result' });
  await expect(fnResult).toContainText('Passed');
  await expect(fnResult.getByLabel('Response')).toContainText('"tier": "gold"');
  expect(seen.at(-1)?.url).toMatch(
    /^\/customers\?email=.+%40example\.com$|^\/customers\?email=.+@example\.com$/,
  );
  await expect(fnResult).not.toContainText(TOKEN);
  await canvas.saved();
  await snap(page, 'custom-actions-step-function-test');

  // The Gate branches on the response; the email personalizes with it.
  await canvas.node(/Gold customer\?/).click();
  await canvas.inspector
    .getByRole('textbox', { name: 'Condition (Liquid)' })
    .fill('journey.crm.body.tier == "gold"');
  // Its Preview starts from the response the function Test just returned (issue 19), no typing.
  await expect(
    canvas.inspector.getByRole('textbox', { name: 'Action results (JSON, by Data Key)' }),
  ).toHaveValue(/"tier": "gold"/);
  await canvas.node(/Send gold offer/).click();
  await canvas.inspector.getByRole('button', { name: 'Edit email' }).click();
  const email = page.getByRole('dialog', { name: 'Edit email' });
  await email
    .getByRole('textbox', { name: 'Body' })
    .fill(
      'Hi {{ person.firstName }}, as a {{ journey.crm.body.tier }} customer you get early access.',
    );
  await snap(page, 'custom-actions-email-reads-data-key');
  await email.getByRole('button', { name: 'Done' }).click();
  await canvas.saved();
  await canvas.node(/Look up customer/).click();

  // With the Data Key right, the Gate and the email have no Data Key problem.
  await canvas.toolbar.getByRole('button', { name: 'Problems' }).click();
  const problems = page.getByRole('region', { name: 'Problems list' });
  await expect(problems).toBeVisible();
  await expect(problems).not.toContainText('journey.crm');

  // Misspelled: both readers now point at a Data Key no step sets.
  await step.getByRole('textbox', { name: 'Data Key' }).fill('cmr');
  await expect(
    problems.getByText(
      /^Gold customer\?: Condition: \{\{journey\.crm\}\} refers to a Data Key no Action step sets/,
    ),
  ).toBeVisible();
  await expect(
    problems.getByText(
      /^Send gold offer: .*\{\{journey\.crm\}\} refers to a Data Key no Action step sets/,
    ),
  ).toBeVisible();
  await canvas.saved();
  await snap(page, 'custom-actions-misspelled-data-key');

  // A key the field refuses, typed key by key (issue #19): it stays in the box as an error with
  // the same words in Problems and the publish check; the file keeps "cmr", never the valid "my".
  const dataKey = step.getByRole('textbox', { name: 'Data Key' });
  await dataKey.blur();
  await dataKey.fill('');
  await dataKey.pressSequentially('my key!');
  const keyMessage = 'Data Key: start with a letter or _, then letters, digits or _';
  await expect(dataKey).toHaveValue('my key!');
  await expect(dataKey).toHaveAttribute('aria-invalid', 'true');
  await expect(step.getByText(keyMessage, { exact: true })).toBeVisible();
  await expect(problems.getByText(`Look up customer: ${keyMessage}`)).toBeVisible();
  await expect(problems).not.toContainText('Data Key "my"');
  await canvas.saved();
  const kept = await canvas.call<{ nodes: { settings: { params?: { dataKey?: string } } }[] }>(
    'journeys.get',
    { id: created.id },
  );
  expect(kept.nodes.map((n) => n.settings.params?.dataKey).filter(Boolean)).toEqual(['cmr']);
  await page.getByRole('button', { name: 'Publish', exact: true }).click();
  const publish = page.getByRole('dialog', { name: 'Publish journey' });
  await expect(publish.getByRole('list', { name: 'Problems' })).toContainText(keyMessage);
  await expect(publish.getByRole('button', { name: 'Publish' })).toBeDisabled();
  await publish.getByRole('button', { name: 'Cancel' }).click();

  // The journey's saved file never holds the token.
  const saved = await canvas.call<unknown>('journeys.get', { id: created.id });
  expect(JSON.stringify(saved)).not.toContain(TOKEN);

  // Delete is refused while the journey uses the Action, naming it.
  await openApp(page, '#/actions');
  await page.getByRole('button', { name }).click();
  page.once('dialog', (d) => void d.accept());
  await page.getByRole('button', { name: 'Delete' }).click();
  await expect(page.getByRole('alert')).toContainText('Gold offers');
  await snap(page, 'custom-actions-delete-refused');
});

test('Actions tab lists the demo Mock Action and the journeys using it', async ({ page }) => {
  await openApp(page, '#/actions');
  const table = page.getByRole('table', { name: 'Actions' });
  await expect(table.getByRole('row', { name: /Customer API \(mock\)/ })).toContainText('Mock');
  await page.getByRole('button', { name: 'Customer API (mock)' }).click();
  await expect(page.getByRole('link', { name: 'Pattern: Action → Gate' })).toBeVisible();
  await page.getByRole('button', { name: 'Test', exact: true }).click();
  await expect(page.getByRole('status', { name: 'Module test result' })).toContainText('Passed');
  await snap(page, 'custom-actions-mock-detail');
});
