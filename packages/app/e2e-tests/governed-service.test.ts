import { expect, Page, test } from '@playwright/test';
import { execFileSync } from 'node:child_process';
import { mkdtemp, rm } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { parse } from 'yaml';
import { LayoutWriter, SeedReport, seedModels } from '@internal/oci-seed';
import { clusterLabels, root, screenshots } from './fixtureYaml';

// The "Governed inference service" template end to end: the form refuses
// confidential data on the US cluster with the sovereignty reasons, the
// corrected request runs, the service lands in the catalog with its labels
// and in the local GitOps repository pinned by digest, and the "Promote or
// roll back" template moves it to another digest in a new commit.

const MISTRAL_SMALL = 'models/mistral-small-3.2-24b-instruct';
// The GitOps repository scripts/e2e-portal.sh publishes to.
const gitops = path.join(root, '.tools/gitops');

let report: SeedReport;

test.beforeAll(async () => {
  // The seeder is deterministic: the digests it writes to a layout are the
  // ones in the registry the portal reads.
  const dir = await mkdtemp(path.join(os.tmpdir(), 'governed-e2e-'));
  try {
    report = await seedModels(new LayoutWriter(dir));
  } finally {
    await rm(dir, { recursive: true, force: true });
  }
});

const digestOf = (tag: string) => {
  const model = report.models.find(m => m.repository === MISTRAL_SMALL)!;
  return model.versions.find(v => v.tag === tag)!.digest;
};

const git = (...args: string[]) =>
  execFileSync('git', ['-C', gitops, ...args], { encoding: 'utf8' });

/** The model reference of the service's KServe object on a branch. */
function servedModel(branch: string, name: string): string {
  const doc = parse(
    git(
      'show',
      `${branch}:inference-services/${name}/manifests/inference-service.yaml`,
    ),
  );
  return doc.spec.model?.uri ?? doc.spec.predictor.model.storageUri;
}

async function visit(page: Page, url: string) {
  await page.goto(url);
  const enter = page.getByRole('button', { name: 'Enter' });
  // The sidebar's <nav> measures 0 px (its drawer is fixed), so a link.
  const nav = page.getByRole('link', { name: 'Home' });
  await expect(enter.or(nav).first()).toBeVisible();
  if (await enter.isVisible()) await enter.click();
}

const shot = (page: Page, name: string) =>
  page.screenshot({ path: path.join(screenshots, name), fullPage: true });

/** Presses "Choose" on the template card with that title. */
async function chooseTemplate(page: Page, title: string) {
  await visit(page, '/create');
  await page
    .getByRole('heading', { name: title, exact: true })
    // The card: the nearest ancestor that holds a "Choose" button.
    .locator('xpath=ancestor::*[.//button[normalize-space()="Choose"]][1]')
    .getByRole('button', { name: 'Choose' })
    .click();
}

async function pickOption(page: Page, label: RegExp, option: RegExp) {
  // The scaffolder's own selects (MUI v4) are buttons; the suite's (MUI v5)
  // are comboboxes.
  await page
    .getByRole('combobox', { name: label })
    .or(page.getByRole('button', { name: label }))
    .first()
    .click();
  await page.getByRole('option', { name: option }).first().click();
  await expect(page.getByRole('listbox')).toBeHidden();
}

async function pickModelVersion(page: Page, tag: string) {
  await pickOption(page, /Model/, /Mistral Small 3\.2 24B Instruct/);
  await page
    .getByRole('radiogroup', { name: `Version of ${MISTRAL_SMALL}` })
    .getByRole('radio', {
      name: new RegExp(`^${tag.replace(/\./g, '\\.')}\\b`),
    })
    .check();
}

const clusterRadio = (page: Page, name: RegExp) =>
  page
    .getByRole('radiogroup', { name: 'Cluster' })
    .getByRole('radio', { name });

const gpuRadio = (page: Page, name: RegExp) =>
  page
    .getByRole('radiogroup', { name: 'GPU product' })
    .getByRole('radio', { name });

