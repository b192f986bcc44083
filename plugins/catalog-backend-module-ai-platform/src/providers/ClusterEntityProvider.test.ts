import { mockServices } from '@backstage/backend-test-utils';
import type { EntityProviderConnection } from '@backstage/plugin-catalog-node';
import type {
  ClusterSource,
  ClusterView,
} from '@ai-platform/backstage-plugin-ai-platform-node';
import {
  ClusterEntityProvider,
  clusterToEntity,
} from './ClusterEntityProvider';

function view(
  name: string,
  labels: Record<string, string>,
  extra: Partial<ClusterView> = {},
): ClusterView {
  return {
    name,
    labels,
    health: { state: 'error', error: 'unreachable' },
    servedKinds: [],
    list: () => [],
    ...extra,
  };
}

describe('clusterToEntity', () => {
  it('makes a kubernetes-cluster Resource with the sovereignty labels', () => {
    const entity = clusterToEntity(
      view(
        'eu-sovereign-fra',
        {
          'ai-platform.io/jurisdiction': 'DE',
          'ai-platform.io/non-eu-law-exposure': 'none',
          'team.example.com/cost-centre': '42',
        },
        { title: 'Frankfurt (sovereign)', description: 'H100 cluster' },
      ),
      {
        owner: 'group:default/platform-engineering',
        system: 'system:default/ai-platform',
      },
    );
    expect(entity).toEqual({
      apiVersion: 'backstage.io/v1alpha1',
      kind: 'Resource',
      metadata: {
        name: 'eu-sovereign-fra',
        title: 'Frankfurt (sovereign)',
        description: 'H100 cluster',
        labels: {
          'ai-platform.io/jurisdiction': 'DE',
          'ai-platform.io/non-eu-law-exposure': 'none',
        },
        annotations: {
          'backstage.io/managed-by-location':
            'ai-platform:cluster/eu-sovereign-fra',
          'backstage.io/managed-by-origin-location':
            'ai-platform:cluster/eu-sovereign-fra',
          'backstage.io/kubernetes-id': 'eu-sovereign-fra',
        },
      },
      spec: {
        type: 'kubernetes-cluster',
        owner: 'group:default/platform-engineering',
        system: 'system:default/ai-platform',
      },
    });
  });

  it('leaves out a label value the catalog would reject, and says so', () => {
    const logger = mockServices.logger.mock();
    const entity = clusterToEntity(
      view('x', { 'ai-platform.io/region': 'Paris, France' }),
      { owner: 'group:default/a', logger },
    );
    expect(entity.metadata.labels).toEqual({});
    expect(logger.warn).toHaveBeenCalledWith(
      expect.stringContaining(
        "label ai-platform.io/region='Paris, France' is not a valid catalog label value",
      ),
    );
  });
});

describe('ClusterEntityProvider', () => {
  it('writes every configured cluster, reachable or not, as one full mutation', async () => {
    const clusters: ClusterSource = {
      clusters: () => [view('a', {}), view('b', {})],
      cluster: () => undefined,
    };
    const connection = {
      applyMutation: jest.fn(),
      refresh: jest.fn(),
    } as unknown as EntityProviderConnection;
    const taskRunner = { run: jest.fn(async ({ fn }) => fn()) };
    const provider = new ClusterEntityProvider({
      clusters,
      owner: 'group:default/platform-engineering',
      logger: mockServices.logger.mock(),
      taskRunner: taskRunner as any,
    });

    await provider.connect(connection);

    expect(connection.applyMutation).toHaveBeenCalledWith({
      type: 'full',
      entities: [
        {
          entity: expect.objectContaining({
            metadata: expect.objectContaining({ name: 'a' }),
          }),
          locationKey: 'ai-platform-clusters',
        },
        {
          entity: expect.objectContaining({
            metadata: expect.objectContaining({ name: 'b' }),
          }),
          locationKey: 'ai-platform-clusters',
        },
      ],
    });
  });
});
