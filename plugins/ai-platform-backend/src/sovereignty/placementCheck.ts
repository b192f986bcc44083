import {
  evaluateSovereignty,
  PlacementCheckRequest,
  PlacementCheckResult,
  SovereigntyLabelSources,
  SovereigntyRule,
} from '@ai-platform/backstage-plugin-ai-platform-common';
import type { ClusterSource } from '@ai-platform/backstage-plugin-ai-platform-node';
import { InputError } from '@backstage/errors';

/** Where a request points: a cluster's labels, a namespace's over them, explicit labels over both. */
function sourcesOf(
  request: PlacementCheckRequest,
  clusters: ClusterSource,
): SovereigntyLabelSources {
  const { cluster, namespace, labels } = request;
  if (!cluster) {
    if (namespace) {
      throw new InputError(`Give the cluster of namespace '${namespace}'`);
    }
    if (!labels || Object.keys(labels).length === 0) {
      throw new InputError(
        'Give a cluster (and namespace), or the sovereignty labels of the place to check',
      );
    }
    return { entity: labels, description: 'the given labels' };
  }
  const view = clusters.cluster(cluster);
  if (!view) {
    const known = clusters.clusters().map(c => c.name);
    throw new InputError(
      `No cluster named '${cluster}' is configured; use one of ${
        known.join(', ') || '(none)'
      }`,
    );
  }
  const ns = namespace
    ? view.list('core/Namespace').find(n => n.metadata.name === namespace)
    : undefined;
  const description = namespace
    ? `cluster ${cluster}, namespace ${namespace}${
        ns ? '' : ' (not found, so only the cluster labels apply)'
      }`
    : `cluster ${cluster}`;
  return {
    cluster: view.labels,
    namespace: ns?.metadata.labels,
    entity: labels,
    description,
  };
}

/**
 * Whether data of a classification may be processed at a place: the
 * evaluator's status with every finding, compliant ones included.
 */
export function checkPlacement(
  request: PlacementCheckRequest,
  clusters: ClusterSource,
  rules: readonly SovereigntyRule[],
): PlacementCheckResult {
  if (!request.classification?.trim()) {
    throw new InputError(
      'Give the data classification: public, internal, confidential or restricted',
    );
  }
  const placement = sourcesOf(request, clusters);
  const evaluation = evaluateSovereignty(
    {
      kind: 'workload',
      name: request.cluster
        ? [request.cluster, request.namespace].filter(Boolean).join('/')
        : 'at the given labels',
      classification: request.classification,
      placement,
    },
    rules,
  );
  return {
    status: evaluation.status,
    classification: evaluation.classification,
    placement: placement.description!,
    findings: evaluation.findings,
  };
}
