import type { RoutingOverview } from '@ai-platform/backstage-plugin-ai-platform-common';
import type { ClusterSource } from '@ai-platform/backstage-plugin-ai-platform-node';
import { requireKnown } from '../tools/names';
import { clusterRouting } from './routing';

/** Which part of the clusters a routing question is about. */
export interface RoutingFilter {
  cluster?: string;
  namespace?: string;
}

/**
 * The serving domain: how requests reach inference services (Gateways,
 * HTTPRoutes, InferencePools, InferenceObjectives), read from the watch
 * caches of every cluster.
 */
export class ServingService {
  constructor(private readonly clusters: ClusterSource) {}

  /** Every route, pool and objective, with references resolved and problems flagged. */
  routing(filter: RoutingFilter = {}): RoutingOverview {
    requireKnown(
      'cluster',
      filter.cluster,
      this.clusters.clusters().map(c => c.name),
    );
    const views = this.clusters
      .clusters()
      .filter(v => !filter.cluster || v.name === filter.cluster);
    const inNamespace = <T extends { namespace: string }>(items: T[]) =>
      filter.namespace
        ? items.filter(i => i.namespace === filter.namespace)
        : items;
    const overview: RoutingOverview = {
      generatedAt: new Date().toISOString(),
      clusters: views.map(v => ({ name: v.name, health: v.health })),
      routes: [],
      pools: [],
      objectives: [],
    };
    for (const view of views) {
      const found = clusterRouting(view);
      overview.routes.push(...inNamespace(found.routes));
      overview.pools.push(...inNamespace(found.pools));
      overview.objectives.push(...inNamespace(found.objectives));
    }
    return overview;
  }
}
