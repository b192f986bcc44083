import { aiPlatformModelsReadPermission } from '@ai-platform/backstage-plugin-ai-platform-common';
import type {
  ClusterSource,
  ModelSource,
} from '@ai-platform/backstage-plugin-ai-platform-node';
import type { GpuService } from '../gpu/GpuService';
import type { DomainModule } from '../domain';
import { registerServingActions } from './actions';
import { ServingService } from './ServingService';

/**
 * The serving domain: inference services and how requests reach them, over
 * REST and as actions.
 */
export function createServingModule(options: {
  clusters: ClusterSource;
  models: ModelSource;
  gpu: GpuService;
}): DomainModule<ServingService> {
  const service = new ServingService(options);
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
        const { cluster, namespace, service: name } = req.query;
        res.json({ ...service.routing({ cluster, namespace, service: name }) });
      });
      router.get('/serving/inference-services', async (req, res) => {
        const { cluster, namespace, service: name } = req.query;
        res.json({
          ...(await service.inventory({ cluster, namespace, service: name })),
        });
      });
    },
  };
}
