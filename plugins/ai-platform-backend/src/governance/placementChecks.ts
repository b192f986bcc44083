import {
  ConformanceScore,
  SovereigntyRule,
  TEAM_LABEL,
} from '@ai-platform/backstage-plugin-ai-platform-common';
import type {
  ClusterSource,
  ClusterView,
} from '@ai-platform/backstage-plugin-ai-platform-node';
import type { GpuService } from '../gpu/GpuService';
import { normalizeProduct } from '../gpu/nodes';
import { teamRef } from '../gpu/teams';
import { checkPlacement } from '../sovereignty/placementCheck';
import { dns1123LabelProblem } from './limits';
import {
  fail,
  GovernanceCheck,
  GovernanceRequest,
  notEvaluated,
  pass,
} from './types';

/** The namespace: a valid name, present on the cluster, and the team's. */
export function checkNamespace(
  request: GovernanceRequest,
  view: ClusterView,
): GovernanceCheck {
  const { namespace, cluster } = request;
  const problem = dns1123LabelProblem(namespace);
  if (problem) {
    return fail(
      'namespace',
      `The namespace '${namespace}' is not a valid DNS-1123 label: ${problem}`,
      'Use the name of one of your team namespaces',
    );
  }
  const team = teamRef(request.team);
  const owned = view
    .list('core/Namespace')
    .filter(ns => teamOf(ns.metadata.labels) === team)
    .map(ns => ns.metadata.name);
  const ns = view
    .list('core/Namespace')
    .find(n => n.metadata.name === namespace);
  const yours = owned.length
    ? `use one of ${team}'s namespaces there: ${owned.join(', ')}`
    : `${team} has no namespace there; ask the platform team for one`;
  if (!ns) {
    return fail(
      'namespace',
      `There is no namespace '${namespace}' on ${cluster}`,
      `Namespaces are made by the platform team: ${yours}`,
    );
  }
  const owner = teamOf(ns.metadata.labels);
  if (owner !== team) {
    return fail(
      'namespace',
      `${namespace} on ${cluster} belongs to ${
        owner ?? 'no team (no ai-platform.io/team label)'
      }, not ${team}`,
      `Deploy into your team's namespace: ${yours}`,
    );
  }
  return pass('namespace', `${namespace} on ${cluster} belongs to ${team}`);
}

function teamOf(labels?: Record<string, string>): string | undefined {
  const value = labels?.[TEAM_LABEL];
  return value ? teamRef(value) : undefined;
}

/**
 * Quota headroom of the namespace for every GPU the service holds. Only
 * device-plugin keys count: the service asks for `nvidia.com/gpu`-style
 * resources, so a DRA device quota does not limit it.
 */
export function checkQuota(
  request: GovernanceRequest,
  view: ClusterView,
  gpu: GpuService,
): GovernanceCheck {
  const total = request.gpus * request.replicas;
  const { namespace, cluster } = request;
  const row = gpu
    .overview({ cluster })
    .quotas.find(q => q.namespace === namespace);
  const stale =
    view.health.state === 'synced'
      ? ''
      : ` (as last seen: ${cluster} is ${view.health.state})`;
  let tightest: { key: string; hard: number; used: number } | undefined;
  for (const quota of row?.quotas ?? []) {
    for (const r of quota.resources) {
      if (r.resource.startsWith('deviceclass/')) continue;
      if (!tightest || r.hard - r.used < tightest.hard - tightest.used) {
        tightest = r;
      }
    }
  }
  if (!tightest) {
    return pass(
      'gpu-quota',
      `No ResourceQuota limits GPUs in ${namespace} on ${cluster}${stale}`,
    );
  }
  const left = Math.max(0, tightest.hard - tightest.used);
  const numbers = `${namespace} on ${cluster} has ${left} ${tightest.key} left (${tightest.used} of ${tightest.hard} used); ${total} asked (${request.replicas} x ${request.gpus})${stale}`;
  if (left < total) {
    return fail(
      'gpu-quota',
      numbers,
      left > 0
        ? `Ask for at most ${left} GPUs in all, free some of the namespace's GPUs, or ask the platform team for more quota`
        : 'Free some of the namespace\u2019s GPUs, or ask the platform team for more quota',
    );
  }
  return pass('gpu-quota', numbers);
}

