import type {
  CachedObject,
  ClusterSource,
  ClusterView,
} from '@ai-platform/backstage-plugin-ai-platform-node';
import {
  SOVEREIGNTY_LABELS,
  type GpuPool,
} from '@ai-platform/backstage-plugin-ai-platform-common';
import type { LoggerService } from '@backstage/backend-plugin-api';
import { computeClusterGpus } from '../gpu/clusterGpus';
import { parseGpuResource } from '../gpu/resources';
import type { CostInterval, CostStore } from './CostStore';

/** Compute slices of a MIG-capable GPU (A100, H100, H200): `3g.40gb` is 3/7 of one. */
const MIG_SLICES_PER_GPU = 7;

/**
 * What one unit of a GPU resource is worth in whole GPUs: a whole GPU or a
 * DRA device 1, a MIG slice its compute slices / 7, a time-sliced or MPS
 * slot 1 / the slots per GPU.
 */
export function gpuFraction(
  resource: string,
  pool?: Pick<GpuPool, 'replicasPerGpu'>,
): number {
  const parsed = parseGpuResource(resource);
  if (parsed?.type === 'mig') {
    const g = Number(/^(\d+)g\./.exec(parsed.profile)?.[1]);
    return g > 0 ? Math.min(g, MIG_SLICES_PER_GPU) / MIG_SLICES_PER_GPU : 1;
  }
  if (parsed?.type === 'shared') {
    return 1 / Math.max(1, pool?.replicasPerGpu ?? 1);
  }
  return 1;
}

const KSERVE_SERVICE_LABELS = [
  'serving.kserve.io/inferenceservice',
  'serving.kserve.io/llminferenceservice',
];

/** The KServe service a pod serves, from its labels. */
function serviceOf(pod: CachedObject): string | undefined {
  const labels = pod.metadata.labels ?? {};
  for (const key of KSERVE_SERVICE_LABELS) if (labels[key]) return labels[key];
  if (labels['app.kubernetes.io/part-of'] === 'llminferenceservice') {
    return labels['app.kubernetes.io/name'];
  }
  return undefined;
}

function workloadOf(pod: CachedObject): string {
  const owner = pod.metadata.ownerReferences?.find(o => o.controller !== false);
  return owner ? `${owner.kind}/${owner.name}` : `Pod/${pod.metadata.name}`;
}

/** `models/mistral-small` of `oci://host/models/mistral-small@sha256:…` or `…:3.2.0`. */
export function repositoryOf(uri: unknown): string | undefined {
  const m =
    /^(?:oci|hf|s3|gs|https?):\/\/[^/]+\/([^@]+?)(?::[\w][\w.-]*)?(?:@sha256:[0-9a-f]+)?$/.exec(
      String(uri ?? ''),
    );
  return m?.[1];
}

/** The model repository each KServe service of a cluster serves, by `namespace/name`. */
export function servedModels(view: ClusterView): Map<string, string> {
  const out = new Map<string, string>();
  for (const isvc of view.list('serving.kserve.io/InferenceService')) {
    const spec = isvc.spec as
      | { predictor?: { model?: { storageUri?: string } } }
      | undefined;
    const repo = repositoryOf(spec?.predictor?.model?.storageUri);
    if (repo) out.set(`${isvc.metadata.namespace}/${isvc.metadata.name}`, repo);
  }
  for (const llm of view.list('serving.kserve.io/LLMInferenceService')) {
    const spec = llm.spec as { model?: { uri?: string } } | undefined;
    const repo = repositoryOf(spec?.model?.uri);
    if (repo) out.set(`${llm.metadata.namespace}/${llm.metadata.name}`, repo);
  }
  return out;
}

/**
 * The intervals a cluster's caches say should be open now: one per pod and
 * GPU resource it holds, and one per GPU product with idle GPUs.
 * The model is the repository the pod's KServe service serves, when known.
 */
