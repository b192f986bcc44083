import { renderInTestApp } from '@backstage/frontend-test-utils';
import { screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { ClusterHealthStatus } from '../ClusterHealthStatus';

const notUnderstood = {
  total: 3,
  byKind: { 'core/Node': 2, 'core/ResourceQuota': 1 },
  objects: [
    {
      kind: 'core/Node',
      name: 'phantom-2k',
      reasons: [
        'implausible GPU count, left out of capacity and the finder: nvidia.com/gpu advertises 2000 GPUs, but GPU Feature Discovery counts 8 GPUs (label nvidia.com/gpu.count)',
      ],
    },
    {
      kind: 'core/Node',
      name: 'negative-gpus',
      reasons: [
        "status.capacity['nvidia.com/gpu']: '-4' is negative; nvidia.com/gpu not counted",
      ],
    },
    {
      kind: 'core/ResourceQuota',
      namespace: 'hostile',
      name: 'hostile-quota',
      reasons: [
        "status.hard['requests.nvidia.com/gpu']: 'lots' is not a Kubernetes quantity; the key is not shown",
      ],
    },
  ],
};

describe('NotUnderstoodObjects in the Clusters page health', () => {
  it('counts the objects not understood and lists each with its reason on demand', async () => {
    await renderInTestApp(
      <ClusterHealthStatus
        health={{ state: 'synced', notUnderstood }}
        showNotUnderstood
      />,
    );
    const toggle = screen.getByRole('button', {
      name: '3 objects not understood',
    });
    expect(toggle).toHaveAttribute('aria-expanded', 'false');
    await userEvent.click(toggle);
    expect(toggle).toHaveAttribute('aria-expanded', 'true');
    const list = screen.getByRole('list', { name: 'Objects not understood' });
    const items = within(list).getAllByRole('listitem');
    expect(items.map(i => i.textContent)).toEqual(
      notUnderstood.objects.map(
        o =>
          `${o.kind.split('/')[1]} ${
            o.namespace ? `${o.namespace}/${o.name}` : o.name
          }: ${o.reasons.join('; ')}`,
      ),
    );
  });

  it('says nothing where every object is understood, or where not asked to', async () => {
    await renderInTestApp(
      <>
        <ClusterHealthStatus health={{ state: 'synced' }} showNotUnderstood />
        <ClusterHealthStatus health={{ state: 'synced', notUnderstood }} />
      </>,
    );
    expect(screen.queryByText(/not understood/)).not.toBeInTheDocument();
  });
});
