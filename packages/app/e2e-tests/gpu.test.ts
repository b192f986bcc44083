import { expect, Page, test } from '@playwright/test';
import path from 'node:path';
import {
  admin,
  clusterLabels,
  clusterNames,
  gpuQuota,
  heldGpusOfPods,
  screenshots,
  wholeGpuFigures,
} from './fixtureYaml';

// Every expected figure is computed here from examples/clusters/*.yaml, not
// copied from the implementation.

const JURISDICTION = 'ai-platform.io/jurisdiction';

/** Opens a page of the portal as the guest (the sign-in page shows at any URL). */
async function visit(page: Page, url: string) {
  await page.goto(url);
  const enter = page.getByRole('button', { name: 'Enter' });
  const nav = page.getByRole('link', { name: 'GPUs' });
  await expect(enter.or(nav).first()).toBeVisible();
  if (await enter.isVisible()) await enter.click();
}

async function openGpuPage(page: Page) {
  await visit(page, '/');
  await page
    .getByRole('navigation', { name: 'sidebar nav' })
    .getByRole('link', { name: 'GPUs' })
    .click();
  await expect(page.getByRole('list', { name: 'GPU summary' })).toBeVisible();
}

const figure = (page: Page, text: string) =>
  page.getByRole('list', { name: 'GPU summary' }).getByRole('listitem', {
    name: text,
  });

const gpus = (n: number) => `${n} ${n === 1 ? 'GPU' : 'GPUs'}`;

/** The pools table row of a cluster's whole GPUs reads its health. */
async function waitUntilSynced(page: Page, cluster: string) {
  await expect(async () => {
    await page.reload();
    await expect(
      page
        .getByRole('row')
        .filter({ hasText: cluster })
        .first()
        .getByText('Synced'),
    ).toBeVisible({ timeout: 2_000 });
  }).toPass({ timeout: 60_000 });
}

test.describe('GPU page', () => {
  test.afterEach(async ({ request }) => {
    await request.fetch(`${admin}/clusters/us-east-virginia/faults`, {
      method: 'DELETE',
    });
  });

  test('shows the whole-GPU figures of the fixture YAML, in total and per jurisdiction', async ({
    page,
  }) => {
    const names = clusterNames();
    const per = Object.fromEntries(names.map(n => [n, wholeGpuFigures(n)]));
    const sum = (key: 'physical' | 'allocatable' | 'allocated' | 'free') =>
      names.reduce((s, n) => s + per[n][key], 0);

    await openGpuPage(page);
    await waitUntilSynced(page, 'us-east-virginia');
    await expect(
      figure(page, `Physical GPUs: ${gpus(sum('physical'))}`),
    ).toBeVisible();
    await expect(
      figure(
        page,
        `Whole GPUs allocated: ${sum('allocated')} of ${gpus(
          sum('allocatable'),
        )}`,
      ),
    ).toBeVisible();
    await expect(
      figure(page, `Whole GPUs free: ${gpus(sum('free'))}`),
    ).toBeVisible();
    await page.screenshot({
      path: path.join(screenshots, 'gpu.png'),
      fullPage: true,
    });

    // The jurisdiction filter, chosen in the page, narrows every figure.
    const us = names.find(n => clusterLabels(n)[JURISDICTION] === 'US')!;
    await page.getByLabel('Jurisdiction', { exact: true }).first().click();
    await page.getByRole('option', { name: /United States/ }).click();
    await expect(page).toHaveURL(/jurisdiction=US/);
    await expect(
      figure(
        page,
        `Whole GPUs allocated: ${per[us].allocated} of ${gpus(
          per[us].allocatable,
        )}`,
      ),
    ).toBeVisible();
    await expect(
      figure(page, `Physical GPUs: ${gpus(per[us].physical)}`),
    ).toBeVisible();
  });

  test('the capacity finder excludes the US cluster when asked for EU, and says why', async ({
    page,
  }) => {
    await openGpuPage(page);
    await waitUntilSynced(page, 'us-east-virginia');
    const form = page.getByRole('form', { name: 'Find GPU capacity' });
    await form.getByLabel('GPUs', { exact: true }).fill('2');
    await form.getByLabel('Jurisdiction').click();
    await page.getByRole('option', { name: /^EU/ }).click();
    await form.getByRole('button', { name: 'Find capacity' }).click();

    const candidates = page.getByRole('table', {
      name: 'Candidates, best first',
    });
    // The EU cluster with two free whole GPUs on one node is offered.
    const eu = clusterNames().filter(
      n =>
        clusterLabels(n)[JURISDICTION] !== 'US' && wholeGpuFigures(n).free >= 2,
    );
    for (const name of eu) {
      await expect(candidates.getByText(name).first()).toBeVisible();
    }
    for (const name of clusterNames().filter(
      n => clusterLabels(n)[JURISDICTION] === 'US',
    )) {
      await expect(candidates.getByText(name)).toHaveCount(0);
      const message = `${name} is in jurisdiction ${
        clusterLabels(name)[JURISDICTION]
      }, not EU`;
      await expect(
        page
          .getByRole('list', { name: 'Excluded' })
          .getByRole('listitem', { name: `${name}: ${message}` }),
      ).toBeVisible();
    }
    await page.screenshot({
      path: path.join(screenshots, 'gpu-finder.png'),
      fullPage: true,
    });
  });

  test('a cluster that goes down turns stale while the other clusters keep their figures', async ({
    page,
    request,
  }) => {
    await openGpuPage(page);
    await waitUntilSynced(page, 'us-east-virginia');
    const response = await request.fetch(
      `${admin}/clusters/us-east-virginia/faults`,
      { method: 'PATCH', data: { down: true } },
    );
    expect(response.ok()).toBe(true);

    await expect(async () => {
      await page.reload();
      await expect(
        figure(
          page,
          `Clusters stale or unreachable: 1 of ${clusterNames().length}`,
        ),
      ).toBeVisible({ timeout: 2_000 });
    }).toPass({ timeout: 60_000 });
    const usRow = page
      .getByRole('row')
      .filter({ hasText: 'us-east-virginia' })
      .first();
    await expect(usRow.getByText('Stale', { exact: true })).toBeVisible();
    await expect(usRow.getByText(/stale since/)).toBeVisible();
    // The figures of every cluster are still there: the stale one's from its last read.
    const names = clusterNames();
    const allocatable = names.reduce(
      (s, n) => s + wholeGpuFigures(n).allocatable,
      0,
    );
    const allocated = names.reduce(
      (s, n) => s + wholeGpuFigures(n).allocated,
      0,
    );
    await expect(
      figure(
        page,
        `Whole GPUs allocated: ${allocated} of ${gpus(allocatable)}`,
      ),
    ).toBeVisible();
    for (const other of names.filter(n => n !== 'us-east-virginia')) {
      await expect(
        page
          .getByRole('row')
          .filter({ hasText: other })
          .first()
          .getByText('Synced'),
      ).toBeVisible();
    }
    await page.screenshot({
      path: path.join(screenshots, 'gpu-stale.png'),
      fullPage: true,
    });
  });
});

