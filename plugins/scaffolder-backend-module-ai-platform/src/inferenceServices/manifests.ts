import { parseEntityRef, type ComponentEntity } from '@backstage/catalog-model';
import { InputError } from '@backstage/errors';
import {
  AI_PLATFORM_ANNOTATIONS,
  DATA_CLASSIFICATIONS,
  INFERENCE_SERVICE_ANNOTATIONS,
  isDataClassification,
  OCI_REPOSITORY_ANNOTATION,
  SOVEREIGNTY_LABELS,
  TEAM_LABEL,
} from '@ai-platform/backstage-plugin-ai-platform-common';
import yaml from 'yaml';
import { normaliseEntityRef, validateName } from '../agents/agentEntity';

/** The label the stock Kubernetes plugin and our NetworkPolicy select pods by. */
export const KUBERNETES_ID_LABEL = 'backstage.io/kubernetes-id';
/** GPU Feature Discovery's node label naming the GPU product. */
export const GPU_PRODUCT_LABEL = 'nvidia.com/gpu.product';
/** The file, next to the manifests, that records what the service was created with. */
export const PARAMETERS_FILE = 'ai-platform-service.yaml';

const DNS_1123_LABEL = /^[a-z0-9]([-a-z0-9]*[a-z0-9])?$/;
const LABEL_VALUE = /^[A-Za-z0-9]([-A-Za-z0-9_.]*[A-Za-z0-9])?$/;
const MIG_PROFILE = /^[1-9]g\.[1-9][0-9]*gb$/;
const DIGEST = /^sha256:[a-f0-9]{64}$/;

/**
 * Everything an inference service is rendered from. It is also written,
 * as is, to {@link PARAMETERS_FILE}, so a promotion re-renders the service
 * with the same parameters and only a new model version.
 */
export interface InferenceServiceParameters {
  name: string;
  title?: string;
  description?: string;
  namespace: string;
  /** A configured cluster name (the cluster's catalog Resource has the same name). */
  cluster: string;
  /** Owning team: a Group entity ref. */
  owner: string;
  system?: string;
  classification: string;
  replicas: number;
  gpu: { gpuProduct: string; gpus: number; migProfile?: string };
  /** The model version as picked, with the digest it was pinned to. */
  model: {
    registry: string;
    repository: string;
    tag: string;
    digest: string;
    /** `oci://<host>/<repository>@sha256:...` */
    reference: string;
    /** The model's catalog Resource. */
    entityRef: string;
    llm: boolean;
    format?: string;
  };
  /** The namespace of the Gateway that routes to the service; default `kserve`. */
  gatewayNamespace?: string;
  /** Where the manifests are committed: branch and folder of the GitOps repository. */
  gitops: { branch: string; path: string };
}

/** One rendered file: a workspace-relative path and its YAML text. */
export interface RenderedFile {
  path: string;
  content: string;
}

/** The rendered service: its files and the objects in them. */
export interface RenderedInferenceService {
  files: RenderedFile[];
  entity: ComponentEntity;
  /** The KServe object: LLMInferenceService or InferenceService. */
  workload: Record<string, any>;
  policy: Record<string, any>;
  networkPolicy: Record<string, any>;
}

/**
 * The Kyverno wildcard pattern a pinned model reference must match: any
 * prefix, then `@sha256:` and exactly 64 characters (`?` is one character
 * in Kyverno patterns, `*` any run of characters).
 */
export const PINNED_REFERENCE_PATTERN = `?*@sha256:${'?'.repeat(64)}`;

function dnsLabel(field: string, value: string): string {
  if (value.length > 63 || !DNS_1123_LABEL.test(value)) {
    throw new InputError(
      `${field} '${value}' is not valid: use at most 63 lower-case letters, digits and '-', starting and ending with a letter or digit (DNS-1123)`,
    );
  }
  return value;
}

function positiveInteger(field: string, value: number, max?: number): number {
  if (!Number.isInteger(value) || value < 1 || (max && value > max)) {
    throw new InputError(
      `${field} must be a whole number from 1${
        max ? ` to ${max}` : ''
      }, got ${value}`,
    );
  }
  return value;
}

/** The team label value: the Group's name (namespaces carry the same). */
function teamLabelValue(owner: string): string {
  const { name } = parseEntityRef(owner);
  if (!LABEL_VALUE.test(name) || name.length > 63) {
    throw new InputError(`Owner '${owner}' has no name usable as a label`);
  }
  return name;
}

