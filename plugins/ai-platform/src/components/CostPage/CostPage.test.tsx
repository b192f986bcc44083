import {
  renderInTestApp,
  TestApiProvider,
} from '@backstage/frontend-test-utils';
import { ResponseError } from '@backstage/errors';
import { screen, within } from '@testing-library/react';
import { aiPlatformApiRef } from '../../api';
import { costReport } from '../../testing/costFixtures';
import { CostPage } from './CostPage';

async function renderPage(api: object, initialRouteEntries?: string[]) {
  await renderInTestApp(
    <TestApiProvider apis={[[aiPlatformApiRef, api]]}>
      <CostPage />
    </TestApiProvider>,
    initialRouteEntries ? { initialRouteEntries } : undefined,
  );
}

describe('CostPage', () => {
  it('shows the totals with currency and units, the chart, the rows with their share, and idle GPUs apart', async () => {
    const getCost = jest.fn().mockResolvedValue(costReport());
    await renderPage({ getCost });
    expect(await screen.findByText('€33,408.00')).toBeVisible();
    expect(screen.getByText('11,520 GPU-hours')).toBeVisible();
    expect(getCost).toHaveBeenCalledWith(
      expect.objectContaining({ window: '30d', groupBy: 'team' }),
    );
    // Idle apart, never in the total.
    expect(screen.getAllByText('€2,088.00').length).toBeGreaterThan(0);
    expect(
      screen.getByRole('img', { name: /GPU cost per day, stacked by team/ }),
    ).toBeInTheDocument();
    expect(screen.getAllByText('eu-inference').length).toBeGreaterThan(0);
    expect(screen.getByText('75.0 %')).toBeVisible();
    expect(screen.getByText('Idle GPUs')).toBeVisible();
  });

  it("says how many teams' rows are hidden and why, and shows a cluster's read error in place", async () => {
    await renderPage({
      getCost: jest.fn().mockResolvedValue(
        costReport({
          hiddenRows: 2,
          sources: [
            {
              cluster: 'eu-hyperscaler-par',
              source: 'recorded',
              error: 'no price for NVIDIA-B200 (set aiPlatform.cost.prices)',
            },
          ],
        }),
      ),
    });
    expect(
      await screen.findByText(/The cost of 2 other group\(s\) is hidden/),
    ).toBeVisible();
    expect(
      screen.getByText(/eu-hyperscaler-par: no price for NVIDIA-B200/),
    ).toBeVisible();
  });

  it('explains an empty window instead of showing zeros', async () => {
    await renderPage({
      getCost: jest
        .fn()
        .mockResolvedValue(
          costReport({ rows: [], total: { gpuHours: 0, cost: 0 } }),
        ),
    });
    expect(
      await screen.findByText('No GPU allocations recorded in this window yet'),
    ).toBeVisible();
  });

  it('shows a refusal with the permission it needs', async () => {
    const response = new Response(
      JSON.stringify({
        error: {
          name: 'NotAllowedError',
          message:
            'You may not read GPU cost (permission ai-platform.cost.read)',
        },
        response: { statusCode: 403 },
      }),
      { status: 403, headers: { 'content-type': 'application/json' } },
    );
    const error = await ResponseError.fromResponse(response as any);
    await renderPage({ getCost: jest.fn().mockRejectedValue(error) });
    expect(
      (await screen.findAllByText(/permission ai-platform.cost.read/)).length,
    ).toBeGreaterThan(0);
  });

  it('shows the price used for each product and where it came from, the period idle covers, and utilisation', async () => {
    await renderPage({ getCost: jest.fn().mockResolvedValue(costReport()) });
    const prices = await screen.findByRole('region', { name: 'Prices used' });
    expect(within(prices).getByText('NVIDIA-H100-80GB-HBM3')).toBeVisible();
    expect(within(prices).getByText('€2.90')).toBeVisible();
    expect(within(prices).getByText(/provider price/)).toBeVisible();
    expect(
      within(prices).getByText(
        'aiPlatform.cost.providers.ionos.prices.NVIDIA-H100-80GB-HBM3',
      ),
    ).toBeVisible();
    const idle = screen.getByRole('region', { name: 'Idle period' });
    expect(
      within(idle).getByText(/eu-sovereign-fra: idle known since/),
    ).toBeVisible();
    expect(
      within(idle).getByText(
        /earlier capacity reconstructed from node creation times/,
      ),
    ).toBeVisible();
    const byCluster = screen.getByRole('region', {
      name: 'Utilisation by cluster',
    });
    expect(within(byCluster).getByText('87.5 %')).toBeVisible();
  });

  it('drills down from a team to its services, and from a service to its workloads', async () => {
    const getCost = jest.fn().mockResolvedValue(costReport());
    await renderPage({ getCost });
    const team = await screen.findByRole('link', {
      name: 'eu-inference: its services',
    });
    const href = new URL(team.getAttribute('href')!, 'http://x');
    expect(Object.fromEntries(href.searchParams)).toEqual({
      window: '30d',
      groupBy: 'service',
      team: 'group:default/eu-inference',
    });
  });

  it('asks for the drill-down in the URL and says what it is scoped to', async () => {
    const getCost = jest.fn().mockResolvedValue(
      costReport({
        groupBy: 'service',
        rows: [
          {
            key: 'eu-sovereign-fra/eu-inference/llama',
            label: 'eu-sovereign-fra/eu-inference/llama',
            gpuHours: 8640,
            cost: 25056,
          },
        ],
      }),
    );
    await renderPage({ getCost }, [
      '/?window=7d&groupBy=service&team=group:default/eu-inference',
    ]);
    const service = await screen.findByRole('link', {
      name: 'eu-sovereign-fra/eu-inference/llama: its workloads',
    });
    expect(getCost).toHaveBeenCalledWith({
      window: '7d',
      groupBy: 'service',
      team: 'group:default/eu-inference',
      service: undefined,
    });
    expect(screen.getByText('Team group:default/eu-inference')).toBeVisible();
    const href = new URL(service.getAttribute('href')!, 'http://x');
    expect(href.searchParams.get('groupBy')).toBe('workload');
    expect(href.searchParams.get('service')).toBe(
      'eu-sovereign-fra/eu-inference/llama',
    );
  });
});
