import { expect, type Locator, type Page } from '@playwright/test';
import { openApp, uniqueName } from '../fixtures';
import { withEntryAudience } from './library-page';

/** The journey editor: canvas, "+" buttons, node menu, toolbar, inspector. */
export class CanvasPage {
  readonly map: Locator;
  readonly toolbar: Locator;
  readonly inspector: Locator;
  readonly saveStatus: Locator;

  constructor(readonly page: Page) {
    this.map = page.getByRole('region', { name: 'Journey map' });
    this.toolbar = page.getByRole('toolbar', { name: 'Canvas' });
    this.inspector = page.getByRole('complementary', { name: 'Inspector' });
    this.saveStatus = page.getByRole('status', { name: 'Save status' });
  }

  /** Calls a contract channel over the host's WebSocket (the page's session cookie authorizes it). */
  async call<T = unknown>(channel: string, input: unknown): Promise<T> {
    return this.page.evaluate(
      ([ch, inp]) =>
        new Promise<T>((resolve, reject) => {
          const ws = new WebSocket(
            `${location.protocol === 'https:' ? 'wss' : 'ws'}://${location.host}/ws`,
          );
          ws.onopen = () => ws.send(JSON.stringify({ id: 1, channel: ch, input: inp }));
          ws.onerror = () => reject(new Error('socket error'));
          ws.onmessage = (e) => {
            const reply = JSON.parse(String(e.data)) as {
              ok: boolean;
              output?: T;
              error?: { code: string; message: string };
            };
            ws.close();
            if (reply.ok) resolve(reply.output as T);
            else reject(new Error(`${reply.error?.code}: ${reply.error?.message}`));
          };
        }),
      [channel, input] as const,
    );
  }

  /** Gives the journey's Entry an audience through the contract (an empty one blocks Publish), then reloads. */
  async fillEntryAudience(id: string): Promise<void> {
    await withEntryAudience(this.page, { id });
    await this.page.reload();
  }

  /** A saved journey's revision and its Entry (a body built after it keeps the Entry as it is). */
  async storedEntry(id: string): Promise<{
    revision: number;
    entry: { id: string; type: string; position: { x: number; y: number } };
  }> {
    type Node = { id: string; type: string; position: { x: number; y: number } };
    const j = await this.call<{ revision: number; nodes: Node[] }>('journeys.get', { id });
    const entry = j.nodes.find((n) => n.type === 'entry');
    if (!entry) throw new Error('a new journey has an Entry');
    return { revision: j.revision, entry };
  }

  /** Replaces a journey's steps and edges through the contract, then reloads the editor. */
  async replaceBody(
    id: string,
    baseRevision: number,
    nodes: readonly unknown[],
    edges: readonly unknown[],
  ): Promise<void> {
    await this.call('journeys.save', {
      id,
      baseRevision,
      body: { description: '', nodes, edges, content: [] },
    });
    await this.page.reload();
  }

  /** Creates a Draft journey through the contract and opens it; returns its id. */
  async createAndOpen(name: string, audience: 'account' | 'people' = 'account'): Promise<string> {
    await openApp(this.page);
    const journey = await this.call<{ id: string }>('journeys.create', {
      name,
      description: '',
      audience,
    });
    await this.open(journey.id);
    return journey.id;
  }

  /**
   * Creates the "Pricing page follow-up" journey from the sales-handoff template (9 steps) through
   * the contract and shows the library with it; returns its id and unique name.
   */
  async salesHandoffInLibrary(): Promise<{ id: string; name: string }> {
    await openApp(this.page);
    const name = uniqueName('Pricing page follow-up');
    const { id } = await this.call<{ id: string }>('journeys.createFromTemplate', {
      templateId: 'sales-handoff',
      name,
    });
    await openApp(this.page);
    await expect(this.page.getByRole('table', { name: 'Journeys' })).toBeVisible();
    return { id, name };
  }

