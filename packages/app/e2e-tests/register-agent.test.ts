import { expect, Page, test } from '@playwright/test';
import path from 'node:path';
import { screenshots } from './fixtureYaml';

/** Opens a page of the portal as the guest (the sign-in page shows at any URL). */
async function visit(page: Page, url: string) {
  await page.goto(url);
  const enter = page.getByRole('button', { name: 'Enter' });
  const nav = page.getByRole('navigation', { name: 'sidebar nav' });
  await expect(enter.or(nav).first()).toBeVisible();
  if (await enter.isVisible()) await enter.click();
}

const shot = (page: Page, name: string) =>
  page.screenshot({ path: path.join(screenshots, name), fullPage: true });

test('the "Register an AI agent" template commits the agent and it appears in the catalog', async ({
  page,
}) => {
  // The GitOps repository outlives a run; a new name keeps branches apart.
  const name = `e2e-agent-${Date.now().toString(36)}`;

  await visit(page, '/create');
  // The card: the nearest ancestor of its title that holds a "Choose" button.
  await page
    .getByRole('heading', { name: 'Register an AI agent', exact: true })
    .locator('xpath=ancestor::*[.//button[normalize-space()="Choose"]][1]')
    .getByRole('button', { name: 'Choose' })
    .click();

  await page.getByRole('textbox', { name: /^Name/ }).fill(name);
  await page.getByRole('textbox', { name: /^Title/ }).fill('E2E agent');
  await page
    .getByRole('textbox', { name: /^Description/ })
    .fill('Registered by the end-to-end test');
  const owner = page.getByRole('textbox', { name: /^Owner/ });
  await owner.click();
  await owner.fill('platform');
  await page
    .getByRole('option', { name: /platform/i })
    .first()
    .click();
  await shot(page, 'register-agent-form.png');
  await page.getByRole('button', { name: 'Next' }).click();

  await page
    .getByRole('textbox', { name: /^Workload identity/ })
    .fill(`spiffe://example.org/ns/agents/sa/${name}`);
  await page.getByRole('button', { name: 'Next' }).click();
  // Data classification and jurisdiction keep their defaults (internal, EU).
  await page.getByRole('button', { name: 'Review' }).click();
  await page.getByRole('button', { name: 'Create' }).click();

  const openLink = page
    .getByRole('button', { name: 'Open the agent in the catalog' })
    .or(page.getByRole('link', { name: 'Open the agent in the catalog' }))
    .first();
  await expect(openLink).toBeVisible({ timeout: 60_000 });
  // The output names the branch of the reviewable change.
  await expect(
    page.getByTestId('text-output-box').getByText(`register-agent/${name}`),
  ).toBeVisible();
  await shot(page, 'register-agent-result.png');

  // Follow the output link, as a user would.
  await openLink.click();
  await expect(page).toHaveURL(
    new RegExp(`/catalog/default/component/${name}`),
  );
  // The catalog processes a new location in the background: the entity
  // shows up a few seconds after registration.
  await expect(async () => {
    await page.reload();
    await expect(page.getByText('E2E agent').first()).toBeVisible({
      timeout: 2_000,
    });
    // The entity page, not a not-found page that names the entity.
    await expect(page.getByText('ai-agent').first()).toBeVisible({
      timeout: 5_000,
    });
  }).toPass({ timeout: 60_000 });
  // The About card shows the rendered description once the page has loaded.
  await expect(
    page.getByText('Registered by the end-to-end test').first(),
  ).toBeVisible();
  await shot(page, 'register-agent-entity.png');
});
