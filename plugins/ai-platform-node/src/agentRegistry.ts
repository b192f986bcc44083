import { createServiceRef } from '@backstage/backend-plugin-api';
import type {
  AgentList,
  AgentListFilter,
  AiAgent,
  McpServerList,
} from '@ai-platform/backstage-plugin-ai-platform-common';

/**
 * The agent and MCP server registry, computed from the clusters' watch
 * caches. Answers are what the caches hold at the moment of the call, so an
 * agent created in a cluster is listed as soon as its watch event arrives.
 *
 * @public
 */
export interface AgentRegistry {
  /** Agents of every cluster, filtered. */
  listAgents(filter?: AgentListFilter): AgentList;
  /** One agent, or undefined when no such agent is cached. */
  getAgent(
    cluster: string,
    namespace: string,
    name: string,
  ): AiAgent | undefined;
  /** MCP servers of every cluster with their tools and the agents that use them. */
  listMcpServers(): McpServerList;
}

/**
 * The agent registry of the AI Platform backend, for its routes and actions
 * and for other backend plugins and modules (the catalog module writes
 * agents and MCP servers as entities from it).
 *
 * @public
 */
export const agentRegistryServiceRef = createServiceRef<AgentRegistry>({
  id: 'ai-platform.agent-registry',
  scope: 'root',
});
