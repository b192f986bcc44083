import {
  ModelLayer,
  ModelManifest,
  ModelMetadata,
  ModelPackaging,
  parseModelConfig,
  readModelManifest,
  summariseSupplyChain,
  SupplyChain,
} from './artifacts';
import { MediaTypes, OciDescriptor } from './oci';
import { descriptorsOf, FetchedManifest } from './OciRegistryClient';
import type { RegistrySource } from './source';

/**
 * A model version that was read.
 *
 * @public
 */
export interface ModelVersionInfo {
  status: 'ok';
  tag: string;
  /** Digest the tag points to (an index's digest when the tag is an index). */
  digest: string;
  /** Digest of the model manifest itself; differs from `digest` for an index. */
  manifestDigest: string;
  mediaType: string;
  packaging: ModelPackaging;
  metadata: ModelMetadata;
  configDigest: string;
  layers: ModelLayer[];
  /** Bytes of the manifest, the config and every layer. */
  totalSize: number;
  /**
   * Signatures, SBOMs and attestations; absent when not asked for or when
   * they could not be read (then `supplyChainError` says why).
   */
  supplyChain?: SupplyChain;
  supplyChainError?: string;
  /** Annotations of the model manifest (creation time, owner, ...). */
  annotations: Record<string, string>;
  /** Fields that were ignored because they had the wrong type. */
  warnings: string[];
}

/**
 * A model version that could not be read; the error says why.
 *
 * @public
 */
export interface ModelVersionError {
  status: 'error';
  tag: string;
  digest?: string;
  error: string;
}

/**
 * One tag of a model repository.
 *
 * @public
 */
export type ModelVersion = ModelVersionInfo | ModelVersionError;

/**
 * A tag that is not a model version (a container image, a signature or
 * referrers tag).
 *
 * @public
 */
export interface SkippedTag {
  status: 'skipped';
  tag: string;
  reason: string;
}

/**
 * The versions of one model repository.
 *
 * @public
 */
export interface ModelVersionListing {
  registry: string;
  repository: string;
  versions: ModelVersion[];
  /** Tags that are not models (container images, signatures), with why. */
  skipped: SkippedTag[];
}

// Tags of the referrers tag schema and cosign's legacy tags are not versions.
const SUPPLY_CHAIN_TAG = /^sha(256|512)-[a-f0-9]+(\.(sig|att|sbom))?$/;
const MODEL_MANIFEST_TYPES = new Set<string>([
  MediaTypes.modelPackManifest,
  MediaTypes.kitopsManifest,
]);

/** The model manifest a tag stands for: itself, or the model child of an index. */
async function modelManifestOf(
  client: RegistrySource,
  repository: string,
  manifest: FetchedManifest,
): Promise<FetchedManifest | undefined> {
  if (!Array.isArray(manifest.content.manifests)) return manifest;
  const children = descriptorsOf(manifest.content.manifests);
  const child: OciDescriptor | undefined =
    children.find(
      d => d.artifactType && MODEL_MANIFEST_TYPES.has(d.artifactType),
    ) ?? children[0];
  return child && client.getManifest(repository, child.digest);
}

/**
 * Reads one tag as a model version. Every failure becomes a
 * `ModelVersionError` with a sentence, so one broken version never hides the
 * others.
 *
 * @public
 */
