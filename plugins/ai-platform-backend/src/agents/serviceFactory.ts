import {
  coreServices,
  createServiceFactory,
} from '@backstage/backend-plugin-api';
import {
  agentRegistryServiceRef,
  clusterSourceServiceRef,
} from '@ai-platform/backstage-plugin-ai-platform-node';
import { readSovereigntyRules } from '../sovereignty/config';
import { AgentService } from './AgentService';
import { readAgentsConfig } from './config';

/**
 * Provides the agent registry to every plugin of a backend: one instance
 * over the shared cluster layer, so the REST API, the actions and the
 * catalog module read the same answers.
 *
 * @public
 */
export const agentRegistryServiceFactory = createServiceFactory({
  service: agentRegistryServiceRef,
  deps: {
    config: coreServices.rootConfig,
    logger: coreServices.rootLogger,
    clusters: clusterSourceServiceRef,
  },
  factory({ config, logger, clusters }) {
    return new AgentService({
      clusters,
      config: readAgentsConfig(config),
      rules: readSovereigntyRules(config),
      logger: logger.child({ service: 'ai-platform-agents' }),
    });
  },
});
