import type { GpuOverview } from '@ai-platform/backstage-plugin-ai-platform-common';
import { ResponseError } from '@backstage/errors';
import {
  renderInTestApp,
  TestApiProvider,
} from '@backstage/frontend-test-utils';
import { entityRouteRef } from '@backstage/plugin-catalog-react';
import { screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { useLocation } from 'react-router-dom';
import { type AiPlatformApi, aiPlatformApiRef } from '../../api';
import {
  fraGpus,
  H100,
  overview,
  PAR_ERROR,
  use1Gpus,
} from '../../testing/gpuFixtures';
import { GpuPage } from './GpuPage';

function Search() {
  return <output aria-label="URL search">{useLocation().search}</output>;
}

function renderPage(api: Partial<AiPlatformApi>, url = '/ai-platform/gpu') {
  return renderInTestApp(
    <TestApiProvider apis={[[aiPlatformApiRef, api]]}>
      <GpuPage />
      <Search />
    </TestApiProvider>,
    {
      initialRouteEntries: [url],
      mountedRoutes: { '/catalog/:namespace/:kind/:name': entityRouteRef },
    },
  );
}

describe('GpuPage', () => {
  it('shows the figures of the overview, pools, quotas and queues', async () => {
    const getGpuOverview = jest.fn().mockResolvedValue(overview);
    await renderPage({ getGpuOverview });

    const summary = await screen.findByRole('list', { name: 'GPU summary' });
    expect(
      within(summary).getByRole('listitem', {
        name: 'Whole GPUs allocated: 29 of 46 GPUs',
      }),
    ).toBeVisible();
    expect(
      within(summary).getByRole('listitem', {
        name: 'Physical GPUs: 68 GPUs',
      }),
    ).toBeVisible();
    expect(screen.getByRole('heading', { name: 'GPUs' })).toBeInTheDocument();
    expect(
      screen.getByText('GPU pools by cluster and product (9)'),
    ).toBeVisible();
    expect(screen.getByText('GPU quotas by namespace (6)')).toBeVisible();
    expect(screen.getByText('GPU queues (4)')).toBeVisible();
    expect(screen.getByText('Find GPU capacity')).toBeVisible();
    expect(getGpuOverview).toHaveBeenCalledWith({});
  });

  it('keeps the rows of a stale cluster and says it is stale', async () => {
    await renderPage({ getGpuOverview: async () => overview });

    expect(
      await screen.findByText(/1 of 3 clusters are stale or unreachable/),
    ).toBeVisible();
    const rows = screen
      .getAllByRole('row')
      .filter(row => within(row).queryByText('MIG 1g.10gb'));
    expect(rows).toHaveLength(1);
    expect(within(rows[0]).getByText('Stale')).toBeVisible();
    expect(
      within(rows[0]).getByText(/stale since 7 minutes ago/),
    ).toBeVisible();
    expect(within(rows[0]).getByText(PAR_ERROR)).toBeVisible();
  });

  it('reads filters from the URL and asks the backend again when one changes', async () => {
    const getGpuOverview = jest.fn().mockImplementation(
      async (filter): Promise<GpuOverview> => ({
        ...overview,
        clusters:
          filter.jurisdiction === 'US' ? [use1Gpus] : [fraGpus, use1Gpus],
      }),
    );
    await renderPage({ getGpuOverview }, `/ai-platform/gpu?product=${H100}`);

    const product = await screen.findByRole('combobox', { name: 'Product' });
    expect(product).toBeVisible();
    expect(product).toHaveTextContent('NVIDIA H100 80GB HBM3');
    expect(getGpuOverview).toHaveBeenLastCalledWith({ product: H100 });

    await userEvent.click(
      within(screen.getByRole('group', { name: 'Filters' })).getByRole(
        'combobox',
        { name: 'Jurisdiction' },
      ),
    );
    await userEvent.click(
      screen.getByRole('option', { name: 'United States (US)' }),
    );
    await waitFor(() => expect(screen.queryByRole('listbox')).toBeNull());

    expect(getGpuOverview).toHaveBeenLastCalledWith({
      product: H100,
      jurisdiction: 'US',
    });
    expect(
      screen.getByRole('status', { name: 'URL search' }),
    ).toHaveTextContent(`?product=${H100}&jurisdiction=US`);
    expect(
      await screen.findByRole('listitem', {
        name: 'Clusters stale or unreachable: 0 of 1',
      }),
    ).toBeVisible();
  });

  it('explains the aiPlatform.clusters configuration when no cluster is configured', async () => {
    await renderPage({
      getGpuOverview: async () => ({
        ...overview,
        clusters: [],
        quotas: [],
        queues: [],
      }),
    });

    expect(
      await screen.findByText('No clusters configured'),
    ).toBeInTheDocument();
    expect(
      screen.getByText(/listed under aiPlatform\.clusters/),
    ).toBeInTheDocument();
  });

  it('says so when the clusters have no GPUs', async () => {
    await renderPage({
      getGpuOverview: async () => ({
        ...overview,
        clusters: [{ ...fraGpus, products: [] }],
        quotas: [],
        queues: [],
      }),
    });

    expect(await screen.findByText('No GPUs found')).toBeInTheDocument();
    expect(screen.getByText('No GPU nodes found')).toBeInTheDocument();
  });

  it('shows the backend error when the overview cannot be read', async () => {
    const response = new Response(
      JSON.stringify({
        error: { name: 'Error', message: 'The cluster layer is not ready' },
        request: { method: 'GET', url: '/api/ai-platform/gpu/overview' },
        response: { statusCode: 503 },
      }),
      {
        status: 503,
        statusText: 'Service Unavailable',
        headers: { 'Content-Type': 'application/json' },
      },
    );
    const error = await ResponseError.fromResponse(response as any);
    await renderPage({
      getGpuOverview: async () => {
        throw error;
      },
    });

    expect(
      await screen.findByText(/Request failed with 503 Service Unavailable/),
    ).toBeInTheDocument();
    expect(screen.queryByRole('table')).not.toBeInTheDocument();
  });
});
