import {
  coreServices,
  createServiceFactory,
} from '@backstage/backend-plugin-api';
import { clusterSourceServiceRef } from '@ai-platform/backstage-plugin-ai-platform-node';
import { KubernetesClusterSource } from './KubernetesClusterSource';

/**
 * Provides the cluster layer to every plugin of a backend: one watch cache
 * per configured cluster for the whole process, started with the backend and
 * stopped on shutdown.
 *
 * @public
 */
export const clusterSourceServiceFactory = createServiceFactory({
  service: clusterSourceServiceRef,
  deps: {
    config: coreServices.rootConfig,
    logger: coreServices.rootLogger,
    lifecycle: coreServices.rootLifecycle,
  },
  async factory({ config, logger, lifecycle }) {
    const source = KubernetesClusterSource.fromConfig(config, {
      logger: logger.child({ service: 'ai-platform-clusters' }),
    });
    source.start();
    lifecycle.addShutdownHook(() => source.stop());
    return source;
  },
});
