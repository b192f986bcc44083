import {
  describeGpuShare,
  gpuShare,
  jurisdictionWithin,
  CapacityCandidate,
  CapacityExclusion,
  CapacityRequest,
  CapacityResult,
  SOVEREIGNTY_LABELS,
} from '@ai-platform/backstage-plugin-ai-platform-common';
import type { ClusterView } from '@ai-platform/backstage-plugin-ai-platform-node';
import { InputError } from '@backstage/errors';
import type { ClusterGpuState, PoolWithNodes } from './clusterGpus';
import { normalizeProduct } from './nodes';
import { teamRef } from './teams';

/** The answer of a sovereignty check for one placement. */
export interface PlacementVerdict {
  status: 'compliant' | 'violation' | 'unknown';
  /** Sentences: every reason it is not compliant. */
  reasons: string[];
}

/** Checks whether data of a classification may run on a cluster (and namespace). */
export type PlacementCheck = (input: {
  classification: string;
  cluster: string;
  namespace?: string;
  clusterLabels: Record<string, string>;
  namespaceLabels?: Record<string, string>;
}) => PlacementVerdict;

const MAX_GPUS = 512;

/** Whether a cluster's jurisdiction label is within a wanted one (`EU` is any member state). */
export function jurisdictionIn(
  actual: string | undefined,
  wanted: string,
): boolean {
  return Boolean(actual) && jurisdictionWithin(wanted, actual!);
}

/** Validates a request; every problem is reported at once. */
export function validateCapacityRequest(request: CapacityRequest): void {
  const problems: string[] = [];
  if (
    !Number.isInteger(request.gpus) ||
    request.gpus < 1 ||
    request.gpus > MAX_GPUS
  ) {
    problems.push(
      `gpus must be a whole number from 1 to ${MAX_GPUS}, got '${request.gpus}'`,
    );
  }
  if (
    request.minMemoryGiB !== undefined &&
    !(Number.isFinite(request.minMemoryGiB) && request.minMemoryGiB > 0)
  ) {
    problems.push(
      `minMemoryGiB must be a positive number of GiB, got '${request.minMemoryGiB}'`,
    );
  }
  if (
    request.placement &&
    !['single-node', 'spread'].includes(request.placement)
  ) {
    problems.push(
      `placement must be 'single-node' or 'spread', got '${request.placement}'`,
    );
  }
  if (request.jurisdiction && !/^[A-Za-z]{2}$/.test(request.jurisdiction)) {
    problems.push(
      `jurisdiction must be an ISO 3166-1 alpha-2 code such as DE or US, or EU; got '${request.jurisdiction}'`,
    );
  }
  if (problems.length > 0) {
    throw new InputError(`Invalid capacity request: ${problems.join('; ')}`);
  }
}

const gib = (mib?: number) =>
  mib === undefined ? 'unknown' : `${Math.round(mib / 1024)} GiB`;

interface Place {
  view: ClusterView;
  state: ClusterGpuState;
}

/**
 * The capacity finder. Only whole GPUs (device plugin without sharing, and
 * DRA devices) are offered: a request for N GPUs is not met by N slots of a
 * shared GPU or N MIG slices.
 */
export function findCapacity(
  request: CapacityRequest,
  places: ReadonlyArray<Place>,
  placementCheck?: PlacementCheck,
): CapacityResult {
  validateCapacityRequest(request);
  if (request.classification && !placementCheck) {
    throw new InputError(
      'A data classification can only be checked when sovereignty rules are available',
    );
  }
  const candidates: CapacityCandidate[] = [];
  const excluded: CapacityExclusion[] = [];
  for (const place of places) {
    const result = evaluateCluster(request, place, placementCheck);
    candidates.push(...result.candidates);
    excluded.push(...result.excluded);
  }
  candidates.sort(compareCandidates(request.gpus));
  return { request, candidates, excluded };
}

