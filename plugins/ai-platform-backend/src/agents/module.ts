import {
  aiPlatformAgentReadPermission,
  SovereigntyRule,
} from '@ai-platform/backstage-plugin-ai-platform-common';
import type {
  AgentRegistry,
  ClusterSource,
} from '@ai-platform/backstage-plugin-ai-platform-node';
import { NotFoundError } from '@backstage/errors';
import type { DomainModule } from '../domain';
import { registerAgentActions } from './actions';

/**
 * The agents domain: the agent registry (provided to every plugin by
 * `agentRegistryServiceFactory`) over REST and as actions.
 */
export function createAgentsModule(options: {
  agents: AgentRegistry;
  clusters: ClusterSource;
  rules: readonly SovereigntyRule[];
}): DomainModule<AgentRegistry> {
  const { agents } = options;
  return {
    service: agents,
    registerActions(actionsRegistry) {
      registerAgentActions(actionsRegistry, options);
    },
    addRoutes(router, { requireRead }) {
      const requireAgentsRead = requireRead(
        aiPlatformAgentReadPermission,
        'the agent registry',
      );
      router.use('/agents', requireAgentsRead);
      router.use('/mcp-servers', requireAgentsRead);

      router.get('/agents', async (req, res) => {
        const { cluster, owner, q } = req.query;
        res.json({ ...agents.listAgents({ cluster, owner, q }) });
      });

      router.get('/agents/:cluster/:namespace/:name', async (req, res) => {
        const { cluster, namespace, name } = req.params;
        const agent = agents.getAgent(cluster, namespace, name);
        if (!agent) {
          throw new NotFoundError(
            `No agent ${namespace}/${name} is cached for cluster '${cluster}'; GET /agents lists the known ones`,
          );
        }
        res.json({ ...agent });
      });

      router.get('/mcp-servers', async (_req, res) => {
        res.json({ ...agents.listMcpServers() });
      });
    },
  };
}
