import {
  gpuShare,
  readKServeModel,
  SOVEREIGNTY_LABELS,
} from '@ai-platform/backstage-plugin-ai-platform-common';
import type {
  CachedObject,
  ClusterView,
} from '@ai-platform/backstage-plugin-ai-platform-node';
import { computeClusterGpus, nodePoolShare } from '../gpu/clusterGpus';
import {
  gpuClassesOf,
  IsGpuDeviceClass,
  suiteDeviceClassRecognition,
} from '../gpu/deviceClasses';
import { readClaims, readDraDevices } from '../gpu/dra';
import { readNodeGpus, type NodeGpus } from '../gpu/nodes';
import { podGpuRequests } from '../gpu/pods';
import { parseGpuResource } from '../gpu/resources';
import type { CostInterval } from './CostStore';

const KSERVE_SERVICE_LABELS = [
  'serving.kserve.io/inferenceservice',
  'serving.kserve.io/llminferenceservice',
];

/** The KServe service a pod serves, from its labels. */
function serviceOf(pod?: CachedObject): string | undefined {
  const labels = pod?.metadata.labels ?? {};
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

/**
 * The model repository a storage URI names, without its tag or digest:
 * `models/mistral-small` of `oci://host/models/mistral-small@sha256:…` or
 * `…:3.2.0`, the path inside the bucket of `s3://`, `gs://` and `https://`
 * addresses, and `org/model` of `hf://org/model[:revision]`, which has no
 * host. Anything else (`pvc://`, a bare path) names no repository.
 */
export function repositoryOf(uri: unknown): string | undefined {
  const text = String(uri ?? '');
  const hf = /^hf:\/\/([^/:@]+\/[^/:@]+)(?::[\w][\w.-]*)?$/.exec(text);
  if (hf) return hf[1];
  const m =
    /^(?:oci|s3|gs|https?):\/\/[^/]+\/([^@]+?)(?::[\w][\w.-]*)?(?:@sha256:[0-9a-f]+)?$/.exec(
      text,
    );
  return m?.[1];
}

/** The model repository each KServe service of a cluster serves, by `namespace/name`. */
export function servedModels(view: ClusterView): Map<string, string> {
  const out = new Map<string, string>();
  for (const svc of [
    ...view.list('serving.kserve.io/InferenceService'),
    ...view.list('serving.kserve.io/LLMInferenceService'),
  ]) {
    // The first address KServe can fetch (predictor.model, a framework
    // shorthand, storageUris, or an LLMInferenceService's model.uri).
    const repo = readKServeModel(svc)
      .addresses.filter(a => a.judged.valid)
      .map(a => repositoryOf(a.uri))
      .find(Boolean);
    if (repo) out.set(`${svc.metadata.namespace}/${svc.metadata.name}`, repo);
  }
  return out;
}

const timeOf = (value: unknown): number => Date.parse(String(value ?? ''));

/**
 * The share of one unit of a device-plugin resource on a node: from the
 * node's own pool (its MIG profile, or its GFD replicas however the
 * resource is named), else from the resource name alone.
 */
function unitShare(node: NodeGpus | undefined, resource: string): number {
  const pool = node?.pools.find(p => p.resource === resource);
  if (pool) return nodePoolShare(node!.product, pool);
  const parsed = parseGpuResource(resource);
  return parsed?.type === 'mig'
    ? gpuShare({ kind: 'mig', migProfile: parsed.profile })
    : 1;
}

/**
 * The intervals a cluster's caches say should be open now:
 * - `allocation`: per pod and device-plugin GPU resource it holds, and per
 *   DRA claim with allocated GPU devices, in GPU-equivalents (units × share);
 * - `capacity`: per node and GPU pool, its allocatable units in
 *   GPU-equivalents, from the node's creation (so a fresh portal knows the
 *   capacity of the window as far back as its nodes exist).
 * Allocations count from the pod's start. Idle is capacity − allocation,
 * worked out by the report over the same window.
 */
export function desiredIntervals(
  view: ClusterView,
  now: number,
  deviceClasses: IsGpuDeviceClass = suiteDeviceClassRecognition,
): CostInterval[] {
  const state = computeClusterGpus(view, deviceClasses);
  const models = servedModels(view);
  const modelOf = (namespace: string, service?: string) =>
    service ? models.get(`${namespace}/${service}`) : undefined;
  const base = {
    cluster: view.name,
    jurisdiction: view.labels[SOVEREIGNTY_LABELS.jurisdiction],
    provider: view.labels[SOVEREIGNTY_LABELS.provider],
  };
  const since = (value: unknown) => {
    const t = timeOf(value);
    return Number.isFinite(t) ? Math.min(t, now) : now;
  };
  const pods = new Map(
    view
      .list('core/Pod')
      .map(p => [`${p.metadata.namespace}/${p.metadata.name}`, p] as const),
  );
  const nodes = new Map<string, NodeGpus>();
  const out: CostInterval[] = [];
  for (const node of view.list('core/Node')) {
    const gpus = readNodeGpus(node);
    if (!gpus) continue;
    nodes.set(gpus.node, gpus);
    for (const pool of gpus.pools) {
      if (pool.allocatable <= 0) continue;
      out.push({
        ...base,
        kind: 'capacity',
        key: `capacity/${node.metadata.uid ?? node.metadata.name}/${
          pool.resource
        }`,
        product: gpus.product,
        resource: pool.resource,
        gpus: pool.allocatable * nodePoolShare(gpus.product, pool),
        startedAt: since(node.metadata.creationTimestamp),
      });
    }
  }
  const nodeCreated = new Map(
    view
      .list('core/Node')
      .map(n => [n.metadata.name, n.metadata.creationTimestamp] as const),
  );

  for (const gpuPod of state.pods) {
    if (!gpuPod.holding) continue;
    const pod = pods.get(`${gpuPod.namespace}/${gpuPod.name}`);
    if (!pod) continue;
    const started = since(
      (pod.status as { startTime?: string } | undefined)?.startTime ??
        pod.metadata.creationTimestamp,
    );
    const service = serviceOf(pod);
    const node = gpuPod.node ? nodes.get(gpuPod.node) : undefined;
    // DRA units are recorded per claim below, so a shared claim counts once.
    for (const [resource, units] of Object.entries(podGpuRequests(pod))) {
      out.push({
        ...base,
        kind: 'allocation',
        key: `${
          pod.metadata.uid ?? `${gpuPod.namespace}/${gpuPod.name}`
        }/${resource}`,
        product: node?.product ?? gpuPod.product ?? 'unknown',
        resource,
        gpus: units * unitShare(node, resource),
        namespace: gpuPod.namespace,
        pod: gpuPod.name,
        workload: workloadOf(pod),
        service,
        team: state.teams.get(gpuPod.namespace),
        model: modelOf(gpuPod.namespace, service),
        startedAt: started,
      });
    }
  }

  // DRA: devices published per node are capacity; allocated claims hold them.
  const devices = readDraDevices(view.list('resource.k8s.io/ResourceSlice'));
  const byNode = new Map<string, { gpus: number; created: unknown }>();
  for (const d of devices) {
    const key = `${d.node ?? ''}|${d.driver}|${d.product}`;
    const entry = byNode.get(key) ?? {
      gpus: 0,
      created: d.node ? nodeCreated.get(d.node) : undefined,
    };
    entry.gpus += gpuShare({ kind: 'dra', product: d.product });
    byNode.set(key, entry);
  }
  for (const [key, entry] of byNode) {
    const [node, driver, product] = key.split('|');
    out.push({
      ...base,
      kind: 'capacity',
      key: `capacity/${node || '(network)'}/${driver}/${product}`,
      product,
      resource: driver,
      gpus: entry.gpus,
      // Devices not bound to a node: known from when recording saw them.
      startedAt: entry.created ? since(entry.created) : now,
    });
  }
  const deviceByKey = new Map(devices.map(d => [d.key, d]));
  const claimObjects = view.list('resource.k8s.io/ResourceClaim');
  const claims = readClaims(
    claimObjects,
    new Set(deviceByKey.keys()),
    gpuClassesOf(view, deviceClasses),
  );
  claims.forEach((claim, index) => {
    if (claim.devices.length === 0) return;
    const object = claimObjects[index];
    const byPool = new Map<string, { gpus: number; driver: string }>();
    for (const key of claim.devices) {
      const d = deviceByKey.get(key)!;
      const pool = `${d.driver}|${d.product}`;
      const entry = byPool.get(pool) ?? { gpus: 0, driver: d.driver };
      entry.gpus += gpuShare({ kind: 'dra', product: d.product });
      byPool.set(pool, entry);
    }
    const podName = claim.pods[0];
    const pod = podName ? pods.get(`${claim.namespace}/${podName}`) : undefined;
    const service = serviceOf(pod);
    const started = since(
      (pod?.status as { startTime?: string } | undefined)?.startTime ??
        object.metadata.creationTimestamp,
    );
    for (const [pool, { gpus, driver }] of byPool) {
      out.push({
        ...base,
        kind: 'allocation',
        key: `claim/${
          object.metadata.uid ?? `${claim.namespace}/${claim.name}`
        }/${pool}`,
        product: pool.slice(driver.length + 1),
        resource: driver,
        gpus,
        namespace: claim.namespace,
        pod: podName,
        workload: pod ? workloadOf(pod) : `ResourceClaim/${claim.name}`,
        service,
        team: state.teams.get(claim.namespace),
        model: modelOf(claim.namespace, service),
        startedAt: started,
      });
    }
  });
  return out;
}