function evaluateCluster(
  request: CapacityRequest,
  { view, state }: Place,
  placementCheck?: PlacementCheck,
): { candidates: CapacityCandidate[]; excluded: CapacityExclusion[] } {
  const cluster = view.name;
  const excluded: CapacityExclusion[] = [];
  const exclude = (e: Omit<CapacityExclusion, 'cluster'>) => ({
    candidates: [],
    excluded: [...excluded, { cluster, ...e }],
  });
  if (view.health.state !== 'synced') {
    const since = view.health.staleSince
      ? ` since ${view.health.staleSince}`
      : '';
    return exclude({
      reason: 'stale',
      message: `${cluster} is ${
        view.health.state
      }${since}, so its free GPUs are not known now${
        view.health.error ? `: ${view.health.error}` : ''
      }`,
    });
  }
  const jurisdiction = view.labels[SOVEREIGNTY_LABELS.jurisdiction];
  if (
    request.jurisdiction &&
    !jurisdictionIn(jurisdiction, request.jurisdiction)
  ) {
    return exclude({
      reason: 'jurisdiction',
      message: jurisdiction
        ? `${cluster} is in jurisdiction ${jurisdiction}, not ${request.jurisdiction.toUpperCase()}`
        : `${cluster} has no ${
            SOVEREIGNTY_LABELS.jurisdiction
          } label, so it cannot be shown to be in ${request.jurisdiction.toUpperCase()}`,
    });
  }

  // Namespaces of the team, when a team was given: quota is read there.
  const team = request.team ? teamRef(request.team) : undefined;
  const namespaces = team
    ? [...state.teams].filter(([, t]) => t === team).map(([ns]) => ns)
    : [undefined];
  if (team && namespaces.length === 0) {
    return exclude({
      reason: 'no-namespace',
      message: `${team} has no namespace on ${cluster} (no namespace labelled ai-platform.io/team with it)`,
    });
  }
  const nsLabels = new Map(
    view
      .list('core/Namespace')
      .map(ns => [ns.metadata.name, ns.metadata.labels ?? {}]),
  );

  // Sovereignty first: where the data may not go, free GPUs do not matter.
  const allowed = namespaces.filter(namespace => {
    if (!request.classification || !placementCheck) return true;
    const verdict = placementCheck({
      classification: request.classification,
      cluster,
      namespace,
      clusterLabels: view.labels,
      namespaceLabels: namespace ? nsLabels.get(namespace) : undefined,
    });
    if (verdict.status === 'compliant') return true;
    excluded.push({
      cluster,
      namespace,
      reason: 'sovereignty',
      message: `${
        verdict.status === 'unknown'
          ? `Cannot tell whether ${request.classification} data may run here`
          : `Not allowed for ${request.classification} data`
      }: ${verdict.reasons.join(' ')}`,
    });
    return false;
  });
  if (allowed.length === 0) return { candidates: [], excluded };

  const pools = eligiblePools(request, state, cluster, excluded);
  const candidates: CapacityCandidate[] = [];
  for (const pool of pools) {
    for (const namespace of allowed) {
      const headroom = namespace
        ? quotaHeadroom(state, namespace, pool)
        : undefined;
      if (headroom && headroom.left < request.gpus) {
        excluded.push({
          cluster,
          namespace,
          product: pool.product,
          reason: 'quota',
          message: `${namespace} on ${cluster} has ${headroom.left} ${headroom.key} left (${headroom.used} of ${headroom.hard} used); ${request.gpus} asked`,
        });
        continue;
      }
      candidates.push({
        cluster,
        clusterTitle: view.title,
        jurisdiction,
        namespace,
        product: pool.product,
        memoryMiB: pool.memoryMiB,
        kind: pool.kind,
        resource: pool.resource,
        freeGpus: pool.free,
        largestFreeOnNode: pool.largestFreeOnNode,
        quotaHeadroom: headroom?.left,
        reasons: [
          `${pool.free} of ${pool.allocatable} ${pool.product} free${
            pool.kind === 'dra' ? ' (DRA devices)' : ''
          }, up to ${pool.largestFreeOnNode} on one node`,
          quotaReason(headroom, namespace),
          ...(request.classification
            ? [`${request.classification} data is allowed on ${cluster}`]
            : []),
        ],
      });
    }
  }
  return { candidates, excluded };
}

function quotaReason(
  headroom: { key: string; left: number } | undefined,
  namespace: string | undefined,
): string {
  if (headroom)
    return `quota ${headroom.key} in ${namespace}: ${headroom.left} left`;
  if (namespace) return `no GPU quota limits ${namespace}`;
  return 'quota not checked (no team given)';
}

/** What a free unit of a pool is called, by pool kind. */
const UNIT_NAMES: Partial<Record<PoolWithNodes['kind'], string>> = {
  mig: 'MIG slices',
  shared: 'slots',
};

