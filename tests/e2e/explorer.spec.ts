import { expect, test } from './fixtures.ts';
import { expectNoAxeViolations, keyboardActivate, open, scrollsSideways, watchErrors } from './helpers.ts';

const ROUTES = [
  ['start', './', 'Choose how your service works with another'],
  ['begin', './begin/', 'Where would you like to start?'],
  ['explore', './ways/', 'The four ways of working together'],
  ['networking', './ways/networking/', 'Networking'],
  ['cooperation', './ways/cooperation/', 'Cooperation'],
  ['coordination', './ways/coordination/', 'Coordination'],
  ['partnership', './ways/partnership/', 'Partnership'],
  ['compare', './compare/', 'Compare the four ways'],
  ['about', './about/', 'About this tool'],
  ['accessibility', './accessibility/', 'Accessibility statement'],
  ['principles', './principles/', 'What helps services work together'],
  ['workshop', './workshop/', 'Run a workshop'],
] as const;

for (const [name, path, heading] of ROUTES) {
  test(`${name} page loads from its own address as finished HTML, is axe-clean in default and forced colours, and fits 320 px`, async ({
    page,
  }) => {
    const errors = watchErrors(page);
    await open(page, path);
    await expect(page.getByRole('heading', { level: 1 })).toHaveText(heading);
    await expectNoAxeViolations(page, { forcedColors: true });
    await page.setViewportSize({ width: 320, height: 640 });
    expect(await scrollsSideways(page)).toBe(false);
    expect(errors).toEqual([]);
  });
}

test.describe('without JavaScript', () => {
  test.use({ javaScriptEnabled: false });
  for (const [name, path, heading] of ROUTES) {
    test(`the ${name} page is already on the page as HTML, with working links`, async ({ page }) => {
      await page.goto(path);
      await expect(page.getByRole('heading', { level: 1 })).toHaveText(heading);
      await page.getByRole('link', { name: 'About', exact: true }).click();
      await expect(page.getByRole('heading', { level: 1 })).toHaveText('About this tool');
    });
  }
});

test('an unknown address lands on the start page, never a blank page', async ({ page }) => {
  await page.goto('./ways/nowhere/');
  await expect(page).toHaveURL(/\/app\/$/);
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('Choose how your service works with another');
});

test('the start page has one Start now above the fold on a phone, the spectrum below it, and the rest as plain links', async ({ page }) => {
  await page.setViewportSize({ width: 360, height: 740 });
  await open(page, './');
  const start = page.getByRole('link', { name: 'Start now' });
  const box = await start.boundingBox();
  expect(box, 'Start now is on the page').not.toBeNull();
  expect((box?.y ?? 999) + (box?.height ?? 0)).toBeLessThanOrEqual(740);
  const spectrum = page.getByRole('figure');
  expect(((await spectrum.boundingBox())?.y ?? 0) > (box?.y ?? 0)).toBe(true);
  const steps = spectrum.getByRole('listitem');
  await expect(steps.getByRole('link')).toHaveText(['Networking', 'Cooperation', 'Coordination', 'Partnership']);
  await expect(page.getByText('No way is better than another.', { exact: false })).toBeVisible();
  for (const name of [
    'Read about the four ways and compare them',
    'Review a way of working you already have',
    'Run a workshop with a group',
  ]) {
    await expect(page.getByRole('link', { name })).toBeVisible();
  }
});

test('the explorer works with the keyboard alone, and Back returns to the last page', async ({ page }) => {
  await open(page, './');
  await keyboardActivate(page, page.getByRole('link', { name: 'Four ways', exact: true }));
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('The four ways of working together');
  await expect(page.getByRole('heading', { level: 1 })).toBeFocused();
  await keyboardActivate(page, page.getByRole('main').getByRole('link', { name: 'Coordination' }).last());
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('Coordination');
  await expect(page.getByRole('heading', { name: 'What it takes' })).toBeVisible();
  await keyboardActivate(page, page.getByRole('link', { name: /Deeper: Partnership/ }));
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('Partnership');
  await page.goBack();
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('Coordination');
  await page.reload();
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('Coordination');
});

test('the comparison shows every way along every dimension, with each level in words', async ({ page }) => {
  await open(page, './compare/');
  await expect(page.getByRole('columnheader')).toHaveText(['Dimension', 'Networking', 'Cooperation', 'Coordination', 'Partnership']);
  await expect(page.getByRole('row')).toHaveCount(9);
  await expect(page.getByText(/^[1-4] of 4$/).first()).toBeVisible();
});

test('in forced colours the spectrum steps and level dots keep their meaning', async ({ page }) => {
  await page.emulateMedia({ forcedColors: 'active' });
  await open(page, './ways/coordination/');
  const bars = page.locator('.dot');
  // Filled and empty dots must look different: one solid, one outlined.
  const fills = await bars.evaluateAll((dots) => dots.map((d) => getComputedStyle(d).backgroundColor));
  expect(new Set(fills).size).toBeGreaterThan(1);
  await expect(page.getByText(/^3 of 4$/).first()).toBeVisible();
  await open(page, './');
  const bar = page.locator('.spectrum-bar').first();
  const style = await bar.evaluate((el) => {
    const s = getComputedStyle(el);
    return { border: s.borderTopStyle, width: s.borderTopWidth };
  });
  expect(style.border).toBe('solid');
  expect(Number.parseFloat(style.width)).toBeGreaterThan(0);
  await expect(page.locator('.spectrum-number')).toHaveText(['1', '2', '3', '4']);
});
