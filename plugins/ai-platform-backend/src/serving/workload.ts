import type { CachedObject } from '@ai-platform/backstage-plugin-ai-platform-node';
import { KSERVE_PREDICTOR_FRAMEWORKS } from '@ai-platform/backstage-plugin-ai-platform-common';

type Obj = Record<string, any>;

/** KServe's managed DRA annotations (pkg/constants ManagedDRA*AnnotationKey). */
export const MANAGED_DRA = {
  deviceClass: 'serving.kserve.io/exp-dra-device-class',
  deviceCount: 'serving.kserve.io/exp-dra-device-count',
} as const;

/** A PodSpec's `resourceClaims[]` entry, in the shapes Kubernetes has used. */
export interface PodClaimRef {
  name: string;
  templateName?: string;
  claimName?: string;
}

/**
 * What a KServe InferenceService (v1beta1) or LLMInferenceService (v1alpha1,
 * v1alpha2) asks of each replica and how many replicas it wants.
 */
export interface ServingSpec {
  desired: number;
  min?: number;
  max?: number;
  prefill?: number;
  /** The containers of one replica's pod (the predictor's, or the template's). */
  containers: Obj[];
  initContainers: Obj[];
  claims: PodClaimRef[];
  managedDra?: { deviceClass: string; count: number };
  /** Whether a replica spans several pods (KServe workerSpec, LLMInferenceService worker). */
  multiNode: boolean;
  problems: string[];
}

