/**
 * Label and annotation keys owned by the AI Platform plugins. Every key the
 * suite reads or writes is defined here, once, and shared by the frontend and
 * the backend.
 */

/**
 * The prefix of every label and annotation key the suite owns.
 *
 * @public
 */
export const AI_PLATFORM_PREFIX = 'ai-platform.io/';

/**
 * Sovereignty labels. Clusters (in configuration), namespaces (as Kubernetes
 * labels) and catalog entities (in `metadata.labels`) carry the same keys.
 *
 * @public
 */
export const SOVEREIGNTY_LABELS = {
  /** ISO 3166-1 alpha-2 country code, or `EU`. */
  jurisdiction: `${AI_PLATFORM_PREFIX}jurisdiction`,
  /** The provider's region name, e.g. `eu-central-1` or `fr-par`. */
  region: `${AI_PLATFORM_PREFIX}region`,
  /** The infrastructure provider, e.g. `ovhcloud`, `aws`. */
  provider: `${AI_PLATFORM_PREFIX}provider`,
  /** Data classification: `public`, `internal`, `confidential` or `restricted`. */
  dataClassification: `${AI_PLATFORM_PREFIX}data-classification`,
  /** The residency policy that applies, e.g. `eu-only`. */
  residencyPolicy: `${AI_PLATFORM_PREFIX}residency-policy`,
  /** Exposure to the law of a non-EU jurisdiction, e.g. `us-cloud-act`, or `none`. */
  nonEuLawExposure: `${AI_PLATFORM_PREFIX}non-eu-law-exposure`,
} as const;

/**
 * The label on a Kubernetes namespace naming the catalog Group that owns it
 * (a group entity name in the default namespace, or a full entity ref).
 *
 * @public
 */
export const TEAM_LABEL = `${AI_PLATFORM_PREFIX}team`;

/**
 * The well-known Kubernetes node and cluster label that gives a default
 * region when no sovereignty region label is set.
 *
 * @public
 */
export const TOPOLOGY_REGION_LABEL = 'topology.kubernetes.io/region';

/**
 * Annotations the catalog entities of agents and MCP servers carry.
 *
 * @public
 */
export const AI_PLATFORM_ANNOTATIONS = {
  /** The workload identity of an agent: `spiffe://<trust domain>/ns/<namespace>/sa/<service account>`. */
  spiffeId: `${AI_PLATFORM_PREFIX}spiffe-id`,
  /** The name of the cluster the object runs in, as configured in `aiPlatform.clusters`. */
  cluster: `${AI_PLATFORM_PREFIX}cluster`,
  /** The Kubernetes object behind an entity: `<apiVersion>/<Kind>/<namespace>/<name>`. */
  kubernetesRef: `${AI_PLATFORM_PREFIX}kubernetes-ref`,
  /** The base URL of the model endpoint an agent calls (OpenAI-compatible or other). */
  modelEndpoint: `${AI_PLATFORM_PREFIX}model-endpoint`,
} as const;

/**
 * Annotation of an `ai-model` catalog entity: the OCI repository its
 * versions are read from, as `<registry name>/<repository>` (the registry
 * name of `aiPlatform.registries`), e.g. `fra-sovereign/models/mistral-7b`.
 *
 * @public
 */
export const OCI_REPOSITORY_ANNOTATION = `${AI_PLATFORM_PREFIX}oci-repository`;

/**
 * Annotation on a model's OCI manifest naming the catalog Group that owns the
 * model (an entity ref); it wins over the registry's configured owner.
 *
 * @public
 */
export const MODEL_OWNER_ANNOTATION = `${AI_PLATFORM_PREFIX}owner`;

/**
 * Labels of an `ai-model` catalog entity.
 *
 * @public
 */
export const MODEL_LABELS = {
  /** The model family, e.g. `llama-3.1`. */
  family: `${AI_PLATFORM_PREFIX}model-family`,
  /** The SPDX licence of the latest version, e.g. `Apache-2.0`. */
  license: `${AI_PLATFORM_PREFIX}model-license`,
  /** `modelpack` or `kitops`. */
  packaging: `${AI_PLATFORM_PREFIX}model-packaging`,
} as const;

/**
 * Annotations of an `inference-service` catalog entity made by the governed
 * inference service template; the promote action reads them back.
 *
 * @public
 */
export const INFERENCE_SERVICE_ANNOTATIONS = {
  /** The model digest the service is pinned to: `sha256:<64 hex digits>`. */
  modelDigest: `${AI_PLATFORM_PREFIX}model-digest`,
  /** The pinned model reference as KServe reads it: `oci://<host>/<repository>@sha256:...`. */
  modelReference: `${AI_PLATFORM_PREFIX}model-reference`,
  /** The GitOps branch that last changed the service's manifests. */
  gitopsBranch: `${AI_PLATFORM_PREFIX}gitops-branch`,
  /** The folder of the service's manifests in the GitOps repository, e.g. `inference-services/mistral-chat`. */
  gitopsPath: `${AI_PLATFORM_PREFIX}gitops-path`,
} as const;

/**
 * Annotations the catalog sets on an entity read from an unmerged change of
 * the local GitOps repository (a proposal): it is not live until its branch
 * is merged, and its lifecycle reads `experimental` until then.
 *
 * @public
 */
export const PROPOSAL_ANNOTATIONS = {
  /** The branch of the change the entity is proposed by. */
  proposedBranch: `${AI_PLATFORM_PREFIX}proposed-branch`,
  /** The lifecycle the entity's file asks for, which it gets once merged. */
  lifecycleWhenMerged: `${AI_PLATFORM_PREFIX}lifecycle-when-merged`,
  /** The branch of the change the entity was merged from. */
  mergedBranch: `${AI_PLATFORM_PREFIX}merged-branch`,
} as const;

/**
 * Annotations of the Cyber Resilience Act (Regulation (EU) 2024/2847)
 * readiness: on an `ai-model` Resource, an `inference-service` Component, a
 * model version's OCI manifest (for that version only), or the owning Group
 * (the team's default for everything it owns). The most specific wins.
 *
 * @public
 */
export const CRA_ANNOTATIONS = {
  /**
   * Where vulnerabilities are reported to the manufacturer (Annex II (2)):
   * `mailto:` URI, an e-mail address, or an `https://` URL.
   */
  securityContact: `${AI_PLATFORM_PREFIX}security-contact`,
  /** The end of the support period (Art. 13(8)), as an ISO 8601 date, e.g. `2031-12-31`. */
  supportPeriodEnd: `${AI_PLATFORM_PREFIX}support-period-end`,
  /**
   * The coordinated vulnerability disclosure policy (Annex I Part II (5)):
   * an `https://` URL, e.g. a `security.txt` or a policy page.
   */
  vulnerabilityDisclosureUrl: `${AI_PLATFORM_PREFIX}vulnerability-disclosure-url`,
} as const;
