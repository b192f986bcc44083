/**
 * The governance contract: what a new inference service is checked
 * against (the backend's `check-inference-service` action, the scaffolder's
 * `ai-platform:governance:check`, agents over MCP) and what a model version
 * resolves to (`resolve-model-version`, `ai-platform:model:resolve`). The
 * request and answer shapes, the check ids and the zod schemas live here
 * once; the backend and the scaffolder module build their action schemas
 * from them.
 */
import { z as zod } from 'zod/v3';
import { DATA_CLASSIFICATIONS } from './sovereignty';
import type { ModelPackaging } from './models';

/** The zod the action APIs hand their schema builders. */
type Zod = typeof zod;

/**
 * A new inference service as a template or an agent asks for it. Every
 * field is checked, and every failed rule is reported at once.
 *
 * @public
 */
export interface GovernanceRequest {
  /** Name of the service (a KServe object name: a DNS-1123 label). */
  name: string;
  namespace: string;
  cluster: string;
  model: {
    /** Registry name from `aiPlatform.registries`. */
    registry: string;
    repository: string;
    /** A tag, resolved to the digest it points to now. */
    tag?: string;
    /** A digest (`sha256:...`); wins over `tag`. */
    digest?: string;
  };
  /** Whole GPUs per replica (1 with a MIG profile: one slice). */
  gpus: number;
  /** GPU product as GPU Feature Discovery names it, e.g. `NVIDIA-H100-80GB-HBM3`. */
  gpuProduct: string;
  /** A MIG profile of the product, e.g. `3g.40gb`, instead of whole GPUs. */
  migProfile?: string;
  replicas: number;
  /** public, internal, confidential or restricted. */
  classification: string;
  /** The owning team: a Group entity ref or name. */
  team: string;
}

/**
 * Ids of the rules, in the order they are reported.
 *
 * @public
 */
export const GOVERNANCE_CHECK_IDS = [
  'name',
  'namespace',
  'replicas',
  'gpus',
  'gpu-quota',
  'gpu-capacity',
  'sovereignty',
  'model-digest',
  'model-storage',
  'model-signature',
  'model-sbom',
  'model-fit',
  'cluster-conformance',
] as const;

/**
 * The id of one rule.
 *
 * @public
 */
export type GovernanceCheckId = (typeof GOVERNANCE_CHECK_IDS)[number];

/**
 * One rule's outcome. `not-evaluated` says the rule could not be run (its
 * input failed another check, or the rule does not exist yet); it does not
 * block on its own, so it is never to be read as a pass either.
 *
 * @public
 */
export interface GovernanceCheck {
  id: GovernanceCheckId;
  status: 'pass' | 'fail' | 'not-evaluated';
  /** A sentence with the numbers or labels the verdict rests on. */
  message: string;
  /** What to change; set on every failure. */
  fix?: string;
}

/** The answer of a governance check. */
export interface GovernanceResult {
  /** True when no check failed. */
  allowed: boolean;
  checks: GovernanceCheck[];
  /** The model's immutable digest, when the version resolved. */
  resolvedDigest?: string;
}

/**
 * A model version as a template or an agent asks for it.
 *
 * @public
 */
export interface ModelVersionRequest {
  /** Registry name from `aiPlatform.registries`. */
  registry: string;
  repository: string;
  /** A tag, resolved to the digest it points to now. */
  tag?: string;
  /** A digest (`sha256:...`); wins over `tag`. */
  digest?: string;
}

/**
 * A model version pinned to its immutable digest.
 *
 * @public
 */
export interface ResolvedModelVersion {
  registry: string;
  repository: string;
  /** The tag asked for, or the first tag that points to the digest. */
  tag: string;
  /** The immutable digest the tag points to now (`sha256:...`). */
  digest: string;
  /** `oci://<host>/<repository>@<digest>`, as KServe's storageUri and model.uri take it. */
  reference: string;
  /** The catalog entity ref of the model's `ai-model` Resource. */
  entityRef: string;
  packaging: ModelPackaging;
  signed: boolean;
  sbom: boolean;
  /** Served as an LLM (LLMInferenceService) or not (InferenceService). */
  llm: boolean;
  /** Why it is (or is not) an LLM. */
  llmReason: string;
  name?: string;
  format?: string;
  parameterSize?: string;
}

