import type { ModelFit } from './fit';
import type { ClusterHealth } from './clusters';
import type { SovereigntyEvaluation } from './sovereignty';

// Shapes of model artifacts, read from ModelPack and KitOps manifests and configs.

/**
 * How a model is packaged as an OCI artifact.
 *
 * @public
 */
export type ModelPackaging = 'modelpack' | 'kitops';

/**
 * What a layer of a model artifact holds, in ModelPack's words (KitOps
 * `model` is `weight`, `modelpart` is `weight-config`, `docs` is `doc`).
 *
 * @public
 */
export type ModelLayerKind =
  | 'weight'
  | 'weight-config'
  | 'doc'
  | 'code'
  | 'dataset'
  | 'other';

/**
 * One layer of a model artifact.
 *
 * @public
 */
export interface ModelLayer {
  kind: ModelLayerKind;
  mediaType: string;
  digest: string;
  size: number;
  /** The file or folder path inside the model, when annotated. */
  path?: string;
}

/**
 * The metadata of a model version, from its config blob and manifest.
 * Every field the artifact does not state is absent.
 *
 * @public
 */
export interface ModelMetadata {
  name?: string;
  title?: string;
  description?: string;
  vendor?: string;
  family?: string;
  version?: string;
  authors: string[];
  architecture?: string;
  /** File format of the weights, e.g. safetensors, gguf, onnx. */
  format?: string;
  /** As written, e.g. `8b` or `6.7B`. */
  parameterSize?: string;
  /** Number of parameters from `parameterSize`, e.g. 8e9. */
  parameterCount?: number;
  /** As written; several comma-separated values when mixed. */
  precision?: string;
  quantization?: string;
  /** SPDX expressions, deduplicated. */
  licenses: string[];
  /** ISO 8601 time the artifact was created. */
  createdAt?: string;
  sourceUrl?: string;
  documentationUrl?: string;
}

/**
 * A signature, SBOM or attestation that refers to a model version.
 *
 * @public
 */
export interface SupplyChainArtifact {
  digest: string;
  artifactType: string;
  /** Where it was found. */
  source: 'referrers-api' | 'referrers-tag' | 'cosign-tag';
  /** For SBOMs. */
  sbomFormat?: 'spdx' | 'cyclonedx';
}

/**
 * Signatures, SBOMs and attestations of a model version.
 *
 * @public
 */
export interface SupplyChain {
  signatures: SupplyChainArtifact[];
  sboms: SupplyChainArtifact[];
  attestations: SupplyChainArtifact[];
}

// REST API shapes of the models domain (`/models`, `/deployments`).

/**
 * A configured registry as the models API shows it.
 *
 * @public
 */
export interface ModelRegistryInfo {
  name: string;
  /** `registry` (a server) or `layout` (an OCI image-layout folder). */
  kind: 'registry' | 'layout';
  /** References under which workloads name this registry, e.g. `ghcr.io/example-org`. */
  aliases: string[];
  /** Sovereignty labels of where the registry stores data. */
  labels: Record<string, string>;
  /** Set when the registry could not be listed; its models are then missing. */
  error?: string;
}

/**
 * A model repository with its latest version and counts.
 *
 * @public
 */
export interface ModelSummary {
  registry: string;
  repository: string;
  /** `<registry>/<repository>`: the id in URLs and the catalog annotation. */
  ref: string;
  name?: string;
  title?: string;
  vendor?: string;
  family?: string;
  packaging?: ModelPackaging;
  /** Licences of the latest version. */
  licenses: string[];
  /** Owner entity ref: the manifest's `ai-platform.io/owner`, else the registry's `owner`. */
  owner?: string;
  /** The most recently created version (by its created time, then tag). */
  latest?: {
    tag: string;
    digest: string;
    createdAt?: string;
    signed: boolean;
    sbom: boolean;
  };
  /** Tags that are model versions (signature and referrers tags are not). */
  versionCount: number;
  /** Distinct digests among them. */
  digestCount: number;
  signedVersionCount: number;
  sbomVersionCount: number;
  /** Workloads across clusters that reference one of its versions. */
  deploymentCount: number;
  /** Where the model is stored, checked with the sovereignty `store` rule. */
  storage: SovereigntyEvaluation;
  /** Set when the repository could not be read. */
  error?: string;
}

/**
 * Answer of `GET /models`.
 *
 * @public
 */
export interface ModelList {
  generatedAt: string;
  registries: ModelRegistryInfo[];
  models: ModelSummary[];
}

/**
 * How a deployment that names a tag relates to the tag's current digest.
 *
 * @public
 */
export interface MutableTagStatus {
  tag: string;
  /** What the tag points to now; absent when the tag no longer exists. */
  currentDigest?: string;
  /**
   * `yes`: the workload runs another digest than the tag's current one;
   * `no`: it runs the current one; `unknown`: the cluster does not say.
   */
  moved: 'yes' | 'no' | 'unknown';
  /**
   * What the answer rests on: the image ID of a pod's model container
   * (modelcar), the current digest's created time being after the pods
   * started, or nothing.
   */
  basis: 'pod-image-id' | 'created-after-pods-started' | 'none';
  /** The digest the pods run, when a pod's image ID tells. */
  runningDigest?: string;
  /** Other tags of the running digest, e.g. `['1.0.0']`. */
  runningTags?: string[];
  /** Other tags of the tag's current digest, e.g. `['1.1.0']`. */
  currentTags?: string[];
  /**
   * A short phrase, never a guess:
   * `runs 1.0.0; :latest now points to 1.1.0`,
   * `runs 1.1.0, what :latest points to`, or
   * `unknown (tag reference)` with why.
   */
  summary?: string;
  /** A sentence explaining the answer. */
  message: string;
}

/**
 * A workload that references a model version.
 *
 * @public
 */
