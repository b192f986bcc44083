import type {
  InferenceServiceInventory,
  RoutingOverview,
} from '@ai-platform/backstage-plugin-ai-platform-common';
import type {
  ClusterSource,
  ModelSource,
} from '@ai-platform/backstage-plugin-ai-platform-node';
import type { GpuService } from '../gpu/GpuService';
import { requireKnown } from '../tools/names';
import { clusterInventory, SERVICE_KINDS } from './inventory';
import { pathTo } from './path';
import { clusterRouting } from './routing';

/** Which part of the clusters a question is about. */
export interface ServingFilter {
  cluster?: string;
  namespace?: string;
  /** Only the path to this InferenceService or LLMInferenceService (by name). */
  service?: string;
}

/**
 * The serving domain: the KServe inference services of every cluster and
 * how requests reach them (Gateways, HTTPRoutes, InferencePools,
 * InferenceObjectives), read from the watch caches.
 */
export class ServingService {
  constructor(
    private readonly options: {
      clusters: ClusterSource;
      models: Pick<ModelSource, 'listDeployments'>;
      gpu: Pick<GpuService, 'clusterPods' | 'isGpuDeviceClass'>;
    },
  ) {}

  private views(filter: ServingFilter) {
    const { clusters } = this.options;
    requireKnown(
      'cluster',
      filter.cluster,
      clusters.clusters().map(c => c.name),
    );
    return clusters
      .clusters()
      .filter(v => !filter.cluster || v.name === filter.cluster);
  }

  /**
   * Every route, pool and objective, with references resolved and problems
   * flagged; with `service`, only the path to that service.
   */
  routing(filter: ServingFilter = {}): RoutingOverview {
    const views = this.views(filter);
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
      let found = clusterRouting(view);
      if (filter.service) {
        const services = [
          ...view.list(SERVICE_KINDS.isvc),
          ...view.list(SERVICE_KINDS.llmisvc),
        ].filter(
          s =>
            s.metadata.name === filter.service &&
            (!filter.namespace || s.metadata.namespace === filter.namespace),
        );
        const paths = services.map(s =>
          pathTo(
            view,
            found,
            {
              kind: s.kind,
              namespace: s.metadata.namespace ?? '',
              name: s.metadata.name,
            },
            s,
          ),
        );
        found = {
          routes: [...new Set(paths.flatMap(p => p.routes))],
          pools: [...new Set(paths.flatMap(p => p.pools))],
          objectives: [...new Set(paths.flatMap(p => p.objectives))],
        };
      }
      overview.routes.push(...inNamespace(found.routes));
      overview.pools.push(...inNamespace(found.pools));
      overview.objectives.push(...inNamespace(found.objectives));
    }
    return overview;
  }

  /**
   * Every InferenceService and LLMInferenceService: model and the version it
   * runs, replicas, GPUs per replica and held, routes in front of it.
   */
  async inventory(
    filter: ServingFilter = {},
  ): Promise<InferenceServiceInventory> {
    const views = this.views(filter);
    const deployments = await this.options.models.listDeployments();
    const items = views.flatMap(view =>
      clusterInventory(view, {
        gpuPods: this.options.gpu.clusterPods(view.name),
        isGpuClass: this.options.gpu.isGpuDeviceClass(view.name),
        deployments,
        routing: clusterRouting(view),
      }).filter(
        row =>
          (!filter.namespace || row.namespace === filter.namespace) &&
          (!filter.service || row.name === filter.service),
      ),
    );
    return {
      generatedAt: new Date().toISOString(),
      clusters: views.map(v => ({ cluster: v.name, health: v.health })),
      items,
    };
  }
}
