import { renderInTestApp } from '@backstage/frontend-test-utils';
import { entityRouteRef } from '@backstage/plugin-catalog-react';
import { screen, within } from '@testing-library/react';
import { queues } from '../../testing/gpuFixtures';
import { GpuQueuesTable } from './GpuQueuesTable';

const mountedRoutes = { '/catalog/:namespace/:kind/:name': entityRouteRef };

function rowOf(name: string): HTMLElement {
  const row = screen.getByText(name).closest('tr');
  if (!row) throw new Error(`no row for ${name}`);
  return row;
}

describe('GpuQueuesTable', () => {
  it('shows a Kueue flavour with nominal quota, borrowing limit, used and borrowed, the borrowing as borrowing rather than an overrun', async () => {
    await renderInTestApp(<GpuQueuesTable queues={queues} />, {
      mountedRoutes,
    });

    const row = rowOf('us-applied-ml-cq');
    expect(within(row).getByText('Kueue ClusterQueue')).toBeVisible();
    expect(within(row).getByText('us-gpu')).toBeVisible();
    expect(
      within(row).getByRole('progressbar', {
        name: 'us-applied-ml-cq in us-east-virginia, h100 · nvidia.com/gpu used of nominal: 8 of 8 GPUs + 4 borrowed',
      }),
    ).toBeInTheDocument();
    expect(within(row).getByText('8 of 8 GPUs + 4 borrowed')).toBeVisible();
    expect(within(row).queryByText('150 %')).not.toBeInTheDocument();
    expect(
      within(row).getByText('borrowing limit 4 · borrowed 4'),
    ).toBeVisible();
    expect(within(row).getByText('1 pending')).toBeVisible();
    expect(within(row).getByText('3 admitted')).toBeVisible();
  });

  it('shows a KAI queue with its parent, quota, limit and requested GPUs', async () => {
    await renderInTestApp(<GpuQueuesTable queues={queues} />, {
      mountedRoutes,
    });

    const row = rowOf('eu-department');
    expect(within(row).getByText('KAI Queue')).toBeVisible();
    expect(within(row).getByText('2 of 4 GPUs')).toBeVisible();
    expect(within(row).getByText('limit 6 · requested 6')).toBeVisible();
    expect(within(row).getByText('not reported')).toBeVisible();
  });
});
