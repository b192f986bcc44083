import { conformanceChecklistSchema } from '@ai-platform/backstage-plugin-ai-platform-common';
import { expect, Page, test } from '@playwright/test';
import fs from 'node:fs';
import path from 'node:path';
import { parse } from 'yaml';
import { clusterNames, readCluster, screenshots } from './fixtureYaml';

const INGRESS_NGINX_IMAGE = 'registry.k8s.io/ingress-nginx/controller';

/** What the fixture YAML says, read independently of the checks. */
function expectations() {
  return clusterNames().map(name => {
    const { settings, objects } = readCluster(name);
    const minor = Number(/^v1\.(\d+)/.exec(settings.kubernetesVersion)![1]);
    const ingressNginx = objects.some(
      o =>
        o.kind === 'Deployment' &&
        (o.spec?.template?.spec?.containers ?? []).some((c: any) =>
          String(c.image).startsWith(INGRESS_NGINX_IMAGE),
        ),
    );
    const resourceSlices = objects.filter(
      o => o.kind === 'ResourceSlice',
    ).length;
    return { name, minor, ingressNginx, resourceSlices };
  });
}

async function visit(page: Page, url: string) {
  await page.goto(url);
  const enter = page.getByRole('button', { name: 'Enter' });
  await expect(
    enter.or(page.getByRole('link', { name: 'GPUs' })).first(),
  ).toBeVisible();
  if (await enter.isVisible()) await enter.click();
  // The guest sign-in finishes before the test reloads the page.
  await expect(page.getByRole('link', { name: 'GPUs' }).first()).toBeVisible();
}

test.describe('Conformance', () => {
  test('the matrix fails ingress-nginx and dra_support where the fixture clusters deserve it', async ({
    page,
  }) => {
    const clusters = expectations();
    const withNginx = clusters.filter(c => c.ingressNginx);
    const withoutDra = clusters.filter(c => c.resourceSlices === 0);
    expect(withNginx.length).toBeGreaterThan(0);
    expect(withoutDra.length).toBeGreaterThan(0);

    await visit(page, '/ai-platform/conformance');
    await expect(
      page
        .getByTestId('sidebar-root')
        .getByRole('link', { name: 'Conformance' }),
    ).toBeVisible();
    for (const c of clusters) {
      // dra_support is a MUST on 1.34 and 1.35 (KAR-0051).
      const level = c.minor >= 34 ? 'MUST' : 'SHOULD';
      const status = c.resourceSlices === 0 ? 'Fail' : 'Pass';
      await expect(
        page.getByRole('button', {
          name: `dra_support on ${c.name}: ${status} ${level}`,
        }),
      ).toBeVisible();
      await expect(
        page.getByRole('button', {
          name: `ingress_nginx_eol on ${c.name}: ${
            c.ingressNginx ? 'Fail' : 'Pass'
          }`,
        }),
      ).toBeVisible();
    }
    await page.screenshot({
      path: path.join(screenshots, 'conformance.png'),
      fullPage: true,
    });

    // Drill down: the ingress-nginx finding names the controller and the fix.
    await page
      .getByRole('button', {
        name: `ingress_nginx_eol on ${withNginx[0].name}: Fail`,
      })
      .click();
    const detail = page.getByRole('dialog', {
      name: `ingress_nginx_eol on ${withNginx[0].name}`,
    });
    await expect(
      detail.getByText(/Deployment ingress-nginx\/ingress-nginx-controller/),
    ).toBeVisible();
    await expect(detail.getByText(/ingress2gateway/)).toBeVisible();
    // The drawer slides in: take the picture once it is all in view.
    await expect(detail).toBeInViewport({ ratio: 1 });
    await page.screenshot({
      path: path.join(screenshots, 'conformance-ingress-nginx.png'),
    });
    await detail.getByRole('button', { name: 'Close' }).click();

    await page
      .getByRole('button', {
        name: new RegExp(`^dra_support on ${withoutDra[0].name}: Fail`),
      })
      .click();
    const dra = page.getByRole('dialog', {
      name: `dra_support on ${withoutDra[0].name}`,
    });
    await expect(dra.getByText('Still to prove')).toBeVisible();
    await expect(dra).toBeInViewport({ ratio: 1 });
    await page.screenshot({
      path: path.join(screenshots, 'conformance-dra.png'),
    });
  });

  test('the score trend shows the scores the backend recorded', async ({
    page,
  }) => {
    await visit(page, '/ai-platform/conformance');
    const chart = page.getByRole('img', {
      name: /Conformance score over time/,
    });
    // The backend records every cluster shortly after start-up.
    await expect(async () => {
      await page.reload();
      await expect(chart).toBeVisible({ timeout: 5_000 });
    }).toPass({ timeout: 45_000 });
    for (const name of clusterNames()) {
      await expect(chart).toHaveAccessibleName(new RegExp(`${name} \\d+% now`));
    }
    await chart.scrollIntoViewIfNeeded();
    await page.screenshot({
      path: path.join(screenshots, 'conformance-trend.png'),
    });
  });

  test("a cluster's export is a valid CNCF checklist", async ({ page }) => {
    const [noDra] = expectations().filter(c => c.resourceSlices === 0);
    await visit(page, '/ai-platform/conformance');
    const [download] = await Promise.all([
      page.waitForEvent('download'),
      page
        .getByRole('button', {
          name: `Export YAML: self-assessment of ${noDra.name}`,
        })
        .click(),
    ]);
    expect(download.suggestedFilename()).toBe(
      `${noDra.name}-ai-conformance.yaml`,
    );
    const file = await download.path();
    const doc = parse(fs.readFileSync(file!, 'utf8'));
    const checked = conformanceChecklistSchema.safeParse(doc);
    expect(checked.error?.issues ?? []).toEqual([]);
    const dra = doc.spec.accelerators.find((r: any) => r.id === 'dra_support');
    expect(dra).toMatchObject({ level: 'MUST', status: 'Not Implemented' });
  });
});
