import { asObject, MediaTypes, OciDescriptor } from './oci';
import type { Referrers } from './OciRegistryClient';

import type {
  ModelLayer,
  ModelLayerKind,
  ModelMetadata,
  ModelPackaging,
  SupplyChain,
} from '@ai-platform/backstage-plugin-ai-platform-common';

export type {
  ModelLayer,
  ModelLayerKind,
  ModelMetadata,
  ModelPackaging,
  SupplyChain,
  SupplyChainArtifact,
} from '@ai-platform/backstage-plugin-ai-platform-common';

/** The parts of a model manifest the parser needs. */
export interface ModelManifest {
  packaging: ModelPackaging;
  config: OciDescriptor;
  layers: ModelLayer[];
  annotations: Record<string, string>;
}

/** A parse that failed says why, in a sentence. */
export type Parsed<T> = { ok: true; value: T } | { ok: false; error: string };

const MODELPACK_LAYER =
  /^application\/vnd\.cncf\.model\.(weight|weight\.config|doc|code|dataset)\.v1\.(raw|tar|tar\+gzip|tar\+zstd)$/;
const KITOPS_LAYER =
  /^application\/vnd\.kitops\.modelkit\.(model|modelpart|dataset|code|docs)\.v1\.(raw|tar|tar\+gzip|tar\+zstd)$/;
const KIND_OF: Record<string, ModelLayerKind> = {
  weight: 'weight',
  'weight.config': 'weight-config',
  doc: 'doc',
  code: 'code',
  dataset: 'dataset',
  model: 'weight',
  modelpart: 'weight-config',
  docs: 'doc',
};
const PARAM_SIZE = /^(\d+(?:\.\d)?)([kmbtq])$/i;
const PARAM_UNITS: Record<string, number> = {
  k: 1e3,
  m: 1e6,
  b: 1e9,
  t: 1e12,
  q: 1e15,
};
const CREATED = 'org.opencontainers.image.created';

/**
 * Which model packaging a manifest is, from its artifactType or config media
 * type; undefined for anything else (container images, signatures, ...).
 *
 * @public
 */
export function classifyManifest(
  content: Record<string, unknown>,
): ModelPackaging | undefined {
  const artifactType = content.artifactType;
  const configType = asObject(content.config)?.mediaType;
  if (
    artifactType === MediaTypes.modelPackManifest ||
    configType === MediaTypes.modelPackConfig
  ) {
    return 'modelpack';
  }
  if (
    artifactType === MediaTypes.kitopsManifest ||
    configType === MediaTypes.kitopsConfig
  ) {
    return 'kitops';
  }
  return undefined;
}

/** The kind of a layer from its media type. */
export function layerKind(mediaType: string): ModelLayerKind {
  const match = MODELPACK_LAYER.exec(mediaType) ?? KITOPS_LAYER.exec(mediaType);
  return match ? KIND_OF[match[1]] ?? 'other' : 'other';
}

function readDescriptor(value: unknown): OciDescriptor | string {
  const d = asObject(value);
  if (!d) return 'is not an object';
  if (typeof d.mediaType !== 'string') return 'has no mediaType';
  if (typeof d.digest !== 'string' || !/^[a-z0-9]+:[a-f0-9]+$/.test(d.digest)) {
    return 'has no valid digest';
  }
  if (typeof d.size !== 'number' || !Number.isInteger(d.size) || d.size < 0) {
    return 'has no valid size';
  }
  return d as OciDescriptor;
}

function stringRecord(value: unknown): Record<string, string> {
  const object = asObject(value) ?? {};
  return Object.fromEntries(
    Object.entries(object).filter(([, v]) => typeof v === 'string'),
  ) as Record<string, string>;
}

/**
 * Reads a model manifest: its config descriptor and layers. Fails with a
 * sentence when it is not a model or a descriptor is broken.
 *
 * @public
 */
export function readModelManifest(
  content: Record<string, unknown>,
): Parsed<ModelManifest> {
  const packaging = classifyManifest(content);
  if (!packaging) {
    return {
      ok: false,
      error: 'the manifest is neither a ModelPack nor a KitOps artifact',
    };
  }
  if (content.schemaVersion !== 2) {
    return {
      ok: false,
      error: `the manifest has schemaVersion ${JSON.stringify(
        content.schemaVersion,
      )}, not 2`,
    };
  }
  const config = readDescriptor(content.config);
  if (typeof config === 'string') {
    return { ok: false, error: `the manifest's config descriptor ${config}` };
  }
  if (!Array.isArray(content.layers)) {
    return { ok: false, error: 'the manifest has no layers array' };
  }
  const layers: ModelLayer[] = [];
  for (const [i, value] of content.layers.entries()) {
    const layer = readDescriptor(value);
    if (typeof layer === 'string') {
      return { ok: false, error: `layer ${i} of the manifest ${layer}` };
    }
    const annotations = stringRecord(layer.annotations);
    layers.push({
      kind: layerKind(layer.mediaType),
      mediaType: layer.mediaType,
      digest: layer.digest,
      size: layer.size,
      path:
        annotations['org.cncf.model.filepath'] ??
        annotations['org.opencontainers.image.title'],
    });
  }
  return {
    ok: true,
    value: {
      packaging,
      config,
      layers,
      annotations: stringRecord(content.annotations),
    },
  };
}

