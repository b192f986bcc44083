/**
 * The contract of the CRA readiness domain (`/cra` routes, the CRA page and
 * cards, the `get-cra-readiness` action).
 */

/**
 * The state of one readiness item. `invalid` means evidence exists but does
 * not hold (a malformed SBOM, a provenance naming another digest, a support
 * period that has ended); `unknown` means it could not be read.
 *
 * @public
 */
export type CraItemStatus = 'pass' | 'missing' | 'invalid' | 'unknown';

/**
 * The items a product is checked for.
 *
 * @public
 */
export type CraItemId =
  | 'sbom'
  | 'provenance'
  | 'signature'
  | 'security-contact'
  | 'support-period'
  | 'vulnerability-disclosure'
  | 'sovereignty'
  | 'model-versions';

/**
 * Every item id, in the order pages and exports list them.
 *
 * @public
 */
export const CRA_ITEM_IDS: readonly CraItemId[] = [
  'sbom',
  'provenance',
  'signature',
  'security-contact',
  'support-period',
  'vulnerability-disclosure',
  'sovereignty',
  'model-versions',
];

/**
 * One piece of evidence an item rests on: an OCI artifact, a catalog
 * annotation, a workload.
 *
 * @public
 */
export interface CraEvidence {
  /** e.g. `oci-referrer`, `cosign-tag`, `annotation`, `deployment`, `model-version`. */
  kind: string;
  /** The digest, annotation key and entity, or object the evidence is. */
  ref: string;
  /** What it says, e.g. `SPDX-2.3, 4 components`. */
  detail?: string;
}

/**
 * What a parsed SBOM says.
 *
 * @public
 */
export interface CraSbomFacts {
  format: 'spdx' | 'cyclonedx';
  /** `SPDX-2.3`, `1.6`. */
  specVersion: string;
  componentCount: number;
  /** Distinct licence ids or expressions, sorted. */
  licenses: string[];
}

/**
 * What a parsed provenance attestation says.
 *
 * @public
 */
export interface CraProvenanceFacts {
  predicateType: string;
  /** `runDetails.builder.id` (SLSA v1) or `builder.id` (v0.2). */
  builder?: string;
  buildType?: string;
  /** Digests the statement's subjects name, as `sha256:<hex>`. */
  subjectDigests: string[];
}

/**
 * One readiness item with its verdict, reason and evidence.
 *
 * @public
 */
export interface CraItem {
  id: CraItemId;
  title: string;
  status: CraItemStatus;
  /** A sentence: why this status. */
  reason: string;
  evidence: CraEvidence[];
  /** Whether the rules require it for `ready`. */
  required: boolean;
  /** Its weight in the score. */
  weight: number;
  sbom?: CraSbomFacts;
  provenance?: CraProvenanceFacts;
}

/**
 * Readiness of one product: its items and their score.
 *
 * @public
 */
export interface CraReadiness {
  /** 0–100: the weights of passing items over all weights. */
  score: number;
  /** True when every required item passes. */
  ready: boolean;
  /** Items that do not pass. */
  gaps: number;
  items: CraItem[];
}

/**
 * A model version (one manifest digest) and its readiness.
 *
 * @public
 */
export interface CraModelVersionRow {
  kind: 'model-version';
  /** `<registry>/<repository>@<digest>`. */
  id: string;
  registry: string;
  repository: string;
  /** Tags that point at the digest. */
  tags: string[];
  digest: string;
  title: string;
  /** The `ai-model` Resource, when the catalog has one. */
  entityRef?: string;
  /** Owning Group ref, when known. */
  owner?: string;
  readiness: CraReadiness;
}

/**
 * A model version an inference service runs.
 *
 * @public
 */
export interface CraServiceVersion {
  registry: string;
  repository: string;
  digest: string;
  tags: string[];
  /** The workload that runs it, `<cluster>/<namespace>/<kind>/<name>`. */
  workload: string;
  score?: number;
  ready?: boolean;
}

/**
 * An inference service and its readiness.
 *
 * @public
 */
export interface CraServiceRow {
  kind: 'inference-service';
  /** The Component's entity ref. */
  id: string;
  entityRef: string;
  title: string;
  owner?: string;
  versions: CraServiceVersion[];
  readiness: CraReadiness;
}

/**
 * A row of the CRA report.
 *
 * @public
 */
export type CraRow = CraModelVersionRow | CraServiceRow;

/**
 * How one item counts.
 *
 * @public
 */
export interface CraItemRule {
  weight: number;
  required: boolean;
}

/**
 * The readiness rules in force (from `aiPlatform.cra`).
 *
 * @public
 */
export interface CraRules {
  items: Record<CraItemId, CraItemRule>;
  /** A version's support period must reach this many years after it was created. */
  minSupportYears: number;
}

/**
 * Answer of `GET /cra`.
 *
 * @public
 */
export interface CraReport {
  generatedAt: string;
  rules: CraRules;
  /** Gaps first: not ready before ready, then lowest score. */
  rows: CraRow[];
  /** What could not be read (a registry, a repository), each a sentence. */
  errors: string[];
}

/**
 * Answer of `GET /cra/entity`: the rows of one `ai-model` Resource (its
 * versions) or `inference-service` Component.
 *
 * @public
 */
export interface CraEntityReadiness {
  entityRef: string;
  rows: CraRow[];
  errors: string[];
}
