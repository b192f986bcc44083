import { expect, Page, test } from '@playwright/test';
import path from 'node:path';
import { clusterNames, readCluster, screenshots } from './fixtureYaml';

// Every expected figure comes from examples/clusters: the KServe services,
// their replicas and GPU requests, the HTTPRoute in front of the Frankfurt
// service, its InferencePool and the pods the pool selects.

async function visit(page: Page, url: string) {
  await page.goto(url);
  const enter = page.getByRole('button', { name: 'Enter' });
  const nav = page.getByRole('link', { name: 'Models' });
  await expect(enter.or(nav).first()).toBeVisible();
  if (await enter.isVisible()) await enter.click();
  await expect(nav.first()).toBeVisible();
}

const SERVICE_KINDS = ['InferenceService', 'LLMInferenceService'];

const fra = readCluster('eu-sovereign-fra').objects;
const mistral = fra.find(
  o =>
    o.kind === 'LLMInferenceService' && o.metadata.name === 'mistral-small-eu',
)!;
const route = fra.find(o => o.kind === 'HTTPRoute')!;
const pool = fra.find(o => o.kind === 'InferencePool')!;
const selected = fra.filter(
  o =>
    o.kind === 'Pod' &&
    o.metadata.namespace === pool.metadata.namespace &&
    Object.entries(pool.spec.selector.matchLabels).every(
      ([k, v]) => o.metadata.labels?.[k] === v,
    ),
);
const ready = selected.filter(p =>
  p.status?.conditions?.some(
    (c: { type: string; status: string }) =>
      c.type === 'Ready' && c.status === 'True',
  ),
);

test.describe('Inference services and routing', () => {
  test('the Models page lists every KServe service with replicas, GPUs per replica and its route', async ({
    page,
  }) => {
    const services = clusterNames().flatMap(cluster =>
      readCluster(cluster).objects.filter(o => SERVICE_KINDS.includes(o.kind)),
    );
    await visit(page, '/ai-platform/models');
    const section = page.getByRole('region', { name: 'Inference services' });
    await expect(
      section.getByText(`Inference services (${services.length})`),
    ).toBeVisible();
    const row = section.locator('tr', { hasText: 'mistral-small-eu' }).first();
    const gpus = Number(
      mistral.spec.template.containers[0].resources.requests['nvidia.com/gpu'],
    );
    await expect(
      row.getByText(`${ready.length} / ${mistral.spec.replicas} ready`),
    ).toBeVisible();
    await expect(row.getByText(`${gpus} GPUs`, { exact: true })).toBeVisible();
    await expect(
      row.getByText(`${gpus * ready.length} GPUs`, { exact: true }),
    ).toBeVisible();
    await expect(row.getByText(route.metadata.name)).toBeVisible();
    // The pinned digest, with the seeded tags that point to it.
    const digest = mistral.spec.model.uri.split('@')[1];
    await expect(
      row.getByText(new RegExp(`^runs .+ · ${digest.slice(0, 19)}$`)),
    ).toHaveAttribute('title', digest);
    await section.screenshot({
      path: path.join(screenshots, 'inference-services.png'),
    });
  });

  test('the Routing tab shows Gateway, route, pool and the pods it selects', async ({
    page,
  }) => {
    test.setTimeout(240_000);
    await page.setViewportSize({ width: 1440, height: 1400 });
    await visit(
      page,
      `/catalog/default/component/${mistral.metadata.name}/routing`,
    );
    const routeRegion = page.getByRole('region', {
      name: `HTTPRoute ${route.metadata.namespace}/${route.metadata.name}`,
    });
    // The catalog reads the example entities after the backend starts.
    await expect(async () => {
      if (await page.getByText('Entity not found').isVisible()) {
        await page.reload();
      }
      await expect(routeRegion).toBeVisible({ timeout: 5_000 });
    }).toPass({ timeout: 150_000 });

    const parent = route.spec.parentRefs[0];
    await expect(
      page.getByRole('region', {
        name: `Gateway ${parent.namespace}/${parent.name}`,
      }),
    ).toBeVisible();
    const backend = route.spec.rules[0].backendRefs[0];
    const backendRow = routeRegion.locator('tr', { hasText: backend.name });
    await expect(backendRow.getByText('100%')).toBeVisible();
    await expect(backendRow.getByText('exists')).toBeVisible();

    const poolRegion = page.getByRole('region', {
      name: `InferencePool ${pool.metadata.namespace}/${pool.metadata.name}`,
    });
    await expect(
      poolRegion.getByText(`${ready.length} of ${selected.length} pods ready`),
    ).toBeVisible();
    for (const pod of selected) {
      await expect(poolRegion.getByText(pod.metadata.name)).toBeVisible();
    }
    await expect(
      poolRegion.getByText(
        new RegExp(
          `endpoint picker Service ${pool.spec.endpointPickerRef.name}:${pool.spec.endpointPickerRef.port.number}`,
        ),
      ),
    ).toBeVisible();
    await page.screenshot({
      path: path.join(screenshots, 'inference-routing.png'),
      fullPage: true,
    });
  });
});
