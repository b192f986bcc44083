import { expect, Page, test } from '@playwright/test';
import fs from 'node:fs';
import path from 'node:path';
import { parseAllDocuments } from 'yaml';
import { SEED_MODELS, SEED_REGISTRIES } from '@internal/oci-seed';
import { clusterNames, readCluster, root, screenshots } from './fixtureYaml';

// The default rules (plugins/ai-platform-backend/config.d.ts): confidential
// and restricted data only in EU member states, with no exposure to non-EU
// law; restricted also only under the eu-only residency policy. The expected
// verdicts below apply them to the fixture YAML here, independently of the
// evaluator.
const EU = new Set(
  'AT BE BG CY CZ DE DK EE ES FI FR GR HR HU IE IT LT LU LV MT NL PL PT RO SE SI SK'.split(
    ' ',
  ),
);
const label = (k: string) => `ai-platform.io/${k}`;

function violates(labels: Record<string, string>): boolean {
  const classification = labels[label('data-classification')];
  if (!['confidential', 'restricted'].includes(classification)) return false;
  return (
    !EU.has(labels[label('jurisdiction')]) ||
    labels[label('non-eu-law-exposure')] !== 'none' ||
    (classification === 'restricted' &&
      labels[label('residency-policy')] !== 'eu-only')
  );
}

/** Every labelled subject of the demo: cluster Resources, namespaces and inference services. */
function demoSubjects() {
  const subjects: Array<{ name: string; violates: boolean }> = [];
  for (const cluster of clusterNames()) {
    const { settings, objects } = readCluster(cluster);
    const labels = settings.metadata.labels as Record<string, string>;
    subjects.push({
      name: settings.metadata.annotations['ai-platform.io/title'],
      violates: violates(labels),
    });
    for (const ns of objects.filter(o => o.kind === 'Namespace')) {
      if (!ns.metadata.labels?.[label('data-classification')]) continue;
      subjects.push({
        name: `${cluster} / ${ns.metadata.name}`,
        violates: violates({ ...labels, ...ns.metadata.labels }),
      });
    }
  }
  const services = parseAllDocuments(
    fs.readFileSync(
      path.join(root, 'examples/inference-services.yaml'),
      'utf8',
    ),
  ).map(d => d.toJS());
  for (const s of services) {
    subjects.push({
      name: s.metadata.title,
      violates: violates(s.metadata.labels),
    });
  }
  return subjects;
}

/** Seeded models stored in a registry whose labels break the storage rule (the same as running, by default). */
function violatingModels(): number {
  return SEED_REGISTRIES.filter(r => violates(r.labels)).reduce(
    (n, r) =>
      n + SEED_MODELS.filter(m => r.repositories.includes(m.repository)).length,
    0,
  );
}

async function visit(page: Page, url: string) {
  await page.goto(url);
  const enter = page.getByRole('button', { name: 'Enter' });
  await expect(
    enter.or(page.getByRole('link', { name: 'GPUs' })).first(),
  ).toBeVisible();
  if (await enter.isVisible()) await enter.click();
}

test.describe('Sovereignty', () => {
  test("lists the fixture's deliberate violations and none of the compliant subjects", async ({
    page,
  }) => {
    const subjects = demoSubjects();
    const expected = subjects.filter(s => s.violates);
    const models = violatingModels();
    expect(expected.length).toBeGreaterThan(0);
    await visit(page, '/ai-platform/sovereignty');

    await expect(
      page.getByText(`Violations (${expected.length + models})`, {
        exact: true,
      }),
    ).toBeVisible();
    const rows = page.getByRole('row');
    for (const s of expected) {
      await expect(rows.filter({ hasText: s.name }).first()).toContainText(
        'Violation',
      );
    }
    await expect(
      rows.filter({ hasText: 'ai-model' }).filter({ hasText: 'Violation' }),
    ).toHaveCount(models);
    for (const s of subjects.filter(x => !x.violates)) {
      await expect(
        rows.filter({ hasText: s.name }).filter({ hasText: 'Violation' }),
      ).toHaveCount(0);
    }
    await page.screenshot({
      path: path.join(screenshots, 'sovereignty.png'),
      fullPage: true,
    });
  });

  test('an entity page shows its sovereignty card with the reason', async ({
    page,
  }) => {
    const par = readCluster('eu-hyperscaler-par').settings.metadata;
    await visit(page, '/catalog/default/resource/eu-hyperscaler-par');
    const card = page.getByRole('region', {
      name: 'Sovereignty of this entity',
    });
    await expect(card.getByText('Violation', { exact: true })).toBeVisible();
    await expect(card.getByText(/US CLOUD Act/).first()).toBeVisible();
    await expect(
      card.getByText(par.labels[label('non-eu-law-exposure')], { exact: true }),
    ).toBeVisible();
    await page.screenshot({
      path: path.join(screenshots, 'sovereignty-card.png'),
    });
  });
});
