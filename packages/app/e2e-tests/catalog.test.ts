import { expect, Page, test } from '@playwright/test';
import path from 'node:path';

const screenshots = path.resolve(__dirname, '../../../e2e-screenshots');

async function signInAsGuest(page: Page) {
  await page.goto('/');
  await page.getByRole('button', { name: 'Enter' }).click();
}

test('the home page presents the portal and links to the catalog and Create', async ({
  page,
}) => {
  await signInAsGuest(page);

  await expect(page).toHaveTitle(/AI Platform/);
  await expect(
    page.getByText(/developer portal for running AI on Kubernetes at Meridian/),
  ).toBeVisible();
  await expect(
    page.getByRole('button', { name: 'Browse the catalog' }),
  ).toHaveAttribute('href', '/catalog');
  await expect(
    page.getByRole('button', { name: 'Create', exact: true }),
  ).toHaveAttribute('href', '/create');

  const nav = page.getByRole('navigation', { name: 'sidebar nav' });
  await expect(
    nav.getByRole('link', { name: 'Catalog', exact: true }),
  ).toBeVisible();
  await expect(
    nav.getByRole('link', { name: 'Create', exact: true }),
  ).toBeVisible();

  await page.screenshot({
    path: path.join(screenshots, 'home.png'),
    fullPage: true,
  });
});

test('the catalog filters to a demo team and opens one of its users', async ({
  page,
}) => {
  await signInAsGuest(page);
  await page.getByRole('button', { name: 'Browse the catalog' }).click();
  await expect(page).toHaveURL(/\/catalog/);

  // Kind: Group, then narrow the table to the EU team by its name.
  await page.getByLabel('Kind', { exact: true }).getByRole('button').click();
  await page.getByRole('option', { name: 'Group' }).click();
  await page.getByPlaceholder('Search').fill('EU Inference');
  const table = page.getByRole('table');
  await expect(table.getByRole('link', { name: 'EU Inference' })).toBeVisible();
  await expect(table.getByRole('link', { name: 'US Applied ML' })).toHaveCount(
    0,
  );
  await page.screenshot({
    path: path.join(screenshots, 'catalog.png'),
    fullPage: true,
  });

  await table.getByRole('link', { name: 'EU Inference' }).click();
  await expect(
    page
      .getByText(/Serves language models to customers in the European Union/)
      .first(),
  ).toBeVisible();
  await expect(
    page.getByText('eu-inference@meridian.example').first(),
  ).toBeVisible();

  // Each member is a card; clicking the card opens the user's page.
  await page
    .getByRole('listitem')
    .getByRole('heading', { name: 'Amélie Dubois' })
    .click();
  await expect(page).toHaveURL(/\/catalog\/default\/user\/amelie\.dubois/);
  await expect(
    page.getByText('amelie.dubois@meridian.example').first(),
  ).toBeVisible();
  await expect(
    page.getByRole('link', { name: 'EU Inference' }).first(),
  ).toBeVisible();
  // The relations graph renders last; wait for its membership edge.
  await expect(page.getByText('memberOf').first()).toBeVisible();
  await page.screenshot({
    path: path.join(screenshots, 'user.png'),
    fullPage: true,
  });
});
