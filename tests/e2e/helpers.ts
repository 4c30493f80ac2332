import AxeBuilder from '@axe-core/playwright';
import { expect, type Locator, type Page } from '@playwright/test';

/** Waits until the page's script has taken over its HTML, so a click is handled by the app. */
export async function ready(page: Page) {
  await expect(page.locator('html[data-app="ready"]')).toBeAttached({ timeout: 20_000 });
}

/** Opens an address of the app (relative to its folder) and waits until it runs. */
export async function open(page: Page, path: string) {
  await page.goto(path);
  await ready(page);
}

/**
 * Runs axe on the current page (WCAG 2.2 A and AA rules, and best practice) and fails with the
 * violations listed. With `forcedColors`, runs it again under Windows-high-contrast emulation.
 */
export async function expectNoAxeViolations(page: Page, options: { forcedColors?: boolean } = {}) {
  const check = async (label: string) => {
    const results = await new AxeBuilder({ page })
      .withTags(['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa', 'best-practice'])
      .analyze();
    const summary = results.violations.map((v) => `${v.id}: ${v.help} (${v.nodes.map((n) => n.target.join(' ')).join(', ')})`);
    expect(summary, `axe violations on ${page.url()} (${label})`).toEqual([]);
  };
  await check('default colours');
  if (options.forcedColors === true) {
    await page.emulateMedia({ forcedColors: 'active' });
    await check('forced colours');
    await page.emulateMedia({ forcedColors: 'none' });
  }
}

/**
 * Presses Tab until the target has focus, as a keyboard user would, and fails if it is never
 * reached. No clicks: this proves the control is in the tab order.
 */
export async function tabTo(page: Page, target: Locator, maxPresses = 120) {
  for (let i = 0; i < maxPresses; i++) {
    await page.keyboard.press('Tab');
    if (await target.evaluate((el) => el === document.activeElement)) return;
  }
  throw new Error(`Tab never reached ${target.toString()}`);
}

/** Reaches a control by Tab and activates it with the key a keyboard user would use. */
export async function keyboardActivate(page: Page, target: Locator, key: 'Enter' | 'Space' = 'Enter') {
  await tabTo(page, target);
  await page.keyboard.press(key);
}

/** True when the page is wider than the window (it would scroll sideways). */
export async function scrollsSideways(page: Page): Promise<boolean> {
  return page.evaluate(() => document.documentElement.scrollWidth > document.documentElement.clientWidth + 1);
}

/** Collects console errors and uncaught exceptions for a test to assert none happened. */
export function watchErrors(page: Page): string[] {
  const errors: string[] = [];
  page.on('console', (m) => {
    if (m.type() === 'error') errors.push(m.text());
  });
  page.on('pageerror', (e) => errors.push(e.message));
  return errors;
}

/**
 * Chooses a radio button the way a keyboard user does: Tab into the group (which lands on the
 * checked radio, or the first), then arrow keys to the one wanted, which selects it.
 */
export async function keyboardChooseRadio(page: Page, target: Locator) {
  const name = await target.getAttribute('name');
  for (let i = 0; i < 120; i++) {
    await page.keyboard.press('Tab');
    const inGroup = await page.evaluate((n) => {
      const el = document.activeElement;
      return el instanceof HTMLInputElement && el.type === 'radio' && el.name === n;
    }, name);
    if (inGroup) break;
  }
  for (let i = 0; i < 12; i++) {
    if (await target.evaluate((el) => el === document.activeElement)) {
      await page.keyboard.press('Space');
      return;
    }
    await page.keyboard.press('ArrowDown');
  }
  throw new Error(`Arrow keys never reached ${target.toString()}`);
}
