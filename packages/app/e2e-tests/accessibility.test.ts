import AxeBuilder from '@axe-core/playwright';
import { expect, Locator, Page, test } from '@playwright/test';
import path from 'node:path';
import { screenshots } from './fixtureYaml';

/**
 * axe-core on every page and entity tab of the suite, once its content has
 * loaded: no violation of impact serious or critical against WCAG 2.1 A and
 * AA is allowed. Each failure lists the rule, the elements and axe's help.
 */

async function visit(page: Page, url: string) {
  await page.goto(url);
  const enter = page.getByRole('button', { name: 'Enter' });
  const nav = page.getByRole('link', { name: 'GPUs' });
  await expect(enter.or(nav).first()).toBeVisible();
  // Signing in renders the page asked for; navigating away at once would
  // abort the guest sign-in.
  if (await enter.isVisible()) await enter.click();
  await expect(nav.first()).toBeVisible();
}

interface Target {
  name: string;
  url: string;
  /** What shows once the view's data has loaded. */
  ready: (page: Page) => Locator;
  /** Entity pages appear once the catalog has read their source. */
  entity?: boolean;
}

const TARGETS: Target[] = [
  {
    name: 'Clusters page',
    url: '/ai-platform/clusters',
    ready: p => p.getByText(/^Clusters \(\d+/),
  },
  {
    name: 'GPU page',
    url: '/ai-platform/gpu',
    ready: p => p.getByText(/^GPU pools by cluster and product/),
  },
  {
    name: 'Agents page',
    url: '/ai-platform/agents',
    ready: p => p.getByText(/^MCP servers \(\d+\)$/),
  },
  {
    name: 'Models page',
    url: '/ai-platform/models',
    ready: p => p.getByText(/^Models \(\d+\)$/),
  },
  {
    name: 'Sovereignty page',
    url: '/ai-platform/sovereignty',
    ready: p => p.getByText(/^Violations \(\d+\)$/),
  },
  {
    name: 'Conformance page',
    url: '/ai-platform/conformance',
    ready: p => p.getByRole('table', { name: 'Conformance matrix' }),
  },
  {
    name: 'Cost page',
    url: '/ai-platform/cost',
    ready: p => p.getByText('GPU cost', { exact: true }).first(),
  },
  {
    name: 'Team overview (cost card)',
    url: '/catalog/default/group/eu-inference',
    ready: p => p.getByText('GPU cost (30 d)'),
    entity: true,
  },
  {
    name: 'Team GPUs tab',
    url: '/catalog/default/group/eu-inference/gpus',
    ready: p => p.getByRole('list', { name: 'Team GPU summary' }),
    entity: true,
  },
  {
    name: 'Inference service overview (sovereignty card)',
    url: '/catalog/default/component/mistral-small-eu',
    ready: p => p.getByLabel('Sovereignty verdict'),
    entity: true,
  },
  {
    name: 'Inference service GPUs tab',
    url: '/catalog/default/component/mistral-small-eu/gpus',
    ready: p => p.getByText(/^GPU pods \(\d+\)$/),
    entity: true,
  },
  {
    name: 'Inference service Routing tab',
    url: '/catalog/default/component/mistral-small-eu/routing',
    ready: p => p.getByRole('region', { name: /^HTTPRoute / }),
    entity: true,
  },
  {
    name: 'Cluster overview (sovereignty card)',
    url: '/catalog/default/resource/eu-sovereign-fra',
    ready: p => p.getByLabel('Sovereignty verdict'),
    entity: true,
  },
  {
    name: 'Cluster GPUs tab',
    url: '/catalog/default/resource/eu-sovereign-fra/gpus',
    ready: p => p.getByRole('list', { name: 'GPU summary' }),
    entity: true,
  },
  {
    name: 'Cluster conformance tab',
    url: '/catalog/default/resource/eu-sovereign-fra/conformance',
    ready: p => p.getByRole('table', { name: 'Conformance matrix' }),
    entity: true,
  },
  {
    name: 'Model versions tab',
    url: '/catalog/default/resource/llama-3.1-8b-instruct/versions',
    ready: p => p.getByText(/^Versions \(\d+\)$/),
    entity: true,
  },
];

const BLOCKING = new Set(['serious', 'critical']);

test.describe('Accessibility', () => {
  for (const target of TARGETS) {
    test(`${target.name} has no serious or critical axe violation`, async ({
      page,
    }) => {
      test.setTimeout(target.entity ? 240_000 : 90_000);
      await visit(page, target.url);
      // The catalog reads the seeded entities and the registry's models
      // after the backend starts.
      await expect(async () => {
        if (await page.getByText('Entity not found').isVisible()) {
          await page.reload();
        }
        await expect(target.ready(page)).toBeVisible({ timeout: 5_000 });
      }).toPass({ timeout: target.entity ? 180_000 : 60_000 });
      // Lazy parts (charts, the syntax highlighter, other plugins' cards)
      // settle: axe judges the loaded page, not a loading spinner.
      await page.waitForLoadState('networkidle');
      // (Usage bars are determinate progress bars and stay.)
      await expect(
        page.locator('[role="progressbar"]:not([aria-valuenow])'),
      ).toHaveCount(0, { timeout: 30_000 });

      // A card that starts loading after the check above (another plugin's
      // spinner) may be caught mid-way: the page is judged again until it
      // passes or the time is up, so a lasting violation still fails.
      const blockingNow = async () => {
        const result = await new AxeBuilder({ page })
          .withTags(['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa'])
          .analyze();
        return result.violations
          .filter(v => BLOCKING.has(v.impact ?? ''))
          .map(v => ({
            rule: v.id,
            impact: v.impact,
            help: v.help,
            nodes: v.nodes.slice(0, 5).map(n => n.target.join(' ')),
          }));
      };
      let blocking = await blockingNow();
      for (let i = 0; i < 3 && blocking.length > 0; i++) {
        await page.waitForTimeout(3_000);
        blocking = await blockingNow();
      }
      if (blocking.length > 0) {
        await page.screenshot({
          path: path.join(
            screenshots,
            `axe-${target.name.replace(/\W+/g, '-').toLowerCase()}.png`,
          ),
          fullPage: true,
        });
      }
      expect(blocking).toEqual([]);
    });
  }
});