function isObject(value: unknown): value is Obj {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

function replicaCount(
  value: unknown,
  field: string,
  problems: string[],
): number | undefined {
  if (value === undefined || value === null) return undefined;
  if (typeof value === 'number' && Number.isInteger(value) && value >= 0) {
    return value;
  }
  problems.push(
    `${field} is ${JSON.stringify(value)}, not a whole number of at least 0`,
  );
  return undefined;
}

function list(value: unknown, field: string, problems: string[]): Obj[] {
  if (value === undefined || value === null) return [];
  if (!Array.isArray(value)) {
    problems.push(`${field} is not a list`);
    return [];
  }
  return value.filter(isObject);
}

function claimRefs(value: unknown, field: string, problems: string[]) {
  return list(value, field, problems).flatMap((entry, i): PodClaimRef[] => {
    if (typeof entry.name !== 'string') {
      problems.push(`${field}[${i}].name is missing`);
      return [];
    }
    // Kubernetes 1.31+ names the source directly; 1.26-1.30 under `source`.
    const source = isObject(entry.source) ? entry.source : entry;
    const templateName = source.resourceClaimTemplateName;
    const claimName = source.resourceClaimName;
    return [
      {
        name: entry.name,
        ...(typeof templateName === 'string' ? { templateName } : {}),
        ...(typeof claimName === 'string' ? { claimName } : {}),
      },
    ];
  });
}

function managedDra(
  object: CachedObject,
  problems: string[],
): ServingSpec['managedDra'] {
  const annotations = object.metadata.annotations ?? {};
  const deviceClass = annotations[MANAGED_DRA.deviceClass];
  if (deviceClass === undefined) return undefined;
  if (deviceClass.trim() === '') {
    problems.push(`annotation ${MANAGED_DRA.deviceClass} is empty`);
    return undefined;
  }
  const rawCount = annotations[MANAGED_DRA.deviceCount];
  let count = 1;
  if (rawCount !== undefined) {
    if (/^[1-9][0-9]{0,3}$/.test(rawCount.trim())) {
      count = Number(rawCount.trim());
    } else {
      problems.push(
        `annotation ${MANAGED_DRA.deviceCount} is ${JSON.stringify(
          rawCount,
        )}, not a whole number from 1 to 9999; the claim's size is unknown`,
      );
      return undefined;
    }
  }
  return { deviceClass: deviceClass.trim(), count };
}

/**
 * The replicas and per-replica pod of a KServe service, with the defaults
 * KServe applies: an InferenceService wants `minReplicas` (default 1) up to
 * `maxReplicas`; an LLMInferenceService wants `replicas` (default 1), or
 * `scaling.minReplicas` to `scaling.maxReplicas` when it autoscales.
 */
export function readServingSpec(object: CachedObject): ServingSpec {
  const problems: string[] = [];
  const spec = isObject(object.spec) ? object.spec : {};
  const out: ServingSpec = {
    desired: 1,
    containers: [],
    initContainers: [],
    claims: [],
    multiNode: false,
    problems,
  };
  const dra = managedDra(object, problems);
  if (dra) out.managedDra = dra;

  if (object.kind === 'LLMInferenceService') {
    const replicas = replicaCount(spec.replicas, 'spec.replicas', problems);
    const scaling = isObject(spec.scaling) ? spec.scaling : undefined;
    const min = replicaCount(
      scaling?.minReplicas,
      'spec.scaling.minReplicas',
      problems,
    );
    const max = replicaCount(
      scaling?.maxReplicas,
      'spec.scaling.maxReplicas',
      problems,
    );
    out.desired = replicas ?? min ?? 1;
    if (min !== undefined) out.min = min;
    if (max !== undefined) out.max = max;
    const template = isObject(spec.template) ? spec.template : {};
    out.containers = list(
      template.containers,
      'spec.template.containers',
      problems,
    );
    out.initContainers = list(
      template.initContainers,
      'spec.template.initContainers',
      problems,
    );
    out.claims = claimRefs(
      template.resourceClaims,
      'spec.template.resourceClaims',
      problems,
    );
    out.multiNode = isObject(spec.worker);
    if (isObject(spec.prefill)) {
      out.prefill =
        replicaCount(
          spec.prefill.replicas,
          'spec.prefill.replicas',
          problems,
        ) ?? 1;
    }
    return out;
  }

  const predictor = isObject(spec.predictor) ? spec.predictor : {};
  const min = replicaCount(
    predictor.minReplicas,
    'spec.predictor.minReplicas',
    problems,
  );
  const max = replicaCount(
    predictor.maxReplicas,
    'spec.predictor.maxReplicas',
    problems,
  );
  out.desired = min ?? 1;
  if (min !== undefined) out.min = min;
  if (max !== undefined && max > 0) out.max = max;
  // The model or framework entry is the predictor's main container.
  for (const key of ['model', ...KSERVE_PREDICTOR_FRAMEWORKS]) {
    if (isObject(predictor[key])) out.containers.push(predictor[key]);
  }
  out.containers.push(
    ...list(predictor.containers, 'spec.predictor.containers', problems),
  );
  out.initContainers = list(
    predictor.initContainers,
    'spec.predictor.initContainers',
    problems,
  );
  out.claims = claimRefs(
    predictor.resourceClaims,
    'spec.predictor.resourceClaims',
    problems,
  );
  out.multiNode = isObject(predictor.workerSpec);
  return out;
}

/**
 * The serving pods of a KServe service, by KServe's labels: an
 * InferenceService's predictor pods, or an LLMInferenceService's workload
 * pods (not its scheduler's).
 */
export function isServingPodOf(
  pod: CachedObject,
  service: CachedObject,
): boolean {
  if (pod.metadata.namespace !== service.metadata.namespace) return false;
  const labels = pod.metadata.labels ?? {};
  if (service.kind === 'InferenceService') {
    return (
      labels['serving.kserve.io/inferenceservice'] === service.metadata.name &&
      (labels.component === undefined || labels.component === 'predictor')
    );
  }
  return (
    labels['app.kubernetes.io/part-of'] === 'llminferenceservice' &&
    labels['kserve.io/component'] === 'workload' &&
    labels['app.kubernetes.io/name'] === service.metadata.name &&
    // Prefill pods (P/D disaggregation) are counted apart.
    labels['llm-d.ai/role'] !== 'prefill'
  );
}
