import { expect, Page, test } from '@playwright/test';
import fs from 'node:fs';
import path from 'node:path';
import { parseAllDocuments, parse } from 'yaml';

const root = path.resolve(__dirname, '../../..');
const clustersDir = path.join(root, 'examples/clusters');
const screenshots = path.join(root, 'e2e-screenshots');
// The fixture server's admin API, started by scripts/e2e-portal.sh.
const admin = `http://127.0.0.1:${process.env.E2E_FIXTURE_ADMIN_PORT ?? 16442}`;

/** The kinds the AI Platform backend watches (plugins/ai-platform-backend/src/clusters/kinds.ts). */
/**
 * The kinds the portal watches, as `<group>/<plural>`: the rules of the
 * portal's ClusterRole, which `yarn generate:rbac` writes from the backend's
 * table of watched kinds.
 */
const WATCHED = new Set<string>(
  (
    parse(
      fs.readFileSync(
        path.join(root, 'deploy/kubernetes/clusterrole.yaml'),
        'utf8',
      ),
    ).rules as Array<{ apiGroups: string[]; resources: string[] }>
  ).flatMap(rule =>
    rule.apiGroups.flatMap(group => rule.resources.map(r => `${group}/${r}`)),
  ),
);

/** The resource (plural) of a kind, as the API server names it. */
function pluralOf(kind: string): string {
  const lower = kind.toLowerCase();
  if (/(s|x|ch|sh)$/.test(lower)) return `${lower}es`;
  if (/[^aeiou]y$/.test(lower)) return `${lower.slice(0, -1)}ies`;
  return `${lower}s`;
}

/** Whether the portal watches an object's kind. */
const watched = (o: Record<string, any>) => {
  const apiVersion = String(o.apiVersion);
  const group = apiVersion.includes('/') ? apiVersion.split('/')[0] : '';
  return WATCHED.has(`${group}/${pluralOf(String(o.kind))}`);
};

const COUNTRIES: Record<string, string> = {
  DE: 'Germany',
  FR: 'France',
  US: 'United States',
};

/** What the page must show for a cluster, computed from its YAML alone. */
function expectedFromYaml(name: string) {
  const dir = path.join(clustersDir, name);
  const settings = parse(
    fs.readFileSync(path.join(dir, 'cluster.yaml'), 'utf8'),
  );
  const objects = fs
    .readdirSync(dir)
    .filter(file => file.endsWith('.yaml') && file !== 'cluster.yaml')
    .flatMap(file =>
      parseAllDocuments(fs.readFileSync(path.join(dir, file), 'utf8')),
    )
    .map(doc => doc.toJS())
    .filter(Boolean);
  const crdGroups = objects
    .filter(o => o.kind === 'CustomResourceDefinition')
    .map(o => o.spec.group as string);
  const labels = settings.metadata.labels as Record<string, string>;
  return {
    title: settings.metadata.annotations['ai-platform.io/title'] as string,
    version: settings.kubernetesVersion as string,
    jurisdiction: labels['ai-platform.io/jurisdiction'],
    provider: labels['ai-platform.io/provider'],
    region: labels['ai-platform.io/region'],
    cloudAct: labels['ai-platform.io/non-eu-law-exposure'] === 'us-cloud-act',
    kagent: crdGroups.includes('kagent.dev'),
    kueue: crdGroups.includes('kueue.x-k8s.io'),
    objects: objects.filter(watched).length,
  };
}

async function openClusters(page: Page) {
  await page.goto('/');
  await page.getByRole('button', { name: 'Enter' }).click();
  await page
    .getByRole('navigation', { name: 'sidebar nav' })
    .getByRole('link', { name: 'Clusters' })
    .click();
}

const rowOf = (page: Page, clusterName: string) =>
  page.getByRole('row').filter({ hasText: clusterName });

const setFaults = (request: any, cluster: string, faults: object) =>
  request.fetch(`${admin}/clusters/${cluster}/faults`, {
    method: 'PATCH',
    data: faults,
  });

test.describe('Clusters page', () => {
  test.afterEach(async ({ request }) => {
    await request.fetch(`${admin}/clusters/us-east-virginia/faults`, {
      method: 'DELETE',
    });
  });

  test('shows each fixture cluster with the figures of its YAML', async ({
    page,
  }) => {
    const names = fs
      .readdirSync(clustersDir, { withFileTypes: true })
      .filter(entry => entry.isDirectory())
      .map(entry => entry.name);
    await openClusters(page);

    await expect(
      page.getByText(`${names.length}`, { exact: true }).first(),
    ).toBeVisible();
    for (const name of names) {
      const expected = expectedFromYaml(name);
      const row = rowOf(page, name);
      await expect(row.getByText('Synced')).toBeVisible();
      await expect(row.getByText(expected.title)).toBeVisible();
      await expect(
        row.getByText(expected.version, { exact: true }),
      ).toBeVisible();
      await expect(
        row.getByText(COUNTRIES[expected.jurisdiction]),
      ).toBeVisible();
      await expect(
        row.getByText(expected.provider, { exact: true }),
      ).toBeVisible();
      await expect(
        row.getByText(expected.region, { exact: true }),
      ).toBeVisible();
      await expect(row.getByText('US CLOUD Act')).toHaveCount(
        expected.cloudAct ? 1 : 0,
      );
      await expect(row.getByText('kagent', { exact: true })).toHaveCount(
        expected.kagent ? 1 : 0,
      );
      await expect(row.getByText('Kueue', { exact: true })).toHaveCount(
        expected.kueue ? 1 : 0,
      );
      await expect(
        row.getByText(expected.objects.toLocaleString('en'), { exact: true }),
      ).toBeVisible();
    }
    await page.screenshot({
      path: path.join(screenshots, 'clusters.png'),
      fullPage: true,
    });
  });

  test('shows a cluster that went down as stale while the others stay synced', async ({
    page,
    request,
  }) => {
    await openClusters(page);
    await expect(
      rowOf(page, 'us-east-virginia').getByText('Synced'),
    ).toBeVisible();

    const response = await setFaults(request, 'us-east-virginia', {
      down: true,
    });
    expect(response.ok()).toBe(true);

    // The page refreshes itself every 15 s; reload to not wait for it.
    await expect(async () => {
      await page.reload();
      await expect(
        rowOf(page, 'us-east-virginia').getByText('Stale', { exact: true }),
      ).toBeVisible({ timeout: 2_000 });
    }).toPass({ timeout: 45_000 });
    const us = rowOf(page, 'us-east-virginia');
    await expect(us.getByText(/stale since/)).toBeVisible();
    await expect(us.getByText(/cluster 'us-east-virginia'/)).toBeVisible();
    for (const other of ['eu-sovereign-fra', 'eu-hyperscaler-par']) {
      await expect(rowOf(page, other).getByText('Synced')).toBeVisible();
    }
    await expect(
      page.getByText('Stale or unreachable').locator('..'),
    ).toContainText('1');
    await page.screenshot({
      path: path.join(screenshots, 'clusters-stale.png'),
      fullPage: true,
    });
  });
});
