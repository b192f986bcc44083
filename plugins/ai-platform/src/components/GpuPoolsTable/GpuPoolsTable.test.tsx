import { renderInTestApp } from '@backstage/frontend-test-utils';
import { screen, within } from '@testing-library/react';
import {
  fraGpus,
  PAR_ERROR,
  parGpus,
  use1Gpus,
} from '../../testing/gpuFixtures';
import { GpuPoolsTable } from './GpuPoolsTable';

/** The table row that holds every given text. */
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

describe('GpuPoolsTable', () => {
  it('shows one row per pool with allocatable, allocated and free in their units', async () => {
    await renderInTestApp(<GpuPoolsTable clusters={[fraGpus]} />);

    const whole = rowWith('whole GPUs');
    expect(within(whole).getByText('NVIDIA H100 80GB HBM3')).toBeVisible();
    expect(within(whole).getByText('16 GPUs')).toBeVisible();
    expect(within(whole).getByText('7 GPUs')).toBeVisible();
    expect(
      within(whole).getByRole('progressbar', {
        name: /Allocated in eu-sovereign-fra.*: 9 of 16 GPUs/,
      }),
    ).toBeInTheDocument();
    const dra = rowWith('DRA devices');
    expect(within(dra).getByText('8 DRA devices')).toBeVisible();
    expect(within(dra).getByText('5 DRA devices')).toBeVisible();
  });

  it('labels MIG pools by profile and time-sliced pools with their replicas', async () => {
    await renderInTestApp(<GpuPoolsTable clusters={[parGpus]} />);

    const mig = rowWith('MIG 1g.10gb');
    expect(within(mig).getByText('44 MIG slices')).toBeVisible();
    expect(within(mig).getByText('nvidia.com/mig-1g.10gb')).toBeVisible();
    expect(rowWith('MIG 2g.20gb')).toBeVisible();
    expect(rowWith('MIG 3g.40gb')).toBeVisible();
    const shared = rowWith('time-sliced ×4');
    expect(within(shared).getByText('32 shared slots')).toBeVisible();
    expect(within(shared).getByText('on 8 GPUs')).toBeVisible();
  });

  it('keeps the rows of a stale cluster and marks them stale with the error', async () => {
    await renderInTestApp(
      <GpuPoolsTable clusters={[fraGpus, parGpus, use1Gpus]} />,
    );

    const stale = rowWith('MIG 1g.10gb');
    expect(within(stale).getByText('eu-hyperscaler-par')).toBeVisible();
    expect(within(stale).getByText('Stale')).toBeVisible();
    expect(within(stale).getByText(/stale since 7 minutes ago/)).toBeVisible();
    expect(within(stale).getByText(PAR_ERROR)).toBeVisible();
    expect(
      within(rowWith('whole GPUs', 'EU sovereign, Frankfurt')).getByText(
        'Synced',
      ),
    ).toBeVisible();
  });

  it('keeps a row for a cluster that could not be read at all', async () => {
    await renderInTestApp(
      <GpuPoolsTable
        clusters={[
          {
            ...use1Gpus,
            products: [],
            health: { state: 'error', error: 'TLS handshake failed' },
          },
        ]}
      />,
    );

    const row = rowWith('us-east-virginia');
    expect(
      within(row).getByText('No GPU data: the cluster could not be read'),
    ).toBeVisible();
    expect(within(row).getByText('TLS handshake failed')).toBeVisible();
  });
});
