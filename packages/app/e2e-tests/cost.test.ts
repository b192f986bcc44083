import { expect, Page, test } from '@playwright/test';
import fs from 'node:fs';
import path from 'node:path';
import { parse } from 'yaml';
import { clusterLabels, readCluster, root, screenshots } from './fixtureYaml';

// The GPU cost page's figures against what the fixture's pods, their start
// times and the configured prices say: each held GPU counts the hours of the
// last 30 days since its pod started (the backend back-fills running pods
// from their start time).

const HOURS_30D = 30 * 24;

/** Hours of the last 30 days a pod that started at `startTime` has run. */
function hoursIn30d(startTime: string): number {
  const hours = (Date.now() - Date.parse(startTime)) / 3_600_000;
  return Math.min(HOURS_30D, hours);
}

type Obj = Record<string, any>;

/** Price per GPU-hour as app-config.yaml sets it: cluster, then provider, then global. */
function priceOf(cluster: string, product: string): number {
  const cost = parse(
    fs.readFileSync(path.join(root, 'app-config.yaml'), 'utf8'),
  ).aiPlatform.cost;
  const provider = clusterLabels(cluster)['ai-platform.io/provider'];
  const tables = [
    cost.clusters?.[cluster]?.prices,
    cost.providers?.[provider]?.prices,
    cost.prices,
  ].filter(Boolean);
  for (const t of tables) if (product in t) return t[product];
  for (const t of tables) if ('default' in t) return t.default;
  throw new Error(`no price for ${product}`);
}

/** Whole GPUs held on a cluster's nodes by running, scheduled pods, and their 30-day cost. */
function wholeGpuCost30d(cluster: string) {
  const { objects } = readCluster(cluster);
  const productOf = new Map<string, string>(
    objects
      .filter(o => o.kind === 'Node')
      .map(n => [
        n.metadata.name,
        String(n.metadata.labels?.['nvidia.com/gpu.product'] ?? '').replace(
          /-SHARED$/,
          '',
        ),
      ]),
  );
  let gpus = 0;
  let gpuHours = 0;
  let cost = 0;
  for (const pod of objects.filter(o => o.kind === 'Pod')) {
    if (!pod.spec?.nodeName) continue;
    if (['Succeeded', 'Failed'].includes(pod.status?.phase)) continue;
    const held = (list: Obj[] = []) =>
      list.map(c =>
        Number(
          c.resources?.requests?.['nvidia.com/gpu'] ??
            c.resources?.limits?.['nvidia.com/gpu'] ??
            0,
        ),
      );
    const n = Math.max(
      held(pod.spec.containers).reduce((a, b) => a + b, 0),
      ...held(pod.spec.initContainers),
    );
    if (n === 0) continue;
    const hours = hoursIn30d(pod.status.startTime);
    gpus += n;
    gpuHours += n * hours;
    cost += n * hours * priceOf(cluster, productOf.get(pod.spec.nodeName)!);
  }
  return { gpus, gpuHours, cost };
}

const euros = (n: number) =>
  new Intl.NumberFormat('en-GB', { style: 'currency', currency: 'EUR' }).format(
    n,
  );

async function visit(page: Page, url: string) {
  await page.goto(url);
  const enter = page.getByRole('button', { name: 'Enter' });
  const nav = page.getByRole('link', { name: 'Home' });
  await expect(enter.or(nav).first()).toBeVisible();
  if (await enter.isVisible()) await enter.click();
  // The guest sign-in finishes before the test reloads the page.
  await expect(page.getByRole('link', { name: 'GPUs' }).first()).toBeVisible();
}

test.describe('GPU cost', () => {
  test('the 30-day cost of a cluster equals its pods × hours since their start × the configured price', async ({
    page,
  }) => {
    const virginia = wholeGpuCost30d('us-east-virginia');
    expect(virginia.gpus).toBeGreaterThan(0);
    const url = '/ai-platform/cost?window=30d&groupBy=cluster';
    const row = page.getByRole('row').filter({ hasText: 'us-east-virginia' });
    // The backend records a few seconds after start; the page is visited
    // again until then (through the guest sign-in, which a reload under load
    // can show again when the session refresh is slow).
    await expect(async () => {
      await visit(page, url);
      await expect(row.first()).toBeVisible({ timeout: 3_000 });
    }).toPass({ timeout: 60_000 });
    await expect(row.first()).toContainText(euros(virginia.cost));
    await expect(row.first()).toContainText(
      `${new Intl.NumberFormat('en-GB', { maximumFractionDigits: 1 }).format(
        virginia.gpuHours,
      )} GPU-hours`,
    );
    await expect(
      page.getByRole('img', { name: /GPU cost per day, stacked by cluster/ }),
    ).toBeVisible();
    await expect(
      page.getByText('Idle GPUs', { exact: true }).first(),
    ).toBeVisible();
    // What the figures rest on: the price of each product and the idle period.
    const prices = page.getByRole('region', { name: 'Prices used' });
    const priceRow = prices
      .getByRole('row')
      .filter({ hasText: 'us-east-virginia' });
    await expect(priceRow.first()).toBeVisible();
    await expect(
      page
        .getByRole('region', { name: 'Idle period' })
        .getByText(/us-east-virginia: idle known since/),
    ).toBeVisible();
    await page.screenshot({
      path: path.join(screenshots, 'cost.png'),
      fullPage: true,
    });
  });

  test('a team page shows its GPU cost card', async ({ page }) => {
    await visit(page, '/catalog/default/group/eu-inference');
    const card = page.getByRole('region', { name: 'GPU cost of this entity' });
    await expect(card).toBeVisible();
    await expect(card).toContainText('GPU-hours over the last 30 days');
    await expect(card).toContainText('€');
    await page.screenshot({
      path: path.join(screenshots, 'cost-card.png'),
      fullPage: true,
    });
  });
});
