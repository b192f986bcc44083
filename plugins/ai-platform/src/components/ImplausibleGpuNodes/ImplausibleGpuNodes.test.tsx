import { renderInTestApp } from '@backstage/frontend-test-utils';
import { screen } from '@testing-library/react';
import { ImplausibleGpuNodes } from './ImplausibleGpuNodes';

const cluster = {
  cluster: 'hostile',
  title: 'Hostile cluster',
  labels: {},
  health: { state: 'synced' as const },
  products: [],
  totals: {
    physicalGpus: 0,
    wholeGpus: { allocatable: 0, allocated: 0, free: 0 },
    migSlices: { allocatable: 0, allocated: 0, free: 0 },
    sharedSlots: { allocatable: 0, allocated: 0, free: 0 },
    pendingRequests: 0,
    pendingPods: 0,
  },
};

describe('ImplausibleGpuNodes', () => {
  it('names each node left out and why', async () => {
    const reason =
      'nvidia.com/gpu advertises 2000 GPUs, but GPU Feature Discovery counts 8 GPUs (label nvidia.com/gpu.count)';
    await renderInTestApp(
      <ImplausibleGpuNodes
        clusters={[
          {
            ...cluster,
            implausibleNodes: [
              { node: 'phantom-2k', product: 'NVIDIA-H100-80GB-HBM3', reason },
            ],
          },
        ]}
      />,
    );
    expect(
      screen.getByText('1 node has an implausible GPU count and is left out'),
    ).toBeInTheDocument();
    expect(screen.getByRole('listitem')).toHaveTextContent(
      `phantom-2k in Hostile cluster: ${reason}`,
    );
  });

  it('shows nothing when every node is believed', async () => {
    await renderInTestApp(<ImplausibleGpuNodes clusters={[cluster]} />);
    expect(screen.queryByText(/implausible/)).not.toBeInTheDocument();
  });
});
