import type {
  AgentList,
  AgentListFilter,
  McpServerList,
} from '@ai-platform/backstage-plugin-ai-platform-common';
import type { Entity } from '@backstage/catalog-model';
import { useApi } from '@backstage/core-plugin-api';
import { catalogApiRef } from '@backstage/plugin-catalog-react';
import { useRef } from 'react';
import useAsyncRetry from 'react-use/esm/useAsyncRetry';
import useInterval from 'react-use/esm/useInterval';
import { aiPlatformApiRef } from '../api';

/** Agents come and go with deployments; the backend answers from its watch caches. */
export const AGENTS_REFRESH_MS = 30_000;

export interface AgentRegistryState {
  /** The agents for these filters; kept while a refresh runs or fails. */
  agents?: AgentList;
  /** True until the first answer for these filters. */
  loading: boolean;
  /** The error of the last read of the agents, if it failed. */
  error?: Error;
  /** Every MCP server; undefined until read or when the read failed. */
  mcpServers?: McpServerList;
  mcpServersError?: Error;
  /** `ai-agent` Components of the catalog; discovered ones included. */
  catalogAgents?: Entity[];
  catalogError?: Error;
}

/**
 * Reads the registry: agents for a filter (refreshed every 30 seconds, the
 * last answer kept on screen), every MCP server, and the agent entities of
 * the catalog. The three reads fail apart, so one failing source does not
 * hide the others.
 */
export function useAgentRegistry(filter: AgentListFilter): AgentRegistryState {
  const api = useApi(aiPlatformApiRef);
  const catalogApi = useApi(catalogApiRef);
  const { cluster, owner, q } = filter;
  const key = JSON.stringify([cluster, owner, q]);

  // The answer carries the key it was asked for: right after a filter
  // changes, the previous answer is still the hook's value.
  const agents = useAsyncRetry(
    async () => ({ key, list: await api.getAgents({ cluster, owner, q }) }),
    [api, key],
  );
  const servers = useAsyncRetry(() => api.getMcpServers(), [api]);
  const catalog = useAsyncRetry(
    async () =>
      (
        await catalogApi.getEntities({
          filter: { kind: 'Component', 'spec.type': 'ai-agent' },
        })
      ).items,
    [catalogApi],
  );

  const last = useRef<{ key: string; list: AgentList } | undefined>(undefined);
  if (agents.value) last.current = agents.value;
  const lastServers = useRef<McpServerList | undefined>(undefined);
  if (servers.value) lastServers.current = servers.value;
  const lastCatalog = useRef<Entity[] | undefined>(undefined);
  if (catalog.value) lastCatalog.current = catalog.value;

  useInterval(() => {
    if (!agents.loading) agents.retry();
    if (!servers.loading) servers.retry();
    if (!catalog.loading) catalog.retry();
  }, AGENTS_REFRESH_MS);

  const list = last.current?.key === key ? last.current.list : undefined;
  return {
    agents: list,
    loading: agents.loading && !list,
    error: agents.error,
    mcpServers: lastServers.current,
    mcpServersError: servers.error,
    catalogAgents: lastCatalog.current,
    catalogError: catalog.error,
  };
}
