import {
  coreServices,
  createServiceFactory,
} from '@backstage/backend-plugin-api';
import {
  clusterSourceServiceRef,
  modelSourceServiceRef,
} from '@ai-platform/backstage-plugin-ai-platform-node';
import { createRegistrySource } from '../registry/clients';
import { readRegistryConfigs } from '../registry/config';
import { sharedDigestCacheFromConfig } from '../registry/sharedCache';
import { readSovereigntyRules } from '../sovereignty/config';
import { ModelService } from './ModelService';

/**
 * Provides the models domain to every plugin of a backend, over the
 * registries of `aiPlatform.registries` and the cluster layer.
 *
 * @public
 */
export const modelSourceServiceFactory = createServiceFactory({
  service: modelSourceServiceRef,
  deps: {
    config: coreServices.rootConfig,
    logger: coreServices.rootLogger,
    clusters: clusterSourceServiceRef,
  },
  async factory({ config, logger, clusters }) {
    const registries = readRegistryConfigs(config);
    const child = logger.child({ service: 'ai-platform-models' });
    child.info(
      `Reading models from ${registries.length} registries: ${
        registries.map(r => r.name).join(', ') || 'none configured'
      }`,
    );
    const sharedCache = sharedDigestCacheFromConfig(config, child);
    return new ModelService({
      registries,
      sources: new Map(
        registries.map(r => [
          r.name,
          createRegistrySource(r, { logger: child, sharedCache }),
        ]),
      ),
      clusters,
      rules: readSovereigntyRules(config),
      logger: child,
    });
  },
});
