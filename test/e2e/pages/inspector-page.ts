import { expect, type Locator, type Page } from '@playwright/test';

/** The action step form inside the inspector: Take an action on, Action, generated fields, Apply to. */
export class ActionFormPage {
  readonly root: Locator;

  constructor(readonly page: Page) {
    this.root = page.getByRole('complementary', { name: 'Inspector' });
  }

  /** Seed 000: Accounts or People, in account journeys. */
  async takeActionOn(scope: 'Accounts' | 'People'): Promise<void> {
    await this.root
      .getByRole('group', { name: 'Take an action on' })
      .getByRole('radio', { name: scope })
      .check();
  }

  actionSelect(): Locator {
    return this.root.getByRole('combobox', { name: 'Action', exact: true });
  }

  /** The optgroup labels of the action select, in order. */
  async actionGroups(): Promise<string[]> {
    return this.actionSelect()
      .locator('optgroup')
      .evaluateAll((groups) => groups.map((g) => (g as HTMLOptGroupElement).label));
  }

  async chooseAction(label: string): Promise<void> {
    await this.actionSelect().selectOption({ label });
  }

  /** A generated field's control, by its label (required fields carry a hidden "*"). */
  field(label: string, role: 'textbox' | 'combobox' | 'spinbutton' = 'textbox'): Locator {
    return this.root.getByRole(role, { name: label, exact: true });
  }

  async select(label: string, option: string): Promise<void> {
    await this.field(label, 'combobox').selectOption({ label: option });
  }

  applyTo(): Locator {
    return this.root.getByRole('group', { name: 'Apply to which contacts' });
  }

  /** Sets row `n` (1-based) of the criteria builder. */
  async criterion(n: number, attribute: string, operator: string, value?: string): Promise<void> {
    const row = this.applyTo().getByRole('group', { name: `Criterion ${n}` });
    await row
      .getByRole('combobox', { name: `Attribute of criterion ${n}` })
      .selectOption({ label: attribute });
    await row
      .getByRole('combobox', { name: `Operator of criterion ${n}` })
      .selectOption({ label: operator });
    if (value !== undefined)
      await row.getByRole('textbox', { name: `Value of criterion ${n}` }).fill(value);
  }

  /** The inline error of the inspector with this text. */
  alert(text: string | RegExp): Locator {
    return this.root.getByRole('alert').filter({ hasText: text });
  }

  async expectNoAlert(text: string | RegExp): Promise<void> {
    await expect(this.alert(text)).toHaveCount(0);
  }
}