/** How the page names the units of a quota key: GPUs, DRA devices, MIG slices. */
function quotaNoun(key: string, n: number): string {
  const mig = /mig-(.+)$/.exec(key);
  let one = 'GPU';
  if (key.includes('deviceclass')) one = 'DRA device';
  else if (mig) one = `MIG ${mig[1]} slice`;
  return n === 1 ? one : `${one}s`;
}

test.describe('GPUs tabs', () => {
  test("a team's tab shows its quotas in every cluster as the YAML has them", async ({
    page,
  }) => {
    await visit(page, '/catalog/default/group/eu-inference/gpus');
    for (const cluster of clusterNames()) {
      for (const q of gpuQuota(cluster, 'eu-inference')) {
        const noun = quotaNoun(q.key, q.hard);
        await expect(
          page.getByRole('progressbar', {
            name: `eu-inference in ${cluster}, ${q.key} used: ${q.used} of ${q.hard} ${noun}`,
          }),
        ).toBeVisible();
      }
    }
    await page.screenshot({
      path: path.join(screenshots, 'gpu-group-tab.png'),
      fullPage: true,
    });
  });

  test('an inference service and a cluster show their GPUs', async ({
    page,
  }) => {
    await visit(page, '/catalog/default/component/mistral-small-eu/gpus');
    const held = heldGpusOfPods('app.kubernetes.io/name', 'mistral-small-eu');
    await expect(page.getByText(`GPU pods (${held.pods})`)).toBeVisible();
    await expect(
      page.getByText(gpus(held.held), { exact: true }),
    ).toBeVisible();
    await page.screenshot({
      path: path.join(screenshots, 'gpu-inference-service-tab.png'),
      fullPage: true,
    });
    await visit(page, '/catalog/default/resource/eu-sovereign-fra/gpus');
    const fra = wholeGpuFigures('eu-sovereign-fra');
    await expect(
      figure(page, `Physical GPUs: ${gpus(fra.physical)}`),
    ).toBeVisible();
    await page.screenshot({
      path: path.join(screenshots, 'gpu-cluster-tab.png'),
      fullPage: true,
    });
  });
});