/**
 * The ids the backend registers the contract's actions under, as the
 * actions service names them (`<plugin id>:<action name>`).
 *
 * @public
 */
export const AI_PLATFORM_ACTION_IDS = {
  checkInferenceService: 'ai-platform:check-inference-service',
  resolveModelVersion: 'ai-platform:resolve-model-version',
} as const;

/**
 * The zod schema of a model version request.
 *
 * @public
 */
export function modelVersionRequestSchema(z: Zod) {
  return z.object({
    registry: z
      .string()
      .describe('Registry name from aiPlatform.registries, e.g. fra-sovereign'),
    repository: z
      .string()
      .describe(
        'Repository in that registry, e.g. models/mistral-small-3.2-24b-instruct',
      ),
    tag: z
      .string()
      .optional()
      .describe('A tag, resolved to the digest it points to now'),
    digest: z
      .string()
      .optional()
      .describe('A digest (sha256:...); wins over the tag'),
  });
}

/**
 * The zod schema of a governance request.
 *
 * @public
 */
export function governanceRequestSchema(z: Zod) {
  return z.object({
    name: z
      .string()
      .describe('Name of the service: a DNS-1123 label, e.g. mistral-chat'),
    namespace: z.string().describe('A namespace of the team on the cluster'),
    cluster: z.string().describe('A configured cluster name'),
    model: modelVersionRequestSchema(z).describe('The model version to serve'),
    gpus: z.number().describe('Whole GPUs per replica (1 with a MIG profile)'),
    gpuProduct: z
      .string()
      .describe(
        'GPU product as GPU Feature Discovery names it, e.g. NVIDIA-H100-80GB-HBM3',
      ),
    migProfile: z
      .string()
      .optional()
      .describe(
        'A MIG profile of the product, e.g. 3g.40gb, instead of whole GPUs',
      ),
    replicas: z.number().describe('Number of replicas'),
    classification: z
      .enum(DATA_CLASSIFICATIONS)
      .describe('Data classification the service processes'),
    team: z.string().describe('The owning team: a Group entity ref or name'),
  });
}

/**
 * The zod schema of a governance answer.
 *
 * @public
 */
export function governanceResultSchema(z: Zod) {
  return z.object({
    allowed: z.boolean().describe('True when no check failed'),
    checks: z
      .array(
        z.object({
          id: z.enum(GOVERNANCE_CHECK_IDS),
          status: z.enum(['pass', 'fail', 'not-evaluated']),
          message: z.string(),
          fix: z
            .string()
            .optional()
            .describe('What to change; set on every failure'),
        }),
      )
      .describe('Every check with its status, message and fix'),
    resolvedDigest: z
      .string()
      .optional()
      .describe('The digest to pin the model to, when it resolved'),
  });
}

/**
 * The zod schema of a resolved model version.
 *
 * @public
 */
export function resolvedModelVersionSchema(z: Zod) {
  return z.object({
    registry: z.string(),
    repository: z.string(),
    tag: z.string().describe('The tag the digest was resolved from'),
    digest: z.string().describe('The immutable digest (sha256:...)'),
    reference: z
      .string()
      .describe('The pinned reference: oci://<host>/<repository>@sha256:...'),
    entityRef: z
      .string()
      .describe("The catalog entity ref of the model's Resource"),
    packaging: z.enum(['modelpack', 'kitops']),
    signed: z.boolean().describe('The version has a signature'),
    sbom: z.boolean().describe('The version has an SBOM'),
    llm: z
      .boolean()
      .describe(
        'True: served by an LLMInferenceService; false: by an InferenceService',
      ),
    llmReason: z.string().describe('Why it is or is not an LLM'),
    name: z.string().optional(),
    format: z
      .string()
      .optional()
      .describe('The weight format, e.g. safetensors'),
    parameterSize: z.string().optional(),
  });
}

/**
 * A governance answer as the backend sent it, checked against the contract;
 * throws a zod error that names each field that is off.
 *
 * @public
 */
export function parseGovernanceResult(value: unknown): GovernanceResult {
  return governanceResultSchema(zod).parse(value);
}

/**
 * A resolved model version as the backend sent it, checked against the
 * contract; throws a zod error that names each field that is off.
 *
 * @public
 */
export function parseResolvedModelVersion(
  value: unknown,
): ResolvedModelVersion {
  return resolvedModelVersionSchema(zod).parse(value);
}
