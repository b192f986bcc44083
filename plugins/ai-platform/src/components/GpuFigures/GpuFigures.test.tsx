import { renderInTestApp } from '@backstage/frontend-test-utils';
import { screen, within } from '@testing-library/react';
import { overview } from '../../testing/gpuFixtures';
import { GpuFigures } from './GpuFigures';

describe('GpuFigures', () => {
  it('counts whole GPUs, MIG slices and shared slots apart, with units', async () => {
    await renderInTestApp(
      <GpuFigures totals={overview.totals} clusters={overview.clusters} />,
    );

    const summary = screen.getByRole('list', { name: 'GPU summary' });
    for (const name of [
      'Physical GPUs: 68 GPUs',
      'Whole GPUs allocated: 29 of 46 GPUs',
      'Whole GPUs free: 17 GPUs',
      'MIG slices allocated: 4 of 64 slices',
      'Shared slots allocated: 3 of 32 slots',
      'Pending GPU requests: 16',
      'Clusters stale or unreachable: 1 of 3',
    ]) {
      expect(within(summary).getByRole('listitem', { name })).toBeVisible();
    }
    expect(within(summary).getByText('from 3 pods waiting')).toBeVisible();
  });
});
