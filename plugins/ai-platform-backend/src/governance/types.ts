/**
 * A new inference service as a template or an agent asks for it. Every
 * field is checked, and every failed rule is reported at once.
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

/** Ids of the rules, in the order they are reported. */
export type GovernanceCheckId =
  | 'name'
  | 'namespace'
  | 'replicas'
  | 'gpus'
  | 'gpu-quota'
  | 'gpu-capacity'
  | 'sovereignty'
  | 'model-digest'
  | 'model-storage'
  | 'model-signature'
  | 'model-sbom'
  | 'model-fit'
  | 'cluster-conformance';

/**
 * One rule's outcome. `not-evaluated` says the rule could not be run (its
 * input failed another check, or the rule does not exist yet); it does not
 * block on its own, so it is never to be read as a pass either.
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

export const pass = (
  id: GovernanceCheckId,
  message: string,
): GovernanceCheck => ({ id, status: 'pass', message });

export const fail = (
  id: GovernanceCheckId,
  message: string,
  fix: string,
): GovernanceCheck => ({ id, status: 'fail', message, fix });

export const notEvaluated = (
  id: GovernanceCheckId,
  message: string,
): GovernanceCheck => ({ id, status: 'not-evaluated', message });
