import { aiPlatformModelsReadPermission } from '@ai-platform/backstage-plugin-ai-platform-common';
import type { ClusterSource } from '@ai-platform/backstage-plugin-ai-platform-node';
import type { DomainModule } from '../domain';
import { registerServingActions } from './actions';
import { ServingService } from './ServingService';

/**
 * The serving domain: inference services and how requests reach them, over
 * REST and as actions.
 */
export function createServingModule(options: {
  clusters: ClusterSource;
}): DomainModule<ServingService> {
  const service = new ServingService(options.clusters);
  return {
    service,
    registerActions(actionsRegistry) {
      registerServingActions(actionsRegistry, service);
    },
    addRoutes(router, { requireRead }) {
      router.use(
        '/serving',
        requireRead(aiPlatformModelsReadPermission, 'inference services'),
      );
      router.get('/serving/routing', async (req, res) => {
        const { cluster, namespace } = req.query;
        res.json({ ...service.routing({ cluster, namespace }) });
      });
    },
  };
}
