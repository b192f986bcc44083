import { expect, test } from '@playwright/test';
import path from 'node:path';
import { screenshots } from './fixtureYaml';

// The CRA readiness page over the seeded registry: every seeded model
// version is listed with its readiness, gaps first, and its evidence opens.

test.describe('CRA readiness', () => {
  test('lists the seeded model versions with their readiness, and shows the evidence of one', async ({
    page,
  }) => {
    await page.goto('/ai-platform/cra');
    const enter = page.getByRole('button', { name: 'Enter' });
    const nav = page.getByRole('link', { name: 'Home' });
    await expect(enter.or(nav).first()).toBeVisible();
    if (await enter.isVisible()) await enter.click();

    const table = page.getByRole('table', {
      name: 'CRA readiness, gaps first',
    });
    await expect(table).toBeVisible({ timeout: 30_000 });
    const rows = table.getByRole('row');
    await expect.poll(() => rows.count()).toBeGreaterThan(2);
    await expect(
      page.getByLabel(/Readiness score \d+ %/).first(),
    ).toBeVisible();
    await table
      .getByRole('button', { name: /Show the evidence of/ })
      .first()
      .click();
    await expect(page.getByLabel(/Evidence of /).first()).toBeVisible();
    await page.screenshot({
      path: path.join(screenshots, 'cra.png'),
      fullPage: true,
    });
  });
});
