import {
  AI_PLATFORM_ANNOTATIONS,
  ClusterPlacementList,
  evaluateSovereignty,
  SOVEREIGNTY_LABELS,
  SovereigntyCallTarget,
  SovereigntyReport,
  SovereigntyReportItem,
  SovereigntyRule,
  SovereigntySubject,
} from '@ai-platform/backstage-plugin-ai-platform-common';
import type { ClusterSource } from '@ai-platform/backstage-plugin-ai-platform-node';
import type { BackstageCredentials } from '@backstage/backend-plugin-api';
import {
  Entity,
  RELATION_CONSUMES_API,
  RELATION_DEPENDS_ON,
  stringifyEntityRef,
} from '@backstage/catalog-model';
import { NotFoundError } from '@backstage/errors';
import type { CatalogService } from '@backstage/plugin-catalog-node';
import { checkPlacement } from './placementCheck';

/** Backstage's annotation of the namespace a Kubernetes workload runs in. */
const KUBERNETES_NAMESPACE_ANNOTATION = 'backstage.io/kubernetes-namespace';

const SOVEREIGNTY_KEYS = Object.values(SOVEREIGNTY_LABELS) as string[];

/** Entity types that must carry sovereignty labels: without them they are unknown, not skipped. */
const GOVERNED_TYPES = new Set([
  'inference-service',
  'ai-agent',
  'mcp-server',
  'ai-model',
  'kubernetes-cluster',
]);

const sovereigntyLabels = (labels: Record<string, string> = {}) =>
  Object.fromEntries(
    Object.entries(labels).filter(([key]) => SOVEREIGNTY_KEYS.includes(key)),
  );

const specType = (entity: Entity) =>
  typeof entity.spec?.type === 'string' ? entity.spec.type : undefined;

/**
 * Sovereignty of what the catalog and the clusters hold: one verdict per
 * entity (inference services, agents with the MCP servers and models they
 * call, MCP servers, models, clusters) and per labelled namespace, all from
 * the one evaluator of `-common`.
 */
export class SovereigntyService {
  constructor(
    private readonly options: {
      catalog: CatalogService;
      clusters: ClusterSource;
      rules: readonly SovereigntyRule[];
    },
  ) {}

  /** The verdict of one entity; 404 when the catalog has no such entity. */
  async entity(
    ref: string,
    credentials: BackstageCredentials,
  ): Promise<SovereigntyReportItem> {
    const { catalog } = this.options;
    const entity = await catalog.getEntityByRef(ref, { credentials });
    if (!entity) {
      throw new NotFoundError(`No entity ${ref} in the catalog`);
    }
    const related = await this.related([entity], credentials);
    return this.evaluateEntity(entity, related);
  }

  /**
   * Every configured cluster judged for a data classification (the `run`
   * rule on the cluster's labels), stale ones included: the labels are
   * configuration, so the verdict does not depend on the cluster answering.
   */
  clusterPlacements(classification: string): ClusterPlacementList {
    const { clusters, rules } = this.options;
    return {
      classification,
      items: clusters.clusters().map(view => ({
        cluster: view.name,
        ...(view.title ? { title: view.title } : {}),
        labels: view.labels,
        health: view.health,
        ...checkPlacement(
          { classification, cluster: view.name },
          clusters,
          rules,
        ),
      })),
    };
  }

  /** Every subject that is not compliant, and how many were evaluated. */
  async report(credentials: BackstageCredentials): Promise<SovereigntyReport> {
    const { items } = await this.options.catalog.getEntities(
      {
        filter: [{ kind: 'Component' }, { kind: 'API' }, { kind: 'Resource' }],
      },
      { credentials },
    );
    const governed = items.filter(e => this.isGoverned(e));
    const related = await this.related(governed, credentials);
    const results = [
      ...governed.map(e => this.evaluateEntity(e, related)),
      ...this.namespaces(),
    ];
    return {
      generatedAt: new Date().toISOString(),
      evaluated: results.length,
      compliant: results.filter(r => r.evaluation.status === 'compliant')
        .length,
      violations: results.filter(r => r.evaluation.status === 'violation'),
      unknown: results.filter(r => r.evaluation.status === 'unknown'),
    };
  }

  private isGoverned(entity: Entity): boolean {
    const type = specType(entity);
    return (
      (type !== undefined && GOVERNED_TYPES.has(type)) ||
      Object.keys(sovereigntyLabels(entity.metadata.labels)).length > 0
    );
  }