/** Reads `8b`, `6.7B`, `1.0t` into a number of parameters. */
export function parseParameterSize(value: string): number | undefined {
  const match = PARAM_SIZE.exec(value.trim());
  if (!match) return undefined;
  return Math.round(Number(match[1]) * PARAM_UNITS[match[2].toLowerCase()]);
}

/** Keeps the string fields of an object; records a warning for any other type. */
class FieldReader {
  constructor(
    private readonly object: Record<string, any>,
    private readonly where: string,
    private readonly warnings: string[],
  ) {}

  string(key: string): string | undefined {
    const value = this.object[key];
    if (value === undefined || value === null) return undefined;
    // YAML Kitfiles often carry versions as numbers (`version: 1.0`).
    if (typeof value === 'number') return String(value);
    if (typeof value === 'string') return value.trim() || undefined;
    this.warnings.push(`${this.where}.${key} is not a string; it was ignored`);
    return undefined;
  }

  strings(key: string): string[] {
    const value = this.object[key];
    if (value === undefined || value === null) return [];
    if (Array.isArray(value) && value.every(v => typeof v === 'string')) {
      return value;
    }
    this.warnings.push(
      `${this.where}.${key} is not a list of strings; it was ignored`,
    );
    return [];
  }
}

function unique(values: Array<string | undefined>): string[] {
  return [...new Set(values.filter((v): v is string => !!v))];
}

function withParameterCount(
  metadata: ModelMetadata,
  warnings: string[],
): ModelMetadata {
  if (!metadata.parameterSize) return metadata;
  const parameterCount = parseParameterSize(metadata.parameterSize);
  if (parameterCount === undefined) {
    warnings.push(
      `the parameter size '${metadata.parameterSize}' is not of the form <number><K|M|B|T|Q>, e.g. 8B`,
    );
  }
  return { ...metadata, parameterCount };
}

/**
 * Reads a ModelPack config (`application/vnd.cncf.model.config.v1+json`).
 * Fields of the wrong type are ignored with a warning; a config that is not
 * an object, or whose descriptor or config is not an object, fails.
 *
 * @public
 */
export function parseModelPackConfig(
  json: unknown,
  warnings: string[] = [],
): Parsed<ModelMetadata> {
  const root = asObject(json);
  if (!root) {
    return { ok: false, error: 'the ModelPack config is not a JSON object' };
  }
  for (const key of ['descriptor', 'config'] as const) {
    if (root[key] !== undefined && !asObject(root[key])) {
      return {
        ok: false,
        error: `the ModelPack config's '${key}' is not an object`,
      };
    }
  }
  const d = new FieldReader(
    asObject(root.descriptor) ?? {},
    'descriptor',
    warnings,
  );
  const c = new FieldReader(asObject(root.config) ?? {}, 'config', warnings);
  const metadata: ModelMetadata = {
    name: d.string('name'),
    title: d.string('title'),
    description: d.string('description'),
    vendor: d.string('vendor'),
    family: d.string('family'),
    version: d.string('version'),
    authors: d.strings('authors'),
    licenses: unique(d.strings('licenses')),
    createdAt: d.string('createdAt'),
    sourceUrl: d.string('sourceURL'),
    documentationUrl: d.string('docURL'),
    architecture: c.string('architecture'),
    format: c.string('format'),
    parameterSize: c.string('paramSize'),
    precision: c.string('precision'),
    quantization: c.string('quantization'),
  };
  return { ok: true, value: withParameterCount(metadata, warnings) };
}

/**
 * Reads a KitOps config (`application/vnd.kitops.modelkit.config.v1+json`,
 * the Kitfile as JSON). Licences are gathered from the package, the model,
 * its parts, datasets and code. Precision, quantization and parameter size
 * are taken from `model.parameters` when written there under ModelPack's
 * names (`precision`, `quantization`, `paramSize`), as Kitfiles have no
 * field of their own for them.
 *
 * @public
 */
