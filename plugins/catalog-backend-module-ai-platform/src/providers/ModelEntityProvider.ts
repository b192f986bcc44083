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
  MODEL_LABELS,
  modelEntityNames,
  ModelRegistryInfo,
  ModelSummary,
  OCI_REPOSITORY_ANNOTATION,
} from '@ai-platform/backstage-plugin-ai-platform-common';
import type { ModelSource } from '@ai-platform/backstage-plugin-ai-platform-node';

/** Label values the catalog accepts: 1–63 characters of `[a-zA-Z0-9._-]`, alphanumeric at both ends. */
const LABEL_VALUE = /^[a-zA-Z0-9]([a-zA-Z0-9._-]{0,61}[a-zA-Z0-9])?$/;

/** Entity names: the one rule of `-common`, shared with the portal's links. */
export { modelEntityNames };

/** The entity of one model repository. Exported for tests. */
export function modelToEntity(
  model: ModelSummary,
  options: {
    name: string;
    registry?: ModelRegistryInfo;
    owner: string;
    system?: string;
    logger?: LoggerService;
  },
): ResourceEntity {
  const labels: Record<string, string> = {};
  const candidates: Array<[string, string | undefined]> = [
    // Where the model is stored: the registry's sovereignty labels.
    ...Object.entries(options.registry?.labels ?? {}).filter(([key]) =>
      key.startsWith(AI_PLATFORM_PREFIX),
    ),
    [MODEL_LABELS.family, model.family],
    [MODEL_LABELS.license, model.licenses[0]],
    [MODEL_LABELS.packaging, model.packaging],
  ];
  for (const [key, value] of candidates) {
    if (!value) continue;
    if (LABEL_VALUE.test(value)) labels[key] = value;
    else
      options.logger?.warn(
        `Model ${model.ref}: label ${key}='${value}' is not a valid catalog label value and was left out`,
      );
  }
  const location = `ai-platform:model/${model.ref}`;
  const description = [
    model.vendor && `By ${model.vendor}.`,
    model.latest &&
      `Latest version ${model.latest.tag} (${model.latest.digest.slice(
        0,
        19,
      )}), ${model.versionCount} tags.`,
    model.licenses.length > 1 && `Licences: ${model.licenses.join(', ')}.`,
  ]
    .filter(Boolean)
    .join(' ');
  return {
    apiVersion: 'backstage.io/v1alpha1',
    kind: 'Resource',
    metadata: {
      name: options.name,
      title: model.title ?? model.name ?? model.repository,
      ...(description ? { description } : {}),
      labels,
      annotations: {
        [ANNOTATION_LOCATION]: location,
        [ANNOTATION_ORIGIN_LOCATION]: location,
        [OCI_REPOSITORY_ANNOTATION]: model.ref,
      },
    },
    spec: {
      type: 'ai-model',
      owner: model.owner ?? options.owner,
      ...(options.system ? { system: options.system } : {}),
    },
  };
}

/**
 * Writes one `Resource` of type `ai-model` per model repository of the
 * configured registries: owner from the manifest annotation or the
 * registry, family, licence and packaging as labels, the registry's
 * sovereignty labels, and the repository as an annotation. Each refresh
 * rescans the registries through the models domain, whose digest cache
 * keeps unchanged versions from being read again.
 */
export class ModelEntityProvider implements EntityProvider {
  private connection?: EntityProviderConnection;

  constructor(
    private readonly options: {
      models: ModelSource;
      owner: string;
      system?: string;
      logger: LoggerService;
      taskRunner: SchedulerServiceTaskRunner;
    },
  ) {}

  getProviderName(): string {
    return 'ai-platform-models';
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
        'ModelEntityProvider is not connected to the catalog yet',
      );
    }
    const { models, owner, system, logger } = this.options;
    await models.refresh();
    const list = await models.listModels();
    const failed = list.registries.filter(r => r.error);
    if (failed.length > 0) {
      // A registry that cannot be listed would otherwise delete its models' entities.
      logger.warn(
        `Not writing ai-model entities: registries ${failed
          .map(r => `'${r.name}' (${r.error})`)
          .join(', ')} could not be listed; the entities stay as they were`,
      );
      return;
    }
    const names = modelEntityNames(list.models);
    const entities = list.models.map(model =>
      modelToEntity(model, {
        name: names.get(model.ref)!,
        registry: list.registries.find(r => r.name === model.registry),
        owner,
        system,
        logger,
      }),
    );
    await this.connection.applyMutation({
      type: 'full',
      entities: entities.map(entity => ({
        entity,
        locationKey: this.getProviderName(),
      })),
    });
    logger.info(`Wrote ${entities.length} ai-model entities to the catalog`);
  }
}
