import type { Entity } from '@backstage/catalog-model';
import {
  renderInTestApp,
  TestApiProvider,
} from '@backstage/frontend-test-utils';
import { EntityProvider } from '@backstage/plugin-catalog-react';
import { screen } from '@testing-library/react';
import { aiPlatformApiRef } from '../../api';
import { gpuCapacityAgent } from '../../testing/agentFixtures';
import {
  agentOfEntity,
  EntityAgentReachCard,
  hasAgentReach,
} from './EntityAgentReachCard';

const entity: Entity = {
  apiVersion: 'backstage.io/v1alpha1',
  kind: 'Component',
  metadata: {
    name: 'eu-hyperscaler-par--platform--cluster-ops-assistant',
    annotations: {
      'ai-platform.io/cluster': 'eu-hyperscaler-par',
      'ai-platform.io/kubernetes-ref':
        'kagent.dev/v1alpha2/Agent/platform/cluster-ops-assistant',
    },
  },
  spec: { type: 'ai-agent', owner: 'group:default/platform-engineering' },
};

describe('EntityAgentReachCard', () => {
  it('finds the Agent from the annotations the catalog provider writes', () => {
    expect(agentOfEntity(entity)).toEqual({
      cluster: 'eu-hyperscaler-par',
      namespace: 'platform',
      name: 'cluster-ops-assistant',
    });
    expect(hasAgentReach(entity)).toBe(true);
    const registered = {
      ...entity,
      metadata: { name: 'hand-registered', annotations: {} },
    };
    expect(hasAgentReach(registered)).toBe(false);
  });

  it('asks for that agent and shows its reach and flags', async () => {
    const getAgent = jest.fn().mockResolvedValue({
      ...gpuCapacityAgent,
      reach: {
        status: 'violation',
        grants: [
          {
            via: 'x',
            viaName: 'MCPServer platform/k8s-reader',
            identity: 'system:serviceaccount:platform:k8s-reader',
            cluster: 'eu-hyperscaler-par',
            namespace: 'eu-inference',
            binding: 'ClusterRoleBinding k8s-reader → ClusterRole k8s-reader',
            access: 'get, list pods',
            classification: 'confidential',
          },
        ],
        flags: [
          {
            code: 'reaches-protected-data',
            status: 'violation',
            via: 'x',
            viaName: 'MCPServer platform/k8s-reader',
            namespaces: ['eu-inference'],
            classification: 'confidential',
            message:
              'MCPServer platform/k8s-reader can read confidential data.',
            fix: 'Narrow the binding.',
          },
        ],
      },
    });
    await renderInTestApp(
      <TestApiProvider apis={[[aiPlatformApiRef, { getAgent }]]}>
        <EntityProvider entity={entity}>
          <EntityAgentReachCard />
        </EntityProvider>
      </TestApiProvider>,
    );
    expect(
      await screen.findByRole('region', { name: 'Reach of this agent' }),
    ).toHaveTextContent('Reach: 1 namespace, 1 flagged');
    expect(getAgent).toHaveBeenCalledWith(
      'eu-hyperscaler-par',
      'platform',
      'cluster-ops-assistant',
    );
    expect(screen.getByText('Fix: Narrow the binding.')).toBeInTheDocument();
  });
});
