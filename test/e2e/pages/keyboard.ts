import { expect, type Locator, type Page } from '@playwright/test';

/**
 * Keyboard-only helpers: every move is a key press (no clicks, no `fill`, no `selectOption`), and
 * each step checks where focus went and that it can be seen.
 */
export class Keyboard {
  constructor(readonly page: Page) {}

  /** Whether `target` holds focus. */
  private focused(target: Locator): Promise<boolean> {
    return target.evaluate((el) => el === document.activeElement);
  }

  /** Presses Tab (or Shift+Tab) until `target` has focus; fails after `max` presses. */
  async tabTo(target: Locator, { back = false, max = 120 } = {}): Promise<void> {
    await expect(target).toBeVisible();
    for (let i = 0; i < max; i++) {
      if (await this.focused(target)) return this.expectFocusVisible(target);
      await this.page.keyboard.press(back ? 'Shift+Tab' : 'Tab');
    }
    throw new Error(`${max} presses of ${back ? 'Shift+Tab' : 'Tab'} never reached ${target}`);
  }

  /**
   * Focus is on `target` and shows: `:focus-visible` matches and an outline is drawn on it (or,
   * for a node card, on the card inside it).
   */
  async expectFocusVisible(target: Locator): Promise<void> {
    await expect(target).toBeFocused();
    const ring = await target.evaluate((el) => {
      const drawn = el.querySelector('.jnode') ?? el;
      const style = getComputedStyle(drawn);
      return {
        visible: el.matches(':focus-visible'),
        outline: style.outlineStyle !== 'none' && parseFloat(style.outlineWidth) >= 2,
      };
    });
    expect(ring, 'a visible focus indicator').toEqual({ visible: true, outline: true });
  }

  /** Types into the focused text field after clearing it with the keyboard. */
  async type(text: string): Promise<void> {
    await this.page.keyboard.press('ControlOrMeta+a');
    await this.page.keyboard.press('Delete');
    await this.page.keyboard.type(text);
  }

  /** Picks an option of the focused closed <select> with Home and ArrowDown. */
  async choose(select: Locator, label: string | RegExp): Promise<string> {
    await expect(select).toBeFocused();
    await this.page.keyboard.press('Home');
    for (let i = 0; i < 80; i++) {
      const chosen = await select.evaluate(
        (el) => (el as HTMLSelectElement).selectedOptions[0]?.label ?? '',
      );
      if (typeof label === 'string' ? chosen === label : label.test(chosen)) return chosen;
      await this.page.keyboard.press('ArrowDown');
    }
    throw new Error(`No option ${String(label)} in ${select}`);
  }

  async press(keys: string): Promise<void> {
    await this.page.keyboard.press(keys);
  }
}
