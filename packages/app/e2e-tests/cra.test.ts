import { expect, test } from '@playwright/test';
import fs from 'node:fs';
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

  test('exports what the page lists, as JSON and as CSV an auditor can file', async ({
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
    const shown = await table
      .getByRole('row')
      .filter({ has: page.getByRole('button', { name: /evidence of/ }) })
      .evaluateAll(rows => rows.map(r => r.getAttribute('aria-label')));
    expect(shown.length).toBeGreaterThan(1);

    const saved = async (name: string) => {
      const [download] = await Promise.all([
        page.waitForEvent('download'),
        page.getByRole('button', { name }).click(),
      ]);
      expect(download.suggestedFilename()).toMatch(
        /^cra-readiness-\d{4}-\d{2}-\d{2}\.(csv|json)$/,
      );
      return fs.readFileSync((await download.path())!, 'utf8');
    };

    const json = JSON.parse(await saved('Download JSON'));
    expect(json.rows.map((r: { title: string }) => r.title)).toEqual(shown);
    for (const row of json.rows) {
      expect(row.readiness.items.length).toBeGreaterThan(0);
    }

    const csv = await saved('Download CSV');
    const [header] = csv.split('\n');
    expect(header).toBe(
      'kind,id,title,owner,digest,tags,score,ready,item,status,required,weight,reason,evidence,generated_at',
    );
    // One line per product and item, every product of the page in it.
    for (const row of json.rows) expect(csv).toContain(row.id);
  });
});