export function parseKitfile(
  json: unknown,
  warnings: string[] = [],
): Parsed<ModelMetadata> {
  const root = asObject(json);
  if (!root) {
    return { ok: false, error: 'the Kitfile config is not a JSON object' };
  }
  for (const key of ['package', 'model'] as const) {
    if (root[key] !== undefined && !asObject(root[key])) {
      return { ok: false, error: `the Kitfile's '${key}' is not an object` };
    }
  }
  const pkgObject = asObject(root.package) ?? {};
  const modelObject = asObject(root.model) ?? {};
  const pkg = new FieldReader(pkgObject, 'package', warnings);
  const model = new FieldReader(modelObject, 'model', warnings);
  const params = new FieldReader(
    asObject(modelObject.parameters) ?? {},
    'model.parameters',
    warnings,
  );
  const listLicenses = (value: unknown) =>
    (Array.isArray(value) ? value : []).map(item =>
      typeof asObject(item)?.license === 'string' ? item.license : undefined,
    );
  const metadata: ModelMetadata = {
    name: model.string('name') ?? pkg.string('name'),
    description: model.string('description') ?? pkg.string('description'),
    version: model.string('version') ?? pkg.string('version'),
    authors: pkg.strings('authors'),
    format: model.string('format') ?? model.string('framework'),
    parameterSize: params.string('paramSize'),
    precision: params.string('precision'),
    quantization: params.string('quantization'),
    licenses: unique([
      pkg.string('license'),
      model.string('license'),
      ...listLicenses(modelObject.parts),
      ...listLicenses(root.datasets),
      ...listLicenses(root.code),
    ]),
  };
  return { ok: true, value: withParameterCount(metadata, warnings) };
}

/**
 * Reads the config blob of a model manifest with the parser of its
 * packaging; the manifest's `org.opencontainers.image.created` annotation
 * fills in a missing creation time.
 *
 * @public
 */
export function parseModelConfig(
  manifest: ModelManifest,
  configBlob: Buffer,
  warnings: string[] = [],
): Parsed<ModelMetadata> {
  let json: unknown;
  try {
    json = JSON.parse(configBlob.toString('utf8'));
  } catch (error) {
    return {
      ok: false,
      error: `the config blob ${manifest.config.digest} is not valid JSON (${
        (error as Error).message
      })`,
    };
  }
  const parsed =
    manifest.packaging === 'modelpack'
      ? parseModelPackConfig(json, warnings)
      : parseKitfile(json, warnings);
  if (!parsed.ok) return parsed;
  const createdAt = parsed.value.createdAt ?? manifest.annotations[CREATED];
  return { ok: true, value: { ...parsed.value, createdAt } };
}

const SIGNATURE_TYPES = new Set<string>([
  MediaTypes.cosignSignature,
  MediaTypes.cosignSimpleSigning,
]);
const SBOM_FORMATS: Record<string, 'spdx' | 'cyclonedx'> = {
  [MediaTypes.spdx]: 'spdx',
  'text/spdx': 'spdx',
  'text/spdx+json': 'spdx',
  [MediaTypes.cyclonedx]: 'cyclonedx',
  'application/vnd.cyclonedx+xml': 'cyclonedx',
  'https://spdx.dev/Document': 'spdx',
  'https://cyclonedx.org/bom': 'cyclonedx',
};
const PREDICATE_TYPE = 'dev.sigstore.bundle.predicateType';

/**
 * Sorts the referrers of a model version into signatures, SBOMs and
 * attestations. A sigstore bundle is a signature unless it carries a
 * predicate type (then it is an attestation, and an SBOM too when the
 * predicate is SPDX or CycloneDX).
 *
 * @public
 */
export function summariseSupplyChain(referrers: Referrers): SupplyChain {
  const chain: SupplyChain = { signatures: [], sboms: [], attestations: [] };
  const source = referrers.source === 'api' ? 'referrers-api' : 'referrers-tag';
  for (const descriptor of referrers.referrers) {
    const artifactType = descriptor.artifactType ?? descriptor.mediaType;
    const item = { digest: descriptor.digest, artifactType, source } as const;
    const predicate = descriptor.annotations?.[PREDICATE_TYPE];
    if (SBOM_FORMATS[artifactType]) {
      chain.sboms.push({ ...item, sbomFormat: SBOM_FORMATS[artifactType] });
    } else if (SIGNATURE_TYPES.has(artifactType)) {
      chain.signatures.push(item);
    } else if (artifactType === MediaTypes.sigstoreBundle && !predicate) {
      chain.signatures.push(item);
    } else if (
      artifactType === MediaTypes.sigstoreBundle ||
      artifactType === MediaTypes.inTotoAttestation ||
      artifactType === MediaTypes.dsseEnvelope
    ) {
      chain.attestations.push(item);
      if (predicate && SBOM_FORMATS[predicate]) {
        chain.sboms.push({ ...item, sbomFormat: SBOM_FORMATS[predicate] });
      }
    }
  }
  for (const tag of referrers.cosignTags) {
    const item = {
      digest: tag.digest,
      artifactType: tag.layerMediaTypes[0] ?? '',
      source: 'cosign-tag',
    } as const;
    if (tag.kind === 'sig') chain.signatures.push(item);
    if (tag.kind === 'att') chain.attestations.push(item);
    if (tag.kind === 'sbom') {
      const format = tag.layerMediaTypes
        .map(type => SBOM_FORMATS[type])
        .find(Boolean);
      chain.sboms.push({ ...item, sbomFormat: format });
    }
  }
  return chain;
}