/** Pools of whole GPUs of the wanted product and memory with room for the request. */
function eligiblePools(
  request: CapacityRequest,
  state: ClusterGpuState,
  cluster: string,
  excluded: CapacityExclusion[],
): PoolWithNodes[] {
  // A unit worth a whole GPU (gpuShare 1): a device-plugin GPU or a DRA
  // GPU device; a slice, a slot or a DRA partition is not one GPU.
  const isWhole = (p: PoolWithNodes) =>
    (p.kind === 'whole' || p.kind === 'dra') && gpuShare(p) === 1;
  const whole = state.pools.filter(isWhole);
  if (whole.length === 0) {
    const parts = state.pools.map(
      p =>
        `${p.free} × ${describeGpuShare(p)} ${
          UNIT_NAMES[p.kind] ?? 'devices'
        } of ${p.product}`,
    );
    excluded.push({
      cluster,
      reason: 'capacity',
      message: `${cluster} has no whole GPUs (${
        parts.length ? `only ${parts.join(', ')} free` : 'no GPUs at all'
      })`,
    });
    return [];
  }
  const wantProduct =
    request.product && normalizeProduct(request.product).toLowerCase();
  const ofProduct = whole.filter(
    p => !wantProduct || p.product.toLowerCase() === wantProduct,
  );
  if (ofProduct.length === 0) {
    excluded.push({
      cluster,
      reason: 'product',
      message: `${cluster} has no ${request.product} (it has ${unique(
        whole.map(p => p.product),
      ).join(', ')})`,
    });
    return [];
  }
  const minMiB = request.minMemoryGiB ? request.minMemoryGiB * 1024 : 0;
  const withMemory = ofProduct.filter(p => (p.memoryMiB ?? 0) >= minMiB * 0.98);
  for (const p of ofProduct.filter(x => !withMemory.includes(x))) {
    excluded.push({
      cluster,
      product: p.product,
      reason: 'memory',
      message: `${p.product} on ${cluster} has ${gib(p.memoryMiB)} per GPU; ${
        request.minMemoryGiB
      } GiB asked`,
    });
  }
  const out: PoolWithNodes[] = [];
  for (const p of withMemory) {
    const spread = request.placement === 'spread';
    if (p.free < request.gpus) {
      excluded.push({
        cluster,
        product: p.product,
        reason: 'capacity',
        message: `${cluster} has ${p.free} ${p.product} free${
          p.kind === 'dra' ? ' (DRA)' : ''
        }; ${request.gpus} asked`,
      });
    } else if (!spread && p.largestFreeOnNode < request.gpus) {
      excluded.push({
        cluster,
        product: p.product,
        reason: 'fragmented',
        message: `${cluster} has ${p.free} ${p.product} free but at most ${p.largestFreeOnNode} on one node; ${request.gpus} asked on one node (allow spreading over nodes to use it)`,
      });
    } else {
      out.push(p);
    }
  }
  return out;
}

/** The tightest GPU quota of the namespace that applies to the pool. */
function quotaHeadroom(
  state: ClusterGpuState,
  namespace: string,
  pool: PoolWithNodes,
) {
  const row = state.quotas.find(q => q.namespace === namespace);
  let tightest:
    | { key: string; hard: number; used: number; left: number }
    | undefined;
  for (const quota of row?.quotas ?? []) {
    for (const r of quota.resources) {
      const applies =
        pool.kind === 'dra'
          ? r.resource.startsWith('deviceclass/')
          : r.resource === pool.resource;
      if (!applies) continue;
      const left = Math.max(0, r.hard - r.used);
      if (!tightest || left < tightest.left) {
        tightest = { key: r.key, hard: r.hard, used: r.used, left };
      }
    }
  }
  return tightest;
}

/** Best first: fits on one node, then most quota headroom, then most free GPUs. */
function compareCandidates(gpus: number) {
  return (a: CapacityCandidate, b: CapacityCandidate) => {
    const oneNode =
      Number(b.largestFreeOnNode >= gpus) - Number(a.largestFreeOnNode >= gpus);
    if (oneNode) return oneNode;
    const headroom =
      (b.quotaHeadroom ?? Infinity) - (a.quotaHeadroom ?? Infinity);
    if (headroom && Number.isFinite(headroom)) return headroom;
    if ((a.quotaHeadroom === undefined) !== (b.quotaHeadroom === undefined)) {
      return a.quotaHeadroom === undefined ? -1 : 1;
    }
    return b.freeGpus - a.freeGpus || a.cluster.localeCompare(b.cluster);
  };
}

function unique(values: string[]): string[] {
  return [...new Set(values)].sort();
}
