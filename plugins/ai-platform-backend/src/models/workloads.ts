import type {
  CachedObject,
  ClusterSource,
  ClusterView,
} from '@ai-platform/backstage-plugin-ai-platform-node';
import {
  ClusterHealth,
  readKServeModel,
} from '@ai-platform/backstage-plugin-ai-platform-common';
import { RegistryAliases, RegistryReference } from '../registry/references';

/** The pod annotation KServe's storage initializer records the model URI in. */
export const STORAGE_INITIALIZER_SOURCE_URI =
  'serving.kserve.io/storage-initializer-sourceuri';

const ISVC = 'serving.kserve.io/InferenceService';
const LLMISVC = 'serving.kserve.io/LLMInferenceService';
const POD = 'core/Pod';
const ISVC_LABEL = 'serving.kserve.io/inferenceservice';

/** What a pod tells about the model it runs. */
export interface PodEvidence {
  name: string;
  startTime?: string;
  /** Digests of containers whose image is the referenced repository (modelcar). */
  imageDigests: string[];
}

/**
 * A workload's reference to a model in a configured registry, before it is
 * matched to a version.
 */
export interface WorkloadReference extends RegistryReference {
  cluster: string;
  clusterHealth: ClusterHealth;
  namespace: string;
  kind: 'InferenceService' | 'LLMInferenceService' | 'Pod';
  name: string;
  field: string;
  reference: string;
  pods: PodEvidence[];
}

function get(object: unknown, path: string[]): unknown {
  let value: any = object;
  for (const key of path) value = value?.[key];
  return value;
}

/**
 * The model URIs a KServe object names that KServe can fetch, with the field
 * each came from (`predictor.model`, every framework shorthand, `storageUris`,
 * an LLMInferenceService's `model.uri`). Invalid ones are reported by the
 * cluster layer (not understood), never matched to a model.
 */
function modelUris(object: CachedObject): Array<[string, string]> {
  return readKServeModel(object)
    .addresses.filter(a => a.judged.valid)
    .map(a => [a.field, a.uri]);
}

/** The KServe object a pod belongs to, as `<kind>/<name>`, from KServe's labels. */
function ownerOf(pod: CachedObject): string | undefined {
  const labels = pod.metadata.labels ?? {};
  if (labels[ISVC_LABEL]) return `InferenceService/${labels[ISVC_LABEL]}`;
  // The scheduler (EPP) pods of an LLMInferenceService load no model.
  if (
    labels['app.kubernetes.io/part-of'] === 'llminferenceservice' &&
    labels['kserve.io/component'] === 'workload'
  ) {
    const name = labels['app.kubernetes.io/name'];
    if (name) return `LLMInferenceService/${name}`;
  }
  return undefined;
}

function digestOfImageId(imageId: unknown): string | undefined {
  if (typeof imageId !== 'string') return undefined;
  const match = /@(sha256:[a-f0-9]{64})$/.exec(imageId);
  return match?.[1];
}

/** What a pod says about a reference: its start and any modelcar image digest. */
function podEvidence(
  pod: CachedObject,
  target: RegistryReference,
  aliases: RegistryAliases,
): PodEvidence {
  // The modelcar sidecar, or its init container (`modelcar-init`), whose
  // image is the model: its image ID is the digest the pod pulled.
  const statuses = [
    ...((get(pod, ['status', 'containerStatuses']) ?? []) as any[]),
    ...((get(pod, ['status', 'initContainerStatuses']) ?? []) as any[]),
  ];
  const imageDigests = statuses
    .filter(status => {
      const named =
        typeof status?.image === 'string' && aliases.resolve(status.image);
      return (
        named &&
        named.registry === target.registry &&
        named.repository === target.repository
      );
    })
    .map(status => digestOfImageId(status.imageID))
    .filter((d): d is string => Boolean(d));
  const unique = [...new Set(imageDigests)];
  return {
    name: pod.metadata.name,
    startTime: get(pod, ['status', 'startTime']) as string | undefined,
    imageDigests: unique,
  };
}

/** Every reference of one cluster to a configured registry. */
function clusterReferences(
  view: ClusterView,
  aliases: RegistryAliases,
): WorkloadReference[] {
  const found: WorkloadReference[] = [];
  const base = { cluster: view.name, clusterHealth: view.health };
  const podsByOwner = new Map<string, CachedObject[]>();
  const pods = view.list(POD);
  for (const pod of pods) {
    const owner = ownerOf(pod);
    if (!owner) continue;
    const key = `${pod.metadata.namespace}/${owner}`;
    podsByOwner.set(key, [...(podsByOwner.get(key) ?? []), pod]);
  }
  const owners = new Set<string>();
  for (const object of [...view.list(ISVC), ...view.list(LLMISVC)]) {
    const kind = object.kind as 'InferenceService' | 'LLMInferenceService';
    const namespace = object.metadata.namespace ?? '';
    const key = `${namespace}/${kind}/${object.metadata.name}`;
    owners.add(key);
    for (const [field, reference] of modelUris(object)) {
      const target = aliases.resolve(reference);
      if (!target) continue;
      const ownPods = podsByOwner.get(key) ?? [];
      found.push({
        ...base,
        ...target,
        namespace,
        kind,
        name: object.metadata.name,
        field,
        reference,
        pods: ownPods.map(p => podEvidence(p, target, aliases)),
      });
    }
  }
  // Pods that no KServe object above accounts for: their annotation and images.
  for (const pod of pods) {
    const owner = ownerOf(pod);
    if (owner && owners.has(`${pod.metadata.namespace}/${owner}`)) continue;
    const refs: Array<[string, string]> = [];
    const annotation =
      pod.metadata.annotations?.[STORAGE_INITIALIZER_SOURCE_URI];
    if (annotation) {
      refs.push([
        `metadata.annotations['${STORAGE_INITIALIZER_SOURCE_URI}']`,
        annotation,
      ]);
    }
    const containers = [
      ...((get(pod, ['spec', 'initContainers']) as any[]) ?? []),
      ...((get(pod, ['spec', 'containers']) as any[]) ?? []),
    ];
    for (const container of containers) {
      if (typeof container?.image === 'string') {
        refs.push([
          `spec.containers['${container.name}'].image`,
          container.image,
        ]);
      }
    }
    for (const [field, reference] of refs) {
      const target = aliases.resolve(reference);
      if (!target) continue;
      found.push({
        ...base,
        ...target,
        namespace: pod.metadata.namespace ?? '',
        kind: 'Pod',
        name: pod.metadata.name,
        field,
        reference,
        pods: [podEvidence(pod, target, aliases)],
      });
    }
  }
  return found;
}

/**
 * Every reference of every cluster's KServe InferenceServices,
 * LLMInferenceServices and pods (storage-initializer annotation, container
 * images) to a configured registry, read from the watch caches. Pods that
 * belong to a KServe object are evidence for it rather than deployments of
 * their own.
 */
export function findWorkloadReferences(
  clusters: ClusterSource,
  aliases: RegistryAliases,
): WorkloadReference[] {
  return clusters.clusters().flatMap(view => clusterReferences(view, aliases));
}
