import type {
  AgentList,
  AgentListFilter,
  AiAgent,
  ClusterHealth,
  McpServerList,
  SovereigntyRule,
} from '@ai-platform/backstage-plugin-ai-platform-common';
import type {
  AgentRegistry,
  CachedObject,
  ClusterSource,
} from '@ai-platform/backstage-plugin-ai-platform-node';
import type { LoggerService } from '@backstage/backend-plugin-api';
import { teamRef } from '../gpu/teams';
import { listsOf, readCluster } from './clusterAgents';
import type { AgentsConfig } from './config';
import { buildRegistry, RegistryAgent, RegistryServer } from './registry';

interface Snapshot {
  names: string;
  lists: ReadonlyArray<CachedObject>[];
  agents: RegistryAgent[];
  servers: RegistryServer[];
}

/**
 * The agent and MCP server registry over the clusters' watch caches. Reads
 * are computed from what the caches hold now, and recomputed only when one of
 * the lists they read has changed, so a new agent shows up with its watch
 * event and no restart. Routers, actions and the catalog provider are thin
 * adapters over this class.
 */
export class AgentService implements AgentRegistry {
  private snapshot?: Snapshot;
  /** Objects already reported as unusable, with the reasons given. */
  private readonly reported = new WeakMap<CachedObject, Set<string>>();

  constructor(
    private readonly options: {
      clusters: ClusterSource;
      config: AgentsConfig;
      rules: readonly SovereigntyRule[];
      logger: LoggerService;
    },
  ) {}

  listAgents(filter: AgentListFilter = {}): AgentList {
    const { agents, health } = this.read();
    const owner = filter.owner?.trim() ? teamRef(filter.owner) : undefined;
    const q = filter.q?.trim().toLocaleLowerCase('en-US');
    const items = agents
      .filter(a => !filter.cluster || a.ref.cluster === filter.cluster)
      .filter(a => !owner || a.owner === owner)
      .filter(a => !q || searchText(a).includes(q))
      .map(a => ({ ...a, clusterHealth: health.get(a.ref.cluster)! }));
    return { items, clusters: this.clusterStates(health, filter.cluster) };
  }

  getAgent(
    cluster: string,
    namespace: string,
    name: string,
  ): AiAgent | undefined {
    const { agents, health } = this.read();
    const found = agents.find(a => a.id === `${cluster}/${namespace}/${name}`);
    return found && { ...found, clusterHealth: health.get(cluster)! };
  }

  listMcpServers(): McpServerList {
    const { servers, health } = this.read();
    return {
      items: servers.map(s => ({
        ...s,
        clusterHealth: health.get(s.ref.cluster)!,
      })),
      clusters: this.clusterStates(health),
    };
  }

  private clusterStates(health: Map<string, ClusterHealth>, only?: string) {
    return [...health]
      .filter(([cluster]) => !only || cluster === only)
      .map(([cluster, h]) => ({ cluster, health: h }));
  }

  private read(): Snapshot & { health: Map<string, ClusterHealth> } {
    const views = this.options.clusters.clusters();
    const health = new Map(views.map(v => [v.name, v.health]));
    const names = views.map(v => v.name).join('\n');
    const lists = views.flatMap(listsOf);
    const last = this.snapshot;
    if (
      last &&
      last.names === names &&
      last.lists.length === lists.length &&
      last.lists.every((l, i) => l === lists[i])
    ) {
      return { ...last, health };
    }
    const clusters = views.map(v => readCluster(v, this.report));
    const { agents, servers } = buildRegistry(clusters, {
      trustDomain: this.options.config.trustDomain,
      defaultOwner: this.options.config.defaultOwner,
      rules: this.options.rules,
    });
    this.snapshot = { names, lists, agents, servers };
    return { ...this.snapshot, health };
  }

  private readonly report = (
    object: CachedObject,
    cluster: string,
    reason: string,
  ) => {
    const seen = this.reported.get(object) ?? new Set<string>();
    if (seen.has(reason)) return;
    seen.add(reason);
    this.reported.set(object, seen);
    const { namespace, name } = object.metadata ?? {};
    this.options.logger.warn(
      `Left out part or all of ${object.kind} ${namespace ?? '?'}/${
        name ?? '?'
      } in cluster ${cluster}, because ${reason}.`,
    );
  };
}

function searchText(agent: RegistryAgent): string {
  return [
    agent.ref.name,
    agent.ref.namespace,
    agent.ref.cluster,
    agent.description,
    agent.model?.model,
    agent.model?.modelConfig,
    ...agent.mcpServers.map(s => s.ref.name),
    ...agent.skills.map(s => s.name),
  ]
    .filter(Boolean)
    .join('\n')
    .toLocaleLowerCase('en-US');
}