export async function readModelVersion(
  client: RegistrySource,
  repository: string,
  tag: string,
  options: {
    supplyChain?: boolean;
    /** The digest the tag was just resolved to; saves resolving it again. */
    digest?: string;
  } = {},
): Promise<ModelVersion | SkippedTag> {
  let digest: string | undefined;
  try {
    // HEAD, then GET by digest: a version read before comes from the cache.
    const reference = options.digest
      ? { digest: options.digest }
      : await client.resolve(repository, tag);
    const top =
      reference && (await client.getManifest(repository, reference.digest));
    if (!top) {
      return { status: 'error', tag, error: `tag '${tag}' has no manifest` };
    }
    digest = top.digest;
    const manifest = await modelManifestOf(client, repository, top);
    if (!manifest) {
      return {
        status: 'error',
        tag,
        digest,
        error: 'the index lists no manifest',
      };
    }
    const parsed = readModelManifest(manifest.content);
    if (!parsed.ok) {
      return isModelLike(manifest)
        ? { status: 'error', tag, digest, error: parsed.error }
        : {
            status: 'skipped',
            tag,
            reason: `not a model (${manifest.mediaType || 'no media type'})`,
          };
    }
    return await readModel(client, repository, {
      tag,
      digest,
      manifest,
      model: parsed.value,
      supplyChain: options.supplyChain ?? true,
    });
  } catch (error) {
    return { status: 'error', tag, digest, error: (error as Error).message };
  }
}

/** The config and referrers of a model manifest, into a version. */
async function readModel(
  client: RegistrySource,
  repository: string,
  found: {
    tag: string;
    digest: string;
    manifest: FetchedManifest;
    model: ModelManifest;
    supplyChain: boolean;
  },
): Promise<ModelVersion> {
  const { tag, digest, manifest, model } = found;
  const blob = await client.getBlob(repository, model.config.digest);
  if (!blob) {
    return {
      status: 'error',
      tag,
      digest,
      error: `the config blob ${model.config.digest} is missing from the registry`,
    };
  }
  const warnings: string[] = [];
  const metadata = parseModelConfig(model, blob, warnings);
  if (!metadata.ok) {
    return { status: 'error', tag, digest, error: metadata.error };
  }
  const version: ModelVersionInfo = {
    status: 'ok',
    tag,
    digest,
    manifestDigest: manifest.digest,
    mediaType: manifest.mediaType,
    packaging: model.packaging,
    metadata: metadata.value,
    configDigest: model.config.digest,
    layers: model.layers,
    annotations: model.annotations,
    totalSize:
      manifest.size +
      model.config.size +
      model.layers.reduce((sum, layer) => sum + layer.size, 0),
    warnings,
  };
  if (!found.supplyChain) return version;
  try {
    const referrers = await client.listReferrers(repository, digest);
    return { ...version, supplyChain: summariseSupplyChain(referrers) };
  } catch (error) {
    // The model itself was read; unknown signatures must not hide it, nor
    // look like "unsigned".
    return { ...version, supplyChainError: (error as Error).message };
  }
}

/** A manifest that claims to be a model but may be broken, vs. anything else. */
function isModelLike(manifest: FetchedManifest): boolean {
  const text = JSON.stringify({
    artifactType: manifest.content.artifactType,
    config: manifest.content.config,
  });
  return /vnd\.(cncf\.model|kitops\.modelkit)\./.test(text);
}

/**
 * Reads every tag of a model repository as a version (the registry client
 * bounds how many requests run at once). Tags of signatures and fallback
 * indexes, and artifacts that are not models, are listed in `skipped`.
 *
 * @public
 */
export async function readModelVersions(
  client: RegistrySource,
  repository: string,
  options: { tags?: string[]; supplyChain?: boolean } = {},
): Promise<ModelVersionListing> {
  const tags = options.tags ?? (await client.listTags(repository));
  const listing: ModelVersionListing = {
    registry: client.name,
    repository,
    versions: [],
    skipped: [],
  };
  const outcomes = await Promise.all(
    tags.map(tag =>
      SUPPLY_CHAIN_TAG.test(tag)
        ? ({
            status: 'skipped',
            tag,
            reason: 'a signature or referrers tag',
          } as const)
        : readModelVersion(client, repository, tag, options),
    ),
  );
  for (const outcome of outcomes) {
    if (outcome.status === 'skipped') {
      listing.skipped.push(outcome);
    } else {
      listing.versions.push(outcome);
    }
  }
  return listing;
}
