import type {
  LoggerService,
  SchedulerServiceTaskRunner,
} from '@backstage/backend-plugin-api';
import {
  ANNOTATION_LOCATION,
  ANNOTATION_ORIGIN_LOCATION,
  ResourceEntity,
} from '@backstage/catalog-model';
import type {
  EntityProvider,
  EntityProviderConnection,
} from '@backstage/plugin-catalog-node';
import {
  AI_PLATFORM_PREFIX,
  TOPOLOGY_REGION_LABEL,
} from '@ai-platform/backstage-plugin-ai-platform-common';
import type {
  ClusterSource,
  ClusterView,
} from '@ai-platform/backstage-plugin-ai-platform-node';
import { catalogLabels } from './labels';

/** The entity of one cluster. Exported for tests and for other providers that link to clusters. */
export function clusterToEntity(
  cluster: Pick<ClusterView, 'name' | 'title' | 'description' | 'labels'>,
  options: { owner: string; system?: string; logger?: LoggerService },
): ResourceEntity {
  const labels = catalogLabels(
    cluster.labels,
    key => key.startsWith(AI_PLATFORM_PREFIX) || key === TOPOLOGY_REGION_LABEL,
    `Cluster '${cluster.name}'`,
    options.logger,
  );
  const location = `ai-platform:cluster/${cluster.name}`;
  return {
    apiVersion: 'backstage.io/v1alpha1',
    kind: 'Resource',
    metadata: {
      name: cluster.name,
      title: cluster.title,
      description: cluster.description,
      labels,
      annotations: {
        [ANNOTATION_LOCATION]: location,
        [ANNOTATION_ORIGIN_LOCATION]: location,
        // The stock Kubernetes plugin finds the cluster's workloads by this id.
        'backstage.io/kubernetes-id': cluster.name,
      },
    },
    spec: {
      type: 'kubernetes-cluster',
      owner: options.owner,
      ...(options.system ? { system: options.system } : {}),
    },
  };
}

/**
 * Writes one `Resource` of type `kubernetes-cluster` per cluster the AI
 * Platform backend watches, carrying its sovereignty labels. Reads the
 * cluster layer's configuration only, so a cluster that is down keeps its
 * entity.
 */
export class ClusterEntityProvider implements EntityProvider {
  private connection?: EntityProviderConnection;

  constructor(
    private readonly options: {
      clusters: ClusterSource;
      owner: string;
      system?: string;
      logger: LoggerService;
      taskRunner: SchedulerServiceTaskRunner;
    },
  ) {}

  getProviderName(): string {
    return 'ai-platform-clusters';
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
        'ClusterEntityProvider is not connected to the catalog yet',
      );
    }
    const { owner, system, logger } = this.options;
    const entities = this.options.clusters
      .clusters()
      .map(cluster => clusterToEntity(cluster, { owner, system, logger }));
    await this.connection.applyMutation({
      type: 'full',
      entities: entities.map(entity => ({
        entity,
        locationKey: this.getProviderName(),
      })),
    });
    logger.info(
      `Wrote ${entities.length} kubernetes-cluster entities to the catalog`,
    );
  }
}
