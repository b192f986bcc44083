import {
  evaluateSovereignty,
  PlacementCheckRequest,
  PlacementCheckResult,
  SovereigntyLabelSources,
  SovereigntyRule,
} from '@ai-platform/backstage-plugin-ai-platform-common';
import type { ClusterSource } from '@ai-platform/backstage-plugin-ai-platform-node';
import { InputError } from '@backstage/errors';
import { unknownName } from '../tools/names';

/** Where a request points: a cluster's labels, a namespace's over them, explicit labels over both. */
function sourcesOf(
  request: PlacementCheckRequest,
  clusters: ClusterSource,
): SovereigntyLabelSources & { missingNamespace?: boolean } {
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
    throw unknownName(
      'cluster',
      cluster,
      clusters.clusters().map(c => c.name),
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
    // Given labels stand for the namespace's; without them its labels are unknown.
    missingNamespace:
      namespace !== undefined && !ns && Object.keys(labels ?? {}).length === 0,
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
  const { missingNamespace, ...placement } = sourcesOf(request, clusters);
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
  if (missingNamespace) {
    // The namespace's labels override the cluster's: without them the
    // answer is not known, whatever the cluster's labels say.
    return {
      status: evaluation.status === 'violation' ? 'violation' : 'unknown',
      classification: evaluation.classification,
      placement: placement.description!,
      findings: [
        {
          aspect: 'run',
          status: 'unknown',
          code: 'unknown-namespace',
          target: `${request.cluster}/${request.namespace}`,
          message: `There is no namespace '${request.namespace}' on cluster ${request.cluster}, so the labels it would carry (which override the cluster's) are not known`,
          fix: 'Check an existing namespace of the cluster, or give the labels the namespace will carry',
        },
        ...evaluation.findings,
      ],
    };
  }
  return {
    status: evaluation.status,
    classification: evaluation.classification,
    placement: placement.description!,
    findings: evaluation.findings,
  };
}
