import type { Entity } from '@backstage/catalog-model';
import {
  renderInTestApp,
  TestApiProvider,
} from '@backstage/frontend-test-utils';
import {
  EntityProvider,
  entityRouteRef,
} from '@backstage/plugin-catalog-react';
import { screen, within } from '@testing-library/react';
import { type AiPlatformApi, aiPlatformApiRef } from '../../api';
import { overview, overviewOf, parGpus } from '../../testing/gpuFixtures';
import { EntityClusterGpuContent } from './EntityClusterGpuContent';

const clusterEntity = (
  name: string,
  annotations: Record<string, string> = {},
): Entity => ({
  apiVersion: 'backstage.io/v1alpha1',
  kind: 'Resource',
  metadata: { name, annotations },
  spec: {
    type: 'kubernetes-cluster',
    owner: 'group:default/platform-engineering',
  },
});

function renderTab(entity: Entity, api: Partial<AiPlatformApi>) {
  return renderInTestApp(
    <TestApiProvider apis={[[aiPlatformApiRef, api]]}>
      <EntityProvider entity={entity}>
        <EntityClusterGpuContent />
      </EntityProvider>
    </TestApiProvider>,
    { mountedRoutes: { '/catalog/:namespace/:kind/:name': entityRouteRef } },
  );
}

describe('EntityClusterGpuContent', () => {
  it('asks for the cluster named by the entity and shows its pools, quotas and queues', async () => {
    const getGpuOverview = jest.fn().mockResolvedValue(overviewOf(parGpus));
    await renderTab(
      clusterEntity('eu-hyperscaler-par', {
        'backstage.io/kubernetes-id': 'eu-hyperscaler-par',
      }),
      { getGpuOverview },
    );

    expect(await screen.findByText('GPU pools by product (5)')).toBeVisible();
    expect(getGpuOverview).toHaveBeenCalledWith({
      cluster: 'eu-hyperscaler-par',
    });
    expect(screen.getByText('MIG 2g.20gb')).toBeVisible();
    expect(screen.getByText('time-sliced ×4')).toBeVisible();
    expect(screen.getByText('3 of 16 MIG 1g.10gb slices')).toBeVisible();
    expect(screen.getByText('KAI Queue')).toBeVisible();
    expect(screen.getAllByText('Stale')[0]).toBeVisible();
    const summary = screen.getByRole('list', { name: 'GPU summary' });
    expect(
      within(summary).getByRole('listitem', {
        name: 'MIG slices allocated: 4 of 64 slices',
      }),
    ).toBeVisible();
  });

  it('says so when the backend watches no cluster of that name', async () => {
    await renderTab(clusterEntity('old-cluster'), {
      getGpuOverview: async () => ({ ...overview, clusters: [] }),
    });

    expect(
      await screen.findByText(
        'The AI Platform backend does not watch a cluster named old-cluster',
      ),
    ).toBeVisible();
  });
});
