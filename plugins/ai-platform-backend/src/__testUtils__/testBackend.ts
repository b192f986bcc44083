import { mockServices, startTestBackend } from '@backstage/backend-test-utils';
import { actionsRegistryServiceMock } from '@backstage/backend-test-utils/alpha';
import { createServiceFactory } from '@backstage/backend-plugin-api';
import { AuthorizeResult } from '@backstage/plugin-permission-common';
import { clusterSourceServiceRef } from '@ai-platform/backstage-plugin-ai-platform-node';
import { agentRegistryServiceFactory } from '../agents/serviceFactory';
import { modelSourceServiceFactory } from '../models/serviceFactory';
import { aiPlatformPlugin } from '../plugin';
import { exampleCluster, staticClusterSource } from './clusterViews';

/** The demo clusters, with us-east-virginia stale as after a lost connection. */
export const demoClusters = createServiceFactory({
  service: clusterSourceServiceRef,
  deps: {},
  factory: () =>
    staticClusterSource([
      exampleCluster('eu-sovereign-fra'),
      exampleCluster('eu-hyperscaler-par'),
      exampleCluster('us-east-virginia', {
        state: 'stale',
        staleSince: '2026-07-15T09:05:00Z',
        error: 'connect ECONNREFUSED 127.0.0.1:6445',
      }),
    ]),
});

/** The plugin over the demo clusters, with every permission decided as `result`. */
export async function startDemoBackend(
  result: AuthorizeResult.ALLOW | AuthorizeResult.DENY = AuthorizeResult.ALLOW,
) {
  const actions = actionsRegistryServiceMock();
  const { server } = await startTestBackend({
    features: [
      aiPlatformPlugin,
      demoClusters,
      agentRegistryServiceFactory,
      // No registries configured: the models domain answers with none.
      modelSourceServiceFactory,
      mockServices.permissions.factory({ result }),
      createServiceFactory({
        service: actionsRegistryServiceMock.factory().service,
        deps: {},
        factory: () => actions,
      }),
    ],
  });
  return { server, actions };
}
