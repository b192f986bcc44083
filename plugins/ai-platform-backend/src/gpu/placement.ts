import {
  evaluateSovereignty,
  SovereigntyRule,
} from '@ai-platform/backstage-plugin-ai-platform-common';
import type { PlacementCheck } from './finder';

/**
 * The finder's sovereignty check: the one evaluator of `-common`, asked
 * whether a workload of the classification may run on the cluster and
 * namespace. Only findings that are not compliant become reasons.
 */
export function sovereigntyPlacementCheck(
  rules: readonly SovereigntyRule[],
): PlacementCheck {
  return ({
    classification,
    cluster,
    namespace,
    clusterLabels,
    namespaceLabels,
  }) => {
    const evaluation = evaluateSovereignty(
      {
        kind: 'workload',
        name: namespace ? `${cluster}/${namespace}` : `on ${cluster}`,
        classification,
        placement: {
          cluster: clusterLabels,
          namespace: namespaceLabels,
        },
      },
      rules,
    );
    return {
      status: evaluation.status,
      reasons: evaluation.findings
        .filter(f => f.status !== 'compliant')
        .map(f => f.message),
    };
  };
}