export function desiredIntervals(
  view: ClusterView,
  now: number,
): CostInterval[] {
  const state = computeClusterGpus(view);
  const models = servedModels(view);
  const modelOf = (namespace: string, service?: string) =>
    service ? models.get(`${namespace}/${service}`) : undefined;
  const base = {
    cluster: view.name,
    jurisdiction: view.labels[SOVEREIGNTY_LABELS.jurisdiction],
    provider: view.labels[SOVEREIGNTY_LABELS.provider],
  };
  const poolOf = (product: string | undefined, resource: string) =>
    state.pools.find(p => p.product === product && p.resource === resource);
  const pods = new Map(
    view
      .list('core/Pod')
      .map(p => [`${p.metadata.namespace}/${p.metadata.name}`, p] as const),
  );
  const out: CostInterval[] = [];
  for (const gpuPod of state.pods) {
    if (!gpuPod.holding) continue;
    const pod = pods.get(`${gpuPod.namespace}/${gpuPod.name}`);
    if (!pod) continue;
    const started = Date.parse(
      String(
        (pod.status as { startTime?: string } | undefined)?.startTime ??
          pod.metadata.creationTimestamp ??
          '',
      ),
    );
    const service = serviceOf(pod);
    for (const [resource, units] of Object.entries(gpuPod.gpus)) {
      const product = gpuPod.product ?? 'unknown';
      out.push({
        ...base,
        kind: 'allocation',
        key: `${
          pod.metadata.uid ?? `${gpuPod.namespace}/${gpuPod.name}`
        }/${resource}`,
        product,
        resource,
        gpus: units * gpuFraction(resource, poolOf(gpuPod.product, resource)),
        namespace: gpuPod.namespace,
        pod: gpuPod.name,
        workload: workloadOf(pod),
        service,
        team: state.teams.get(gpuPod.namespace),
        model: modelOf(gpuPod.namespace, service),
        // Back-fill: a pod running before the first recording counts from its start.
        startedAt: Number.isFinite(started) ? Math.min(started, now) : now,
      });
    }
  }
  const idle = new Map<string, { gpus: number; resource: string }>();
  for (const pool of state.pools) {
    const free = Math.max(0, pool.allocatable - pool.allocated);
    if (free === 0) continue;
    const entry = idle.get(pool.product) ?? {
      gpus: 0,
      resource: pool.resource,
    };
    entry.gpus += free * gpuFraction(pool.resource, pool);
    idle.set(pool.product, entry);
  }
  for (const [product, { gpus, resource }] of idle) {
    out.push({
      ...base,
      kind: 'idle',
      key: `idle/${product}`,
      product,
      resource,
      gpus,
      startedAt: now,
    });
  }
  return out;
}

/**
 * Records GPU allocations from the watch caches: opens an interval for each
 * GPU a pod holds (from the pod's start, so a fresh install shows what runs
 * already) and closes it when the pod is gone or finished; idle GPUs the
 * same way per product. Idempotent: a run with nothing changed writes
 * nothing. A cluster that is not synced is left as it is.
 */
export class CostRecorder {
  constructor(
    private readonly options: {
      clusters: ClusterSource;
      store: CostStore;
      logger: LoggerService;
    },
  ) {}

  async record(now = Date.now()): Promise<void> {
    const { clusters, store, logger } = this.options;
    for (const view of clusters.clusters()) {
      if (view.health.state !== 'synced') {
        logger.debug(
          `GPU cost: ${view.name} is ${view.health.state}, its intervals are left open`,
        );
        continue;
      }
      const desired = desiredIntervals(view, now);
      const open = await store.open(view.name);
      const openByKey = new Map(open.map(i => [i.key, i]));
      const desiredByKey = new Map(desired.map(i => [i.key, i]));
      const close: string[] = [];
      const add: CostInterval[] = [];
      for (const interval of open) {
        const want = desiredByKey.get(interval.key);
        if (!want || Math.abs(want.gpus - interval.gpus) > 1e-9) {
          close.push(interval.key);
        }
      }
      for (const interval of desired) {
        const have = openByKey.get(interval.key);
        if (!have) add.push(interval);
        else if (Math.abs(have.gpus - interval.gpus) > 1e-9) {
          // The count changed: the new figure counts from now.
          add.push({ ...interval, startedAt: now });
        }
      }
      if (close.length || add.length) {
        await store.apply(view.name, { close, open: add, at: now });
        logger.debug(
          `GPU cost: ${view.name}: ${add.length} interval(s) opened, ${close.length} closed`,
        );
      }
    }
  }
}