/** Validates the parameters; throws an InputError saying what to change. */
export function validateParameters(
  p: InferenceServiceParameters,
): InferenceServiceParameters {
  validateName(p.name);
  dnsLabel('Namespace', p.namespace);
  dnsLabel('Cluster', p.cluster);
  if (p.gatewayNamespace) dnsLabel('Gateway namespace', p.gatewayNamespace);
  if (!isDataClassification(p.classification)) {
    throw new InputError(
      `Data classification '${
        p.classification
      }' is not one of ${DATA_CLASSIFICATIONS.join(', ')}`,
    );
  }
  positiveInteger('Replicas', p.replicas);
  positiveInteger('GPUs per replica', p.gpu.gpus);
  if (!LABEL_VALUE.test(p.gpu.gpuProduct) || p.gpu.gpuProduct.length > 63) {
    throw new InputError(
      `GPU product '${p.gpu.gpuProduct}' is not a node label value such as NVIDIA-H100-80GB-HBM3`,
    );
  }
  if (p.gpu.migProfile) {
    if (!MIG_PROFILE.test(p.gpu.migProfile)) {
      throw new InputError(
        `MIG profile '${p.gpu.migProfile}' is not a profile name such as 1g.10gb or 3g.40gb`,
      );
    }
    if (p.gpu.gpus !== 1) {
      throw new InputError(
        `A MIG profile is one slice per replica: ask for 1 GPU, not ${p.gpu.gpus}`,
      );
    }
  }
  const { model } = p;
  if (!DIGEST.test(model.digest)) {
    throw new InputError(
      `The model digest '${model.digest}' is not sha256: and 64 lower-case hex digits; run ai-platform:model:resolve first`,
    );
  }
  if (
    !/^oci:\/\/[^\s@]+$/.test(model.reference.split('@')[0]) ||
    !model.reference.endsWith(`@${model.digest}`)
  ) {
    throw new InputError(
      `The model reference '${model.reference}' is not oci://<host>/<repository>@${model.digest}; use the reference output of ai-platform:model:resolve`,
    );
  }
  const { migProfile, ...gpu } = p.gpu;
  return {
    ...p,
    // An optional form field may arrive as an empty string.
    title: p.title || undefined,
    description: p.description || undefined,
    system: undefined,
    gpu: migProfile ? { ...gpu, migProfile } : gpu,
    owner: normaliseEntityRef('Owner', p.owner, 'group', ['group']),
    ...(p.system
      ? { system: normaliseEntityRef('System', p.system, 'system', ['system']) }
      : {}),
    model: {
      ...model,
      entityRef: normaliseEntityRef('Model', model.entityRef, 'resource', [
        'resource',
      ]),
    },
  };
}

/** `nvidia.com/gpu: N`, or one slice of the MIG profile. */
function gpuResources(gpu: InferenceServiceParameters['gpu']) {
  const resources = gpu.migProfile
    ? { [`nvidia.com/mig-${gpu.migProfile}`]: '1' }
    : { 'nvidia.com/gpu': String(gpu.gpus) };
  return { limits: resources, requests: { ...resources } };
}

/** Only nodes with the chosen GPU product, as GPU Feature Discovery labels them. */
function gpuAffinity(gpuProduct: string) {
  return {
    nodeAffinity: {
      requiredDuringSchedulingIgnoredDuringExecution: {
        nodeSelectorTerms: [
          {
            matchExpressions: [
              { key: GPU_PRODUCT_LABEL, operator: 'In', values: [gpuProduct] },
            ],
          },
        ],
      },
    },
  };
}

/** KServe's model format name for a predictive model's weight format. */
export function kserveModelFormat(format: string | undefined): string {
  const f = (format ?? '').toLowerCase();
  const known: Record<string, string> = {
    onnx: 'onnx',
    pt: 'pytorch',
    pytorch: 'pytorch',
    safetensors: 'huggingface',
    sklearn: 'sklearn',
    joblib: 'sklearn',
    pkl: 'sklearn',
    xgboost: 'xgboost',
    lightgbm: 'lightgbm',
    tensorflow: 'tensorflow',
    savedmodel: 'tensorflow',
    pmml: 'pmml',
  };
  return known[f] ?? (f || 'huggingface');
}

