import type {
  LoggerService,
  SchedulerServiceTaskRunner,
} from '@backstage/backend-plugin-api';
import type { Entity } from '@backstage/catalog-model';
import type {
  EntityProvider,
  EntityProviderConnection,
} from '@backstage/plugin-catalog-node';
import type { AgentRegistry } from '@ai-platform/backstage-plugin-ai-platform-node';
import { agentToEntity, mcpServerToEntity } from './agentEntities';

/**
 * Writes one `Component` of type `ai-agent` per kagent agent and one `API`
 * of type `mcp-server` per MCP server the AI Platform backend sees, as one
 * full mutation so that deleted agents leave the catalog too. The registry
 * reads the live watch caches; the schedule decides how soon a new agent
 * becomes an entity.
 */
export class AgentEntityProvider implements EntityProvider {
  private connection?: EntityProviderConnection;
  /** The entities last written per cluster. */
  private readonly written = new Map<string, Entity[]>();

  constructor(
    private readonly options: {
      agents: AgentRegistry;
      system?: string;
      logger: LoggerService;
      taskRunner: SchedulerServiceTaskRunner;
    },
  ) {}

  getProviderName(): string {
    return 'ai-platform-agents';
  }

  async connect(connection: EntityProviderConnection): Promise<void> {
    this.connection = connection;
    await this.options.taskRunner.run({
      id: `${this.getProviderName()}:refresh`,
      fn: () => this.refresh(),
    });
  }

  async refresh(): Promise<void> {
    if (!this.connection) {
      throw new Error(
        'AgentEntityProvider is not connected to the catalog yet',
      );
    }
    const { agents, system, logger } = this.options;
    const agentList = agents.listAgents();
    const serverList = agents.listMcpServers();
    const fresh = new Map<string, Entity[]>();
    const add = (cluster: string, entity: Entity) =>
      fresh.set(cluster, [...(fresh.get(cluster) ?? []), entity]);
    for (const agent of agentList.items) {
      add(agent.ref.cluster, agentToEntity(agent, { system, logger }));
    }
    for (const server of serverList.items) {
      add(server.ref.cluster, mcpServerToEntity(server, { system, logger }));
    }
    const entities: Entity[] = [];
    const waiting: string[] = [];
    for (const { cluster, health } of agentList.clusters) {
      // A cluster still syncing or unreachable has an empty cache, not zero
      // agents: keep what was written for it rather than delete its entities.
      const usable = health.state === 'synced' || health.state === 'stale';
      const written = usable
        ? fresh.get(cluster) ?? []
        : this.written.get(cluster) ?? [];
      if (!usable) waiting.push(`${cluster} (${health.state})`);
      this.written.set(cluster, written);
      entities.push(...written);
    }
    await this.connection.applyMutation({
      type: 'full',
      entities: entities.map(entity => ({
        entity,
        locationKey: this.getProviderName(),
      })),
    });
    const count = (kind: string) =>
      entities.filter(e => e.kind === kind).length;
    const kept = waiting.length
      ? `; kept the last entities written for ${waiting.join(', ')}`
      : '';
    logger.info(
      `Wrote ${count('Component')} ai-agent and ${count(
        'API',
      )} mcp-server entities to the catalog${kept}`,
    );
  }
}