test('a governed inference service: refused on the US cluster for confidential data, created on an EU one, then rolled back', async ({
  page,
}) => {
  test.setTimeout(240_000);
  // The GitOps repository outlives a run; a new name keeps branches apart.
  const run = Date.now().toString(36);
  const name = `e2e-svc-${run}`;
  const title = `E2E Mistral chat ${run}`;
  const us = 'us-east-virginia';
  const eu = 'eu-sovereign-fra';
  expect(clusterLabels(us)['ai-platform.io/jurisdiction']).toBe('US');

  await chooseTemplate(page, 'Governed inference service');

  // 1. The service: internal data at first.
  await page.getByRole('textbox', { name: /^Name/ }).fill(name);
  await page.getByRole('textbox', { name: /^Title/ }).fill(title);
  const owner = page.getByRole('textbox', { name: /^Owning team/ });
  await owner.click();
  await owner.fill('EU Inference');
  await page
    .getByRole('option', { name: /EU Inference/ })
    .first()
    .click();
  await page.getByRole('button', { name: 'Next' }).click();

  // 2. The model version, with its signed and SBOM marks.
  await pickModelVersion(page, '3.2.1');
  await page.getByRole('button', { name: 'Next' }).click();

  // 3. Where it runs: the US cluster is allowed for internal data.
  await clusterRadio(page, /Virginia/).check();
  await page.getByRole('textbox', { name: /^Namespace/ }).fill('eu-inference');
  await gpuRadio(page, /H100/).check();

  // Back to the first step: the data is confidential after all.
  await page.getByRole('button', { name: 'Back' }).click();
  await page.getByRole('button', { name: 'Back' }).click();
  await pickOption(page, /Internal/, /Confidential/);
  await page.getByRole('button', { name: 'Next' }).click();
  await page.getByRole('button', { name: 'Next' }).click();

  // The cluster picker now greys the US cluster with the evaluator's reason,
  // and the step refuses to go on with it chosen.
  await expect(
    page.getByText(/Not allowed for confidential data/).first(),
  ).toBeVisible();
  await page.getByRole('button', { name: 'Next' }).click();
  const refusal = page.getByText(
    new RegExp(`${us} is not allowed for confidential data: .*jurisdiction US`),
  );
  await expect(refusal.first()).toBeVisible();
  await expect(page.getByText(/US CLOUD Act/).first()).toBeVisible();
  await shot(page, 'governed-service-refused.png');

  // Corrected: the sovereign EU cluster, one H100.
  await clusterRadio(page, /Frankfurt/).check();
  await gpuRadio(page, /H100/).check();
  await expect(page.getByRole('status', { name: 'Fit' })).toContainText(
    'Comfortable',
  );
  await shot(page, 'governed-service-form.png');
  await page.getByRole('button', { name: 'Next' }).click();
  await page.getByRole('button', { name: 'Review' }).click();
  await page.getByRole('button', { name: 'Create' }).click();

  const openService = page
    .getByRole('link', { name: 'Open the service in the catalog' })
    .or(page.getByRole('button', { name: 'Open the service in the catalog' }))
    .first();
  await expect(openService).toBeVisible({ timeout: 90_000 });
  await shot(page, 'governed-service-result.png');

  // The reviewable change: a commit on its own branch, pinned by digest.
  const branch = `inference-service/${name}`;
  const created = digestOf('3.2.1');
  expect(servedModel(branch, name)).toMatch(
    new RegExp(`/${MISTRAL_SMALL}@${created}$`),
  );
  const policy = parse(
    git(
      'show',
      `${branch}:inference-services/${name}/manifests/kyverno-policy.yaml`,
    ),
  );
  expect(
    policy.spec.validationFailureAction ??
      policy.spec.rules[0].validate.failureAction,
  ).toBe('Enforce');

  // The new Component in the catalog, with the sovereignty labels.
  await openService.click();
  await expect(page).toHaveURL(
    new RegExp(`/catalog/default/component/${name}`),
  );
  await expect(async () => {
    await page.reload();
    await expect(page.getByText(title).first()).toBeVisible({
      timeout: 2_000,
    });
    await expect(page.getByText('inference-service').first()).toBeVisible({
      timeout: 5_000,
    });
  }).toPass({ timeout: 60_000 });
  // Its sovereignty is judged where it runs: the Frankfurt cluster's labels.
  const card = page.getByRole('region', { name: 'Sovereignty of this entity' });
  await expect(card.getByText('confidential', { exact: true })).toBeVisible();
  await expect(card.getByText('Compliant', { exact: true })).toBeVisible();
  const jurisdiction = clusterLabels(eu)['ai-platform.io/jurisdiction'];
  await expect(
    card.getByText(new RegExp(`\\(${jurisdiction}\\)`)),
  ).toBeVisible();
  await expect(card.getByText('(from where it runs)').first()).toBeVisible();
  await shot(page, 'governed-service-entity.png');

  // Roll back to 3.2.0 with the second template.
  await chooseTemplate(page, 'Promote or roll back a model version');
  const service = page.getByRole('textbox', { name: /^Inference service/ });
  await service.click();
  // The picker lists entities by title.
  await service.fill(title);
  await page.getByRole('option', { name: title }).first().click();
  await pickModelVersion(page, '3.2.0');
  await page.getByRole('button', { name: 'Review' }).click();
  await page.getByRole('button', { name: 'Create' }).click();
  await expect(
    page
      .getByRole('link', { name: 'Open the service in the catalog' })
      .or(page.getByRole('button', { name: 'Open the service in the catalog' }))
      .first(),
  ).toBeVisible({ timeout: 90_000 });
  await shot(page, 'governed-service-rollback.png');

  // A new commit, on a branch from the service's branch, moves the digest.
  const previous = digestOf('3.2.0');
  const rollback = git(
    'for-each-ref',
    '--format=%(refname:short)',
    `refs/heads/promote/${name}/`,
  )
    .trim()
    .split('\n')
    .filter(Boolean);
  expect(rollback).toHaveLength(1);
  expect(servedModel(rollback[0], name)).toMatch(
    new RegExp(`/${MISTRAL_SMALL}@${previous}$`),
  );
  expect(git('rev-parse', `${rollback[0]}~1`).trim()).toBe(
    git('rev-parse', branch).trim(),
  );
  expect(git('diff', '--stat', branch, rollback[0])).toContain(
    'inference-service.yaml',
  );
});