function labelsOf(p: InferenceServiceParameters): Record<string, string> {
  return {
    [KUBERNETES_ID_LABEL]: p.name,
    [SOVEREIGNTY_LABELS.dataClassification]: p.classification,
    [TEAM_LABEL]: teamLabelValue(p.owner),
  };
}

/** The served model name clients ask for: the repository's last segment. */
function servedModelName(p: InferenceServiceParameters): string {
  return p.model.repository.split('/').pop()!;
}

/**
 * KServe `LLMInferenceService` (v1alpha2): the model pinned by digest, and
 * the managed router: with `route`, `gateway` and `scheduler` left empty,
 * KServe creates the HTTPRoute on the default Gateway, the GAIE
 * InferencePool and its endpoint picker (the scheduler). The main
 * container's image comes from KServe's default LLMInferenceServiceConfig.
 */
function llmInferenceService(p: InferenceServiceParameters) {
  const labels = labelsOf(p);
  return {
    apiVersion: 'serving.kserve.io/v1alpha2',
    kind: 'LLMInferenceService',
    metadata: { name: p.name, namespace: p.namespace, labels },
    spec: {
      model: { uri: p.model.reference, name: servedModelName(p) },
      replicas: p.replicas,
      labels,
      router: { route: {}, gateway: {}, scheduler: {} },
      template: {
        affinity: gpuAffinity(p.gpu.gpuProduct),
        containers: [{ name: 'main', resources: gpuResources(p.gpu) }],
      },
    },
  };
}

/** KServe `InferenceService` (v1beta1) of a predictive model. */
function inferenceService(p: InferenceServiceParameters) {
  const labels = labelsOf(p);
  return {
    apiVersion: 'serving.kserve.io/v1beta1',
    kind: 'InferenceService',
    metadata: {
      name: p.name,
      namespace: p.namespace,
      labels,
      annotations: { 'serving.kserve.io/deploymentMode': 'Standard' },
    },
    spec: {
      predictor: {
        minReplicas: p.replicas,
        maxReplicas: p.replicas,
        labels,
        affinity: gpuAffinity(p.gpu.gpuProduct),
        model: {
          modelFormat: { name: kserveModelFormat(p.model.format) },
          storageUri: p.model.reference,
          resources: gpuResources(p.gpu),
        },
      },
    },
  };
}

/**
 * A Kyverno Policy in the namespace that rejects this service when its
 * model is not pinned by digest, so a later hand edit to a tag is refused.
 */
function digestPolicy(p: InferenceServiceParameters) {
  const rule = (kind: string, field: object, path: string) => ({
    name: `${kind.toLowerCase()}-model-pinned-by-digest`,
    match: {
      any: [
        {
          // A namespaced Policy applies in its own namespace only.
          resources: { kinds: [kind], names: [p.name] },
        },
      ],
    },
    validate: {
      // Kyverno 1.13+ reads the action per rule; older ones read spec.validationFailureAction.
      failureAction: 'Enforce',
      message: `The model of ${kind} ${p.namespace}/${p.name} must be pinned by digest: ${path} must end in @sha256:<64 hex digits>, not a tag. Promote a new version with the Promote or roll back a model version template.`,
      pattern: field,
    },
  });
  return {
    apiVersion: 'kyverno.io/v1',
    kind: 'Policy',
    metadata: {
      name: `${p.name}-model-digest`.slice(0, 63).replace(/-+$/, ''),
      namespace: p.namespace,
      labels: labelsOf(p),
      annotations: {
        'policies.kyverno.io/title': 'Model pinned by digest',
        'policies.kyverno.io/description':
          'Rejects KServe services whose model reference is a tag rather than an immutable digest.',
      },
    },
    spec: {
      validationFailureAction: 'Enforce',
      background: true,
      rules: [
        rule(
          'serving.kserve.io/v1alpha2/LLMInferenceService',
          { spec: { model: { uri: PINNED_REFERENCE_PATTERN } } },
          'spec.model.uri',
        ),
        rule(
          'serving.kserve.io/v1beta1/InferenceService',
          {
            spec: {
              predictor: { model: { storageUri: PINNED_REFERENCE_PATTERN } },
            },
          },
          'spec.predictor.model.storageUri',
        ),
      ],
    },
  };
}

/**
 * Ingress to the service's pods only from its own namespace (KServe's
 * endpoint picker and router run there) and from the Gateway's namespace.
 */