export interface ModelDeployment {
  cluster: string;
  clusterHealth: ClusterHealth;
  namespace: string;
  kind: 'InferenceService' | 'LLMInferenceService' | 'Pod';
  name: string;
  /** The field the reference was read from, e.g. `spec.predictor.model.storageUri`. */
  field: string;
  /** The reference as written. */
  reference: string;
  registry: string;
  repository: string;
  /**
   * The digest the workload runs: the one pinned, or, for a tag reference,
   * the one its pods' model container reports. Absent when a tag
   * reference's running digest cannot be seen (never guessed from the tag).
   */
  digest?: string;
  /** Tags of the repository that point to that digest now. */
  tags: string[];
  /** Present when the reference names a tag (a mutable reference). */
  mutableTag?: MutableTagStatus;
  /** Pods of the workload seen in the cluster. */
  podCount: number;
}

/**
 * GPU fit of a version, from its parameter count and precision.
 *
 * @public
 */
export type ModelVersionFit =
  | ({ status: 'ok' } & ModelFit)
  | { status: 'unknown'; reason: string };

/**
 * One version of a model, as the versions table shows it.
 *
 * @public
 */
export interface ModelVersionSummary {
  status: 'ok';
  tag: string;
  digest: string;
  /** Digest of the model manifest; differs from `digest` when the tag is an index. */
  manifestDigest: string;
  packaging: ModelPackaging;
  metadata: ModelMetadata;
  /** Bytes of the manifest, the config and every layer. */
  totalSize: number;
  signed: boolean;
  sbom: boolean;
  sbomFormats: Array<'spdx' | 'cyclonedx'>;
  /** Set when signatures and SBOMs could not be read: then signed/sbom are unknown, not false. */
  supplyChainError?: string;
  fit: ModelVersionFit;
  deployments: ModelDeployment[];
  /** Other tags pointing to the same digest. */
  sameDigestTags: string[];
  warnings: string[];
}

/**
 * A tag that could not be read as a model version.
 *
 * @public
 */
export interface ModelVersionFailure {
  status: 'error';
  tag: string;
  digest?: string;
  error: string;
}

/**
 * Answer of `GET /models/{registry}/{repository}/versions`.
 *
 * @public
 */
export interface ModelVersionList {
  registry: string;
  repository: string;
  generatedAt: string;
  /** Newest first. */
  versions: Array<ModelVersionSummary | ModelVersionFailure>;
  /** Tags that are not model versions (signatures, images), with why. */
  skipped: Array<{ tag: string; reason: string }>;
  storage: SovereigntyEvaluation;
}

/**
 * Answer of `GET /models/{registry}/{repository}/versions/{tag}`: the version
 * with its manifest, layers and referrers.
 *
 * @public
 */
export interface ModelVersionDetail extends ModelVersionSummary {
  registry: string;
  repository: string;
  mediaType: string;
  configDigest: string;
  layers: ModelLayer[];
  /** The manifest JSON as stored. */
  manifest: Record<string, unknown>;
  supplyChain?: SupplyChain;
}

/**
 * One field that differs between two versions.
 *
 * @public
 */
export interface ModelFieldChange {
  field: string;
  a?: string;
  b?: string;
}

/**
 * Answer of `GET /models/{registry}/{repository}/compare?a=&b=`.
 *
 * @public
 */
export interface ModelVersionComparison {
  registry: string;
  repository: string;
  a: ModelVersionSummary;
  b: ModelVersionSummary;
  sameDigest: boolean;
  /** Metadata, size, signature and SBOM fields that differ. */
  changes: ModelFieldChange[];
  layers: {
    /** Same digest in both. */
    unchanged: ModelLayer[];
    /** Only in a. */
    removed: ModelLayer[];
    /** Only in b. */
    added: ModelLayer[];
  };
  /** b's size minus a's, in bytes. */
  sizeDelta: number;
}

/**
 * Answer of `GET /deployments/by-digest/{digest}`.
 *
 * @public
 */
export interface DigestDeployments {
  digest: string;
  /** The model versions (registry, repository, tags) with this digest. */
  versions: Array<{ registry: string; repository: string; tags: string[] }>;
  deployments: ModelDeployment[];
}

/**
 * The catalog entity name of a model repository's `ai-model` Resource: its
 * last path segment, made a valid entity name
 * (`models/llama-3.1-8b-instruct` is `llama-3.1-8b-instruct`). Where two
 * registries hold a repository of the same last segment, the entity is
 * named by {@link modelEntityNames} instead, which knows every model.
 *
 * @public
 */
export function modelEntityName(segment: string): string {
  return (segment.split('/').pop() ?? segment)
    .replace(/[^a-zA-Z0-9._-]/g, '-')
    .replace(/^[^a-zA-Z0-9]+|[^a-zA-Z0-9]+$/g, '')
    .slice(0, 63);
}

/**
 * The catalog entity name of every model (by its `ref`), as the catalog
 * module names the `ai-model` Resources and every link to one must: the
 * repository's last path segment; where two registries hold a repository
 * of the same name, each gets its registry name in front
 * (`<registry>-<name>`), so that neither silently replaces the other.
 *
 * @public
 */
export function modelEntityNames(
  models: ReadonlyArray<Pick<ModelSummary, 'ref' | 'registry' | 'repository'>>,
): Map<string, string> {
  const counts = new Map<string, number>();
  for (const m of models) {
    const name = modelEntityName(m.repository);
    counts.set(name, (counts.get(name) ?? 0) + 1);
  }
  return new Map(
    models.map(m => {
      const name = modelEntityName(m.repository);
      return [
        m.ref,
        counts.get(name)! > 1 ? modelEntityName(`${m.registry}-${name}`) : name,
      ];
    }),
  );
}
