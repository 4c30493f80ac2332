import { expect, test } from './fixtures.ts';
import { expectNoAxeViolations, keyboardActivate, scrollsSideways, watchErrors } from './helpers.ts';

const ROUTES = [
  ['start', './', 'Choose how your service works with another'],
  ['explore', './#/ways', 'The four ways of working together'],
  ['networking', './#/ways/networking', 'Networking'],
  ['cooperation', './#/ways/cooperation', 'Cooperation'],
  ['coordination', './#/ways/coordination', 'Coordination'],
  ['partnership', './#/ways/partnership', 'Partnership'],
  ['compare', './#/compare', 'Compare the four ways'],
  ['about', './#/about', 'About this tool'],
  ['accessibility', './#/accessibility', 'Accessibility statement'],
  ['principles', './#/principles', 'What helps services work together'],
  ['not found', './#/nowhere', 'Page not found'],
] as const;

for (const [name, path, heading] of ROUTES) {
  test(`${name} page loads from its own address, has no axe violations and fits 320 px`, async ({ page }) => {
    const errors = watchErrors(page);
    await page.goto(path);
    await expect(page.getByRole('heading', { level: 1 })).toHaveText(heading);
    await expectNoAxeViolations(page);
    await page.setViewportSize({ width: 320, height: 640 });
    expect(await scrollsSideways(page)).toBe(false);
    expect(errors).toEqual([]);
  });
}

test('the start page shows the spectrum in order and says no way is better', async ({ page }) => {
  await page.goto('./');
  const steps = page.getByRole('figure').getByRole('listitem');
  await expect(steps).toHaveCount(4);
  await expect(steps.getByRole('link')).toHaveText(['Networking', 'Cooperation', 'Coordination', 'Partnership']);
  await expect(page.getByText('No way is better than another.', { exact: false })).toBeVisible();
  await expect(page.getByRole('link', { name: 'Start from your goal' })).toBeVisible();
  await expect(page.getByRole('link', { name: 'Start from the results you want' })).toBeVisible();
  await expect(page.getByRole('link', { name: 'Explore the four ways' })).toBeVisible();
});

test('the explorer works with the keyboard alone, and Back returns to the last page', async ({ page }) => {
  await page.goto('./');
  await keyboardActivate(page, page.getByRole('link', { name: 'Explore the four ways' }));
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('The four ways of working together');
  await expect(page.getByRole('heading', { level: 1 })).toBeFocused();
  await keyboardActivate(page, page.getByRole('main').getByRole('link', { name: 'Coordination' }).last());
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('Coordination');
  await expect(page.getByRole('heading', { name: 'What it takes: the inputs' })).toBeVisible();
  await keyboardActivate(page, page.getByRole('link', { name: /Deeper: Partnership/ }));
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('Partnership');
  await page.goBack();
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('Coordination');
  await page.reload();
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('Coordination');
});

test('the comparison shows every way along every dimension', async ({ page }) => {
  await page.goto('./#/compare');
  await expect(page.getByRole('columnheader')).toHaveText(['Dimension', 'Networking', 'Cooperation', 'Coordination', 'Partnership']);
  await expect(page.getByRole('row')).toHaveCount(9);
});