  /** Opens a journey by id. */
  async open(id: string): Promise<void> {
    await openApp(this.page, `#/journeys/${encodeURIComponent(id)}`);
    await expect(this.map).toBeVisible();
    await expect(this.node(/Entry:/)).toBeVisible();
  }

  /** A node by its accessible name ("<Type>: <name>"). */
  node(name: string | RegExp): Locator {
    return this.map.getByRole('group', { name });
  }

  /** An "Add node …" button, by the rest of its name. */
  plus(name: string | RegExp): Locator {
    return this.map.getByRole('button', { name });
  }

  /** Adds a node with the keyboard: focus the "+", Enter, arrow to the item, Enter. */
  async addWithKeyboard(plus: Locator, item: string): Promise<void> {
    await plus.focus();
    await this.page.keyboard.press('Enter');
    const menu = this.page.getByRole('menu', { name: 'Add node' });
    await expect(menu).toBeVisible();
    for (let i = 0; i < 12; i++) {
      const focused = await menu
        .getByRole('menuitem', { name: item, exact: true })
        .evaluate((el) => el === document.activeElement);
      if (focused) break;
      await this.page.keyboard.press('ArrowDown');
    }
    await this.page.keyboard.press('Enter');
    await expect(menu).toBeHidden();
  }

  /** Pairs of node cards on the map whose boxes overlap ("A / B"), for "lands without overlap". */
  async overlappingCards(): Promise<string[]> {
    return overlapping(this.map, '.react-flow__node');
  }

  /** Waits until the working copy is saved. */
  async saved(): Promise<void> {
    await expect(this.saveStatus).toHaveText('Saved');
  }

  async press(keys: string): Promise<void> {
    await this.page.keyboard.press(keys);
  }

  button(name: string): Locator {
    return this.toolbar.getByRole('button', { name, exact: true });
  }
}

/** Cards drawn under the map's mini map (by accessible name); none when it is not shown. */
export function cardsUnderMiniMap(canvas: CanvasPage): Promise<string[]> {
  return canvas.map.evaluate((el) => {
    const mini = el.querySelector('.react-flow__minimap')?.getBoundingClientRect();
    if (!mini) return [];
    return [...el.querySelectorAll<HTMLElement>('.react-flow__node')]
      .filter((n) => {
        const r = n.getBoundingClientRect();
        return (
          r.left < mini.right && mini.left < r.right && r.top < mini.bottom && mini.top < r.bottom
        );
      })
      .map((n) => n.getAttribute('aria-label') ?? '');
  });
}

/**
 * Saves the journey through the contract behind the editor's back ("changed elsewhere"), so the
 * editor's next save is a conflict.
 */
export async function changeElsewhere(canvas: CanvasPage, id: string): Promise<void> {
  const current = await canvas.call<{ revision: number; nodes: unknown[]; edges: unknown[] }>(
    'journeys.get',
    { id },
  );
  await canvas.call('journeys.save', {
    id,
    baseRevision: current.revision,
    body: {
      description: 'changed elsewhere',
      nodes: current.nodes,
      edges: current.edges,
      content: [],
    },
  });
}

/** Pairs of elements matching `selector` within `root` whose boxes overlap ("A / B", by title or name). */
export async function overlapping(root: Locator, selector: string): Promise<string[]> {
  return root.locator(selector).evaluateAll((els) => {
    const boxes = els.map((el) => ({
      name: el.getAttribute('title') ?? el.getAttribute('aria-label') ?? el.textContent ?? '?',
      r: el.getBoundingClientRect(),
    }));
    const hits: string[] = [];
    boxes.forEach((a, i) =>
      boxes.slice(i + 1).forEach((b) => {
        const apart =
          a.r.right <= b.r.left ||
          b.r.right <= a.r.left ||
          a.r.bottom <= b.r.top ||
          b.r.bottom <= a.r.top;
        if (!apart) hits.push(`${a.name} / ${b.name}`);
      }),
    );
    return hits;
  });
}