  /** The entities an agent calls out to, by ref, fetched in one request. */
  private async related(
    entities: Entity[],
    credentials: BackstageCredentials,
  ): Promise<Map<string, Entity>> {
    const refs = new Set<string>();
    for (const e of entities) {
      for (const r of e.relations ?? []) {
        if ([RELATION_CONSUMES_API, RELATION_DEPENDS_ON].includes(r.type)) {
          refs.add(r.targetRef);
        }
      }
    }
    if (refs.size === 0) return new Map();
    const { items } = await this.options.catalog.getEntitiesByRefs(
      { entityRefs: [...refs] },
      { credentials },
    );
    return new Map(
      items
        .filter((e): e is Entity => Boolean(e))
        .map(e => [stringifyEntityRef(e), e]),
    );
  }

  private evaluateEntity(
    entity: Entity,
    related: Map<string, Entity>,
  ): SovereigntyReportItem {
    const ref = stringifyEntityRef(entity);
    const labels = entity.metadata.labels ?? {};
    const targets = (
      relation: string,
      type?: string,
    ): SovereigntyCallTarget[] =>
      (entity.relations ?? [])
        .filter(r => r.type === relation)
        .map(r => related.get(r.targetRef))
        .filter(
          (e): e is Entity => Boolean(e) && (!type || specType(e!) === type),
        )
        .map(e => ({
          name: e.metadata.title ?? e.metadata.name,
          labels: { entity: e.metadata.labels ?? {} },
        }));
    const name = entity.metadata.title ?? entity.metadata.name;
    const type = specType(entity);
    const where = this.placementOf(entity);
    let subject: SovereigntySubject;
    if (type === 'ai-model') {
      subject = { kind: 'modelVersion', name, registry: { entity: labels } };
    } else if (type === 'ai-agent') {
      subject = {
        kind: 'agent',
        name,
        placement: { ...where, entity: labels },
        mcpServers: targets(RELATION_CONSUMES_API),
        models: targets(RELATION_DEPENDS_ON, 'inference-service'),
      };
    } else {
      subject = {
        kind: 'workload',
        name,
        placement: { ...where, entity: labels },
      };
    }
    return {
      subject: {
        type: 'entity',
        ref,
        title: entity.metadata.title,
        kind: entity.kind,
        specType: type,
      },
      labels: sovereigntyLabels({
        ...where.cluster,
        ...where.namespace,
        ...labels,
      }),
      evaluation: evaluateSovereignty(subject, this.options.rules),
    };
  }

  /**
   * The labels of the cluster and namespace an entity says it runs in
   * (`ai-platform.io/cluster` and `backstage.io/kubernetes-namespace`
   * annotations, as the governed inference-service template writes them):
   * the entity's own labels override the namespace's, which override the
   * cluster's. An unknown cluster adds nothing.
   */
  private placementOf(entity: Entity): {
    cluster?: Record<string, string>;
    namespace?: Record<string, string>;
  } {
    const annotations = entity.metadata.annotations ?? {};
    const clusterName = annotations[AI_PLATFORM_ANNOTATIONS.cluster];
    if (!clusterName) return {};
    const view = this.options.clusters
      .clusters()
      .find(c => c.name === clusterName);
    if (!view) return {};
    const namespaceName = annotations[KUBERNETES_NAMESPACE_ANNOTATION];
    const namespace = namespaceName
      ? view
          .list('core/Namespace')
          .find(ns => ns.metadata.name === namespaceName)
      : undefined;
    return {
      cluster: view.labels,
      ...(namespace?.metadata.labels
        ? { namespace: namespace.metadata.labels }
        : {}),
    };
  }

  /** Namespaces that state a data classification, judged where they run. */
  private namespaces(): SovereigntyReportItem[] {
    const out: SovereigntyReportItem[] = [];
    for (const view of this.options.clusters.clusters()) {
      for (const ns of view.list('core/Namespace')) {
        const labels = ns.metadata.labels ?? {};
        if (!labels[SOVEREIGNTY_LABELS.dataClassification]) continue;
        const namespace = ns.metadata.name;
        out.push({
          subject: {
            type: 'namespace',
            cluster: view.name,
            namespace,
            clusterRef: `resource:default/${view.name}`,
          },
          labels: sovereigntyLabels({ ...view.labels, ...labels }),
          evaluation: evaluateSovereignty(
            {
              kind: 'workload',
              name: `${view.name}/${namespace}`,
              placement: { cluster: view.labels, namespace: labels },
            },
            this.options.rules,
          ),
        });
      }
    }
    return out;
  }
}