function networkPolicy(p: InferenceServiceParameters) {
  const gatewayNamespace = p.gatewayNamespace ?? 'kserve';
  return {
    apiVersion: 'networking.k8s.io/v1',
    kind: 'NetworkPolicy',
    metadata: {
      name: `${p.name}-ingress`.slice(0, 63).replace(/-+$/, ''),
      namespace: p.namespace,
      labels: labelsOf(p),
    },
    spec: {
      podSelector: { matchLabels: { [KUBERNETES_ID_LABEL]: p.name } },
      policyTypes: ['Ingress'],
      ingress: [
        {
          from: [
            { podSelector: {} },
            {
              namespaceSelector: {
                matchLabels: {
                  'kubernetes.io/metadata.name': gatewayNamespace,
                },
              },
            },
          ],
        },
      ],
    },
  };
}

function catalogEntity(
  p: InferenceServiceParameters,
  workload: { apiVersion: string; kind: string },
): ComponentEntity {
  return {
    apiVersion: 'backstage.io/v1alpha1',
    kind: 'Component',
    metadata: {
      name: p.name,
      ...(p.title ? { title: p.title } : {}),
      description:
        p.description?.trim() ||
        `Serves ${p.model.repository}:${p.model.tag} on ${p.cluster}`,
      labels: labelsOf(p),
      annotations: {
        [KUBERNETES_ID_LABEL]: p.name,
        'backstage.io/kubernetes-namespace': p.namespace,
        'backstage.io/kubernetes-label-selector': `${KUBERNETES_ID_LABEL}=${p.name}`,
        [AI_PLATFORM_ANNOTATIONS.cluster]: p.cluster,
        [AI_PLATFORM_ANNOTATIONS.kubernetesRef]: `${workload.apiVersion}/${workload.kind}/${p.namespace}/${p.name}`,
        [OCI_REPOSITORY_ANNOTATION]: `${p.model.registry}/${p.model.repository}`,
        [INFERENCE_SERVICE_ANNOTATIONS.modelDigest]: p.model.digest,
        [INFERENCE_SERVICE_ANNOTATIONS.modelReference]: p.model.reference,
        [INFERENCE_SERVICE_ANNOTATIONS.gitopsBranch]: p.gitops.branch,
        [INFERENCE_SERVICE_ANNOTATIONS.gitopsPath]: p.gitops.path,
      },
      tags: ['inference-service', p.model.llm ? 'llm' : 'predictive'],
    },
    spec: {
      type: 'inference-service',
      lifecycle: 'production',
      owner: p.owner,
      ...(p.system ? { system: p.system } : {}),
      dependsOn: [p.model.entityRef, `resource:default/${p.cluster}`],
    },
  };
}

/**
 * Renders a governed inference service: the KServe object, its Kyverno
 * digest policy, its NetworkPolicy, its catalog entity and the parameters
 * file, each built as an object and serialised with the YAML library.
 */
export function renderInferenceService(
  input: InferenceServiceParameters,
): RenderedInferenceService {
  const p = validateParameters(input);
  const workload = p.model.llm ? llmInferenceService(p) : inferenceService(p);
  const policy = digestPolicy(p);
  const netpol = networkPolicy(p);
  const entity = catalogEntity(p, workload);
  const file = (path: string, doc: unknown) => ({
    path,
    content: yaml.stringify(doc),
  });
  return {
    files: [
      file('catalog-info.yaml', entity),
      file(PARAMETERS_FILE, {
        apiVersion: 'ai-platform.io/v1alpha1',
        kind: 'InferenceServiceParameters',
        spec: p,
      }),
      file('manifests/inference-service.yaml', workload),
      file('manifests/kyverno-policy.yaml', policy),
      file('manifests/network-policy.yaml', netpol),
    ],
    entity,
    workload,
    policy,
    networkPolicy: netpol,
  };
}

/** Reads a parameters file written by {@link renderInferenceService}. */
export function parseParametersFile(
  text: string,
  where: string,
): InferenceServiceParameters {
  let doc: any;
  try {
    doc = yaml.parse(text);
  } catch (e) {
    throw new InputError(`${where} is not YAML: ${(e as Error).message}`);
  }
  if (doc?.kind !== 'InferenceServiceParameters' || !doc.spec?.model) {
    throw new InputError(
      `${where} is not an InferenceServiceParameters file written by ai-platform:inference-service:render`,
    );
  }
  return doc.spec as InferenceServiceParameters;
}
