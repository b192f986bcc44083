import { renderInTestApp } from '@backstage/frontend-test-utils';
import { entityRouteRef } from '@backstage/plugin-catalog-react';
import { screen, within } from '@testing-library/react';
import { fraGpus, parGpus, quotas } from '../../testing/gpuFixtures';
import { GpuQuotasTable } from './GpuQuotasTable';

const mountedRoutes = { '/catalog/:namespace/:kind/:name': entityRouteRef };

function rowWith(...texts: string[]): HTMLElement {
  const rows = screen
    .getAllByRole('row')
    .filter(row =>
      texts.every(text => within(row).queryAllByText(text).length),
    );
  if (rows.length !== 1) {
    throw new Error(`${rows.length} rows hold ${texts.join(', ')}`);
  }
  return rows[0];
}

describe('GpuQuotasTable', () => {
  it('shows each GPU key of a namespace as used of hard, in its unit', async () => {
    await renderInTestApp(<GpuQuotasTable quotas={quotas.slice(0, 4)} />, {
      mountedRoutes,
    });

    const row = rowWith('eu-sovereign-fra', 'eu-inference');
    expect(
      within(row).getByRole('progressbar', {
        name: 'eu-inference in eu-sovereign-fra, requests.nvidia.com/gpu used: 16 of 20 GPUs',
      }),
    ).toBeInTheDocument();
    expect(within(row).getByText('3 of 4 DRA devices')).toBeVisible();
    expect(
      within(row).getByRole('link', { name: 'eu-inference' }),
    ).toHaveAttribute('href', '/catalog/default/group/eu-inference');
    const mig = rowWith('eu-hyperscaler-par', 'eu-inference');
    expect(within(mig).getByText('3 of 16 MIG 1g.10gb slices')).toBeVisible();
  });

  it('says a quota without a GPU key sets no GPU limit', async () => {
    await renderInTestApp(<GpuQuotasTable quotas={quotas} />, {
      mountedRoutes,
    });

    const row = rowWith('eu-sovereign-fra', 'us-applied-ml');
    expect(
      within(row).getByText('no GPU limit (quota has cpu/memory only)'),
    ).toBeVisible();
    expect(within(row).getByText('ResourceQuota compute-quota')).toBeVisible();
  });

  it('marks the quotas of a stale cluster as stale', async () => {
    await renderInTestApp(
      <GpuQuotasTable quotas={quotas} clusters={[fraGpus, parGpus]} />,
      { mountedRoutes },
    );

    const row = rowWith('eu-hyperscaler-par', 'eu-inference');
    expect(within(row).getByText('Stale')).toBeVisible();
    expect(within(row).getByText(/stale since 7 minutes ago/)).toBeVisible();
  });
});
