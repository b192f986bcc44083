import {
  AI_PLATFORM_ANNOTATIONS,
  SOVEREIGNTY_LABELS,
  type AgentListFilter,
  type AiAgent,
} from '@ai-platform/backstage-plugin-ai-platform-common';
import {
  type Entity,
  parseEntityRef,
  stringifyEntityRef,
} from '@backstage/catalog-model';

/**
 * One row of the agent registry: an agent discovered in a cluster, or an
 * `ai-agent` entity of the catalog that runs in no watched cluster.
 */
export type AgentRow =
  | { kind: 'discovered'; id: string; agent: AiAgent; searchText: string }
  | { kind: 'registered'; id: string; entity: Entity; searchText: string };

/** Catalog agents the catalog module made from a cluster carry its annotation. */
export function isRegisteredOnly(entity: Entity): boolean {
  return !entity.metadata.annotations?.[AI_PLATFORM_ANNOTATIONS.cluster];
}

/** A Group entity ref in full, from a name or a ref. */
export function ownerRef(owner: string): string {
  try {
    return stringifyEntityRef(
      parseEntityRef(owner, {
        defaultKind: 'group',
        defaultNamespace: 'default',
      }),
    );
  } catch {
    return owner;
  }
}

export function entityOwner(entity: Entity): string | undefined {
  const owner = entity.spec?.owner;
  return typeof owner === 'string' ? ownerRef(owner) : undefined;
}

export function entityApis(entity: Entity): string[] {
  const apis = entity.spec?.consumesApis;
  return Array.isArray(apis)
    ? apis.filter((a): a is string => typeof a === 'string')
    : [];
}

export function entityJurisdiction(entity: Entity): string | undefined {
  return entity.metadata.labels?.[SOVEREIGNTY_LABELS.jurisdiction];
}

/**
 * Applies the backend's filters to the registered-only agents: they run in
 * no watched cluster, so a cluster filter leaves them all out.
 */
export function matchesFilter(
  entity: Entity,
  filter: AgentListFilter,
): boolean {
  if (filter.cluster) return false;
  if (filter.owner && entityOwner(entity) !== ownerRef(filter.owner)) {
    return false;
  }
  if (filter.q) {
    const text = [
      entity.metadata.name,
      entity.metadata.title,
      entity.metadata.description,
      ...entityApis(entity),
    ]
      .filter(Boolean)
      .join(' ')
      .toLocaleLowerCase('en-US');
    if (!text.includes(filter.q.toLocaleLowerCase('en-US'))) return false;
  }
  return true;
}

/** Discovered agents first (as the backend ordered them), then the registered ones by name. */
export function toAgentRows(
  agents: AiAgent[],
  catalogAgents: Entity[],
  filter: AgentListFilter,
): AgentRow[] {
  const discovered: AgentRow[] = agents.map(agent => ({
    kind: 'discovered',
    id: agent.id,
    agent,
    searchText: [
      agent.ref.name,
      agent.ref.namespace,
      agent.ref.cluster,
      agent.owner,
      agent.model?.model,
      ...agent.mcpServers.flatMap(s => [s.ref.name, ...s.toolNames]),
    ]
      .filter(Boolean)
      .join(' '),
  }));
  const registered: AgentRow[] = catalogAgents
    .filter(isRegisteredOnly)
    .filter(entity => matchesFilter(entity, filter))
    .sort((a, b) => a.metadata.name.localeCompare(b.metadata.name))
    .map(entity => ({
      kind: 'registered',
      id: stringifyEntityRef(entity),
      entity,
      searchText: [
        entity.metadata.name,
        entity.metadata.title,
        entityOwner(entity),
        ...entityApis(entity),
      ]
        .filter(Boolean)
        .join(' '),
    }));
  return [...discovered, ...registered];
}
