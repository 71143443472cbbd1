import type { Locator, Page } from '@playwright/test';
import type { Journey } from '../../../shared/model';
import { expect, openApp } from '../fixtures';

const CONFIRM_TITLES: Record<string, string> = {
  'Close to new entries': 'Close journey to new entries?',
  Abort: 'Abort journey?',
  Finish: 'Mark journey as Finished?',
  Delete: 'Delete journey?',
};

/** Calls a contract channel over the host's WebSocket, as the renderer does (test setup and checks). */
export async function apiCall<T = unknown>(
  page: Page,
  channel: string,
  input: unknown,
): Promise<T> {
  const reply = await page.evaluate(
    ([ch, inp]) =>
      new Promise<{ ok: boolean; output?: unknown; error?: { message: string } }>(
        (resolve, reject) => {
          const socket = new WebSocket(
            `${location.protocol === 'https:' ? 'wss' : 'ws'}://${location.host}/ws`,
          );
          socket.onerror = () => reject(new Error('socket error'));
          socket.onopen = () => socket.send(JSON.stringify({ id: 1, channel: ch, input: inp }));
          socket.onmessage = (event) => {
            resolve(JSON.parse(String(event.data)));
            socket.close();
          };
        },
      ),
    [channel, input] as const,
  );
  if (!reply.ok) throw new Error(`${channel}: ${reply.error?.message}`);
  return reply.output as T;
}

/** The Journeys page: table, search, filters, sort, Customize table and row menus. */
export class LibraryPage {
  constructor(readonly page: Page) {}

  table(): Locator {
    return this.page.getByRole('table', { name: 'Journeys' });
  }

  async goto(): Promise<void> {
    await openApp(this.page);
    await expect(this.table()).toBeVisible();
  }

  async search(text: string): Promise<void> {
    await this.page.getByRole('searchbox', { name: 'Search journeys by name' }).fill(text);
  }

  /** The names in the table, top to bottom (each drawn whole, wrapped when long). */
  names(): Promise<string[]> {
    return this.table()
      .locator('tbody th[scope="row"] a')
      .evaluateAll((links) => links.map((a) => a.textContent ?? ''));
  }

  row(name: string): Locator {
    return this.table()
      .getByRole('row')
      .filter({ has: this.page.getByRole('link', { name, exact: true }) });
  }

  rowMenuButton(name: string): Locator {
    return this.row(name).getByRole('button', { name: `More actions for ${name}` });
  }

  /** Opens a row's More (…) menu and returns the labels of its items. */
  async rowMenuItems(name: string): Promise<string[]> {
    await this.rowMenuButton(name).click();
    const items = await menuLabels(this.page);
    await this.page.keyboard.press('Escape');
    return items;
  }

  async rowAction(name: string, action: string): Promise<void> {
    await this.rowMenuButton(name).click();
    await this.page.getByRole('menu').getByRole('menuitem', { name: action, exact: true }).click();
  }

  async sortBy(column: string): Promise<void> {
    await this.table().getByRole('button', { name: column, exact: true }).click();
  }

  columnHeader(column: string): Locator {
    return this.table().getByRole('columnheader', { name: column, exact: true });
  }

  /** Customize table: sets each named column's checkbox, then Apply. */
  async customize(columns: Record<string, boolean>): Promise<void> {
    await this.page.getByRole('button', { name: 'Customize table' }).click();
    const dialog = this.page.getByRole('dialog', { name: 'Customize table' });
    for (const [label, on] of Object.entries(columns))
      await dialog.getByRole('checkbox', { name: label, exact: true }).setChecked(on);
    await dialog.getByRole('button', { name: 'Apply' }).click();
    await expect(dialog).toBeHidden();
  }
}

/** The open menu's items by label (an app-own action also shows a note under its label). */
function menuLabels(page: Page): Promise<string[]> {
  return page.getByRole('menu').getByRole('menuitem').locator('.menu-label').allInnerTexts();
}

/** One journey's header: status, actions, More... menu, confirmations, panels. */
export class JourneyHeaderPage {
  constructor(readonly page: Page) {}

  actions(): Locator {
    return this.page.getByRole('group', { name: 'Journey actions' });
  }

  status(): Locator {
    return this.page.locator('.journey-header .status');
  }

  async moreItems(): Promise<string[]> {
    await this.actions().getByRole('button', { name: 'More...' }).click();
    const items = await menuLabels(this.page);
    await this.page.keyboard.press('Escape');
    return items;
  }

  async more(action: string): Promise<void> {
    await this.actions().getByRole('button', { name: 'More...' }).click();
    await this.page.getByRole('menu').getByRole('menuitem', { name: action, exact: true }).click();
  }

  /** Confirms a destructive action in its dialog, whose confirm button carries the action's name. */
  async confirm(action: string): Promise<void> {
    const dialog = this.page.getByRole('dialog', { name: CONFIRM_TITLES[action] });
    await dialog.getByRole('button', { name: action, exact: true }).click();
    await expect(dialog).toBeHidden();
  }

  /** Duplicate Journey dialog: name and type, then Duplicate; the copy opens. */
  async duplicate(
    name: string,
    type: 'Partial content duplication' | 'Duplicate without details',
  ): Promise<void> {
    const dialog = this.page.getByRole('dialog', { name: 'Duplicate Journey' });
    await dialog.getByRole('textbox', { name: 'Name' }).fill(name);
    await dialog.getByRole('radio', { name: new RegExp(`^${type}`) }).check();
    await dialog.getByRole('button', { name: 'Duplicate', exact: true }).click();
    await expect(this.page.getByRole('heading', { name, exact: true })).toBeVisible();
  }
}

/**
 * An audience the demo workspace has for an Entry (one it lacks is a publish problem): its live
 * account list for an account journey's audience, else one of its external audiences.
 */
function demoAudience(audience: string, settings: Record<string, unknown>): string {
  if (settings.trigger === 'event') return 'Trial started';
  return settings.trigger === 'audience' && audience === 'account'
    ? 'Target accounts FY27'
    : 'Display – evaluation stage';
}

/**
 * Gives a journey's Entry an audience, as a person does before Publish (an empty one blocks it),
 * and returns the saved journey.
 */
export async function withEntryAudience<J extends { id: string }>(
  page: Page,
  journey: J,
): Promise<J> {
  const current = await apiCall<
    J & {
      revision: number;
      nodes: { type: string; settings: Record<string, unknown> }[];
      edges: unknown[];
      description: string;
      content: unknown;
      audience: string;
    }
  >(page, 'journeys.get', { id: journey.id });
  const nodes = current.nodes.map((n) =>
    n.type === 'entry'
      ? { ...n, settings: { ...n.settings, source: demoAudience(current.audience, n.settings) } }
      : n,
  );
  const body = {
    description: current.description,
    nodes,
    edges: current.edges,
    content: current.content,
  };
  return apiCall<J>(page, 'journeys.save', {
    id: current.id,
    baseRevision: current.revision,
    body,
  });
}

/** A new Live account journey (through the contract: what the page under test starts from). */
export async function publishedAccountJourney(
  page: Page,
  name: string,
  description: string,
): Promise<Journey> {
  const draft = await apiCall<Journey>(page, 'journeys.create', {
    name,
    description,
    audience: 'account',
  });
  await withEntryAudience(page, draft);
  await apiCall(page, 'journeys.publish', { id: draft.id });
  return draft;
}