/** Free whole GPUs of the product on the cluster now, from the capacity finder. */
export function checkCapacity(
  request: GovernanceRequest,
  gpu: GpuService,
): GovernanceCheck {
  const { cluster, gpus, replicas } = request;
  if (request.migProfile) {
    return notEvaluated(
      'gpu-capacity',
      `The capacity finder offers whole GPUs only, so free ${request.migProfile} slices on ${cluster} were not counted`,
    );
  }
  const product = normalizeProduct(request.gpuProduct);
  let result;
  try {
    result = gpu.findCapacity({ gpus, product });
  } catch (e) {
    // The finder refuses counts beyond any node; the gpus check says what to ask.
    return notEvaluated(
      'gpu-capacity',
      `Free GPUs were not counted: ${(e as Error).message}`,
    );
  }
  const here = result.candidates.find(c => c.cluster === cluster);
  const total = gpus * replicas;
  if (here && here.freeGpus >= total) {
    return pass(
      'gpu-capacity',
      `${cluster} has ${here.freeGpus} ${here.product} free, up to ${here.largestFreeOnNode} on one node; ${total} asked`,
    );
  }
  const message = here
    ? `${cluster} has ${here.freeGpus} ${here.product} free; ${total} asked (${replicas} x ${gpus})`
    : result.excluded
        .filter(e => e.cluster === cluster)
        .map(e => e.message)
        .join('; ') || `${cluster} has no free ${product} for ${gpus} GPUs`;
  const elsewhere = result.candidates
    .filter(c => c.cluster !== cluster && c.freeGpus >= total)
    .map(c => c.cluster);
  return fail(
    'gpu-capacity',
    message,
    elsewhere.length
      ? `Ask for fewer GPUs or replicas, or choose a cluster with room: ${[
          ...new Set(elsewhere),
        ].join(', ')}`
      : 'Ask for fewer GPUs or replicas, or another GPU product',
  );
}

/** The sovereignty rules for the classification on the cluster and namespace. */
export function checkSovereignty(
  request: GovernanceRequest,
  clusters: ClusterSource,
  rules: readonly SovereigntyRule[],
): GovernanceCheck {
  const { classification, cluster, namespace } = request;
  if (!classification?.trim()) {
    return fail(
      'sovereignty',
      'No data classification was given',
      'Say what data the service handles: public, internal, confidential or restricted',
    );
  }
  const result = checkPlacement(
    { classification, cluster, namespace },
    clusters,
    rules,
  );
  if (result.status === 'compliant') {
    return pass(
      'sovereignty',
      `${classification} data may run on ${result.placement}`,
    );
  }
  const problems = result.findings.filter(f => f.status !== 'compliant');
  return fail(
    'sovereignty',
    `${
      result.status === 'unknown'
        ? `Cannot tell whether ${classification} data may run on ${result.placement}`
        : `${classification} data may not run on ${result.placement}`
    }: ${problems.map(f => f.message).join(' ')}`,
    [
      ...new Set(problems.map(f => f.fix).filter((f): f is string => !!f)),
      'Or choose a cluster allowed for the classification.',
    ].join(' '),
  );
}

/**
 * The target cluster's Kubernetes AI Conformance score against the policy's
 * minimum (`minConformanceScore`). Without a minimum, or without a score,
 * it says so and does not block.
 */
export function checkConformance(
  cluster: string,
  score: ConformanceScore | undefined,
  minimum: number | undefined,
): GovernanceCheck {
  if (!score) {
    return notEvaluated(
      'cluster-conformance',
      `The conformance of ${cluster} is not known yet, so its minimum was not checked`,
    );
  }
  const figures = `${cluster} passes ${score.percent}% of its applicable Kubernetes AI Conformance requirements (${score.passed} of ${score.applicable}; ${score.mustFailed} MUST not passed)`;
  if (minimum === undefined) {
    return notEvaluated(
      'cluster-conformance',
      `${figures}; no minimum is set (aiPlatform.governance.minConformanceScore)`,
    );
  }
  return score.percent >= minimum
    ? pass(
        'cluster-conformance',
        `${figures}, at least the minimum ${minimum}%`,
      )
    : fail(
        'cluster-conformance',
        `${figures}, below the minimum ${minimum}%`,
        `Choose a cluster that passes at least ${minimum}% (see the Conformance page), or ask the platform team to fix ${cluster}'s failing requirements.`,
      );
}
