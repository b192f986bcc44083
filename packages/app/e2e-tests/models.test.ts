import { expect, Locator, Page, test } from '@playwright/test';
import { mkdtemp, rm } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { LayoutWriter, SeedReport, seedModels } from '@internal/oci-seed';
import { clusterNames, readCluster, screenshots } from './fixtureYaml';

// The expected digests, sizes and signed/SBOM flags come from the seeder
// itself: it is deterministic, so writing the demo models to a temporary
// OCI image layout gives the same digests as the registry the portal reads.
// The deployment comes from examples/clusters/*/serving.yaml.

const LLAMA = 'models/llama-3.1-8b-instruct';

let report: SeedReport;

test.beforeAll(async () => {
  const dir = await mkdtemp(path.join(os.tmpdir(), 'models-e2e-'));
  try {
    report = await seedModels(new LayoutWriter(dir));
  } finally {
    await rm(dir, { recursive: true, force: true });
  }
});

/** Opens a page of the portal as the guest (the sign-in page shows at any URL). */
async function visit(page: Page, url: string) {
  await page.goto(url);
  const enter = page.getByRole('button', { name: 'Enter' });
  const nav = page.getByRole('link', { name: 'Models' });
  await expect(enter.or(nav).first()).toBeVisible();
  if (await enter.isVisible()) await enter.click();
}

/** The workloads of the fixture clusters whose model URI names a repository. */
function fixtureDeployments(repository: string) {
  return clusterNames().flatMap(cluster =>
    readCluster(cluster)
      .objects.filter(
        o =>
          o.kind === 'InferenceService' &&
          String(o.spec?.predictor?.model?.storageUri ?? '').includes(
            `/${repository}`,
          ),
      )
      .map(o => ({
        cluster,
        namespace: o.metadata.namespace as string,
        name: o.metadata.name as string,
        uri: o.spec.predictor.model.storageUri as string,
      })),
  );
}

const versionRow = (page: Page, tag: string): Locator =>
  page.locator(`tr:has(strong[data-version-tag="${tag}"])`);

/** The catalog module writes the ai-model entities on its first scheduled run, after start-up. */
async function openVersions(page: Page, entityName: string) {
  await visit(page, `/catalog/default/resource/${entityName}/versions`);
  await expect(async () => {
    if (await page.getByText('Entity not found').isVisible()) {
      await page.reload();
    }
    await expect(page.getByText(/^Versions \(\d+\)$/)).toBeVisible({
      timeout: 5_000,
    });
  }).toPass({ timeout: 150_000 });
}

test.describe('Models', () => {
  test('the Versions tab shows the seeded versions, where they run, and flags the moved tag', async ({
    page,
  }) => {
    test.setTimeout(240_000);
    await page.setViewportSize({ width: 1800, height: 1100 });
    const llama = report.models.find(m => m.repository === LLAMA)!;
    expect(llama.movedTag).toBeDefined();
    await openVersions(page, 'llama-3.1-8b-instruct');

    await expect(page.getByText(/^Versions \(\d+\)$/)).toHaveText(
      `Versions (${llama.versions.length})`,
    );
    for (const v of llama.versions) {
      const row = versionRow(page, v.tag);
      await expect(row).toHaveCount(1);
      await expect(row.getByLabel(v.digest, { exact: true })).toBeVisible();
      await expect(
        row.getByTitle(`${v.totalSize.toLocaleString('en')} bytes`, {
          exact: true,
        }),
      ).toBeVisible();
      await expect(
        row.getByLabel(v.signed ? 'Signed' : 'Unsigned', { exact: true }),
      ).toBeVisible();
      await expect(
        row.getByLabel(v.sbom ? 'SBOM' : 'No SBOM', { exact: true }),
      ).toBeVisible();
    }

    // The InferenceService that serves the model by its mutable tag.
    const deployments = fixtureDeployments(LLAMA);
    expect(deployments.length).toBeGreaterThan(0);
    const moved = llama.movedTag!;
    const byTag = deployments.find(d => d.uri.endsWith(`:${moved.tag}`))!;
    const row = versionRow(page, moved.tag);
    const deployment = row
      .getByTestId('deployment')
      .filter({ hasText: byTag.name });
    await expect(deployment).toContainText(
      `${byTag.cluster} / ${byTag.namespace} / InferenceService ${byTag.name}`,
    );
    // The pods' modelcar runs the version the tag named when they started.
    const running = llama.versions.find(
      v => v.digest === moved.previousDigest && v.tag !== moved.tag,
    )!;
    const current = llama.versions.find(
      v => v.digest === moved.digest && v.tag !== moved.tag,
    )!;
    const drift = `runs ${running.tag}; :${moved.tag} now points to ${current.tag}`;
    await expect(deployment).toContainText(drift);
    // It is listed under the version it runs, with the same drift...
    await expect(
      versionRow(page, running.tag)
        .getByTestId('deployment')
        .filter({ hasText: byTag.name }),
    ).toContainText(drift);
    // ...and not under the version the tag points to now.
    await expect(versionRow(page, current.tag)).toContainText('not deployed');
    await page.screenshot({ path: `${screenshots}/models-versions.png` });

    // The detail of the moved tag's version: its layers and manifest.
    await row.getByRole('button', { name: `Details of ${moved.tag}` }).click();
    const detail = page.getByRole('region', { name: `Version ${moved.tag}` });
    await expect(detail.getByText(moved.digest).first()).toBeVisible();
    await expect(detail.getByText(/^Layers \(\d+\)$/)).toBeVisible();
    await page.screenshot({ path: `${screenshots}/models-detail.png` });
    await detail.getByRole('button', { name: 'Close' }).click();

    // Compare the version the pods still run with the one the tag names now.
    const from = llama.versions.find(
      v => v.digest === moved.previousDigest && v.tag !== moved.tag,
    )!;
    const to = llama.versions.find(
      v => v.digest === moved.digest && v.tag !== moved.tag,
    )!;
    await page.getByLabel('Version A').selectOption(from.tag);
    await page.getByLabel('Version B').selectOption(to.tag);
    await page.getByRole('button', { name: 'Compare' }).click();
    const comparison = page.getByRole('region', { name: 'Comparison' });
    await expect(comparison).toContainText(`${from.tag} → ${to.tag}`);
    await expect(comparison.getByText(/^Changes \(\d+\)$/)).toBeVisible();
    await comparison.screenshot({ path: `${screenshots}/models-compare.png` });
  });

  test('the Models page lists every seeded model with its version count', async ({
    page,
  }) => {
    await page.setViewportSize({ width: 1600, height: 1000 });
    await visit(page, '/ai-platform/models');
    await expect(page.getByText(/^Models \(\d+\)$/)).toBeVisible({
      timeout: 60_000,
    });
    // The page also lists the inference services, whose rows name models.
    const models = page.getByRole('region', { name: 'Model repositories' });
    for (const m of report.models) {
      const name = m.repository.split('/').pop()!;
      const row = models.getByRole('row').filter({ hasText: m.repository });
      await expect(row, name).toHaveCount(1);
      await expect(row).toContainText(String(m.versions.length));
    }
    await page.screenshot({
      path: `${screenshots}/models-page.png`,
      fullPage: true,
    });
  });
});
