import { createHash } from 'node:crypto';
import {
  SEED_MODELS,
  SEED_REGISTRIES,
  SeedModel,
  SeedVersion,
} from './catalogue';
import {
  cycloneDxDocument,
  dsseEnvelope,
  PredicateTypes,
  provenanceStatement,
  spdxDocument,
  VersionLayers,
} from './documents';
import { pushReferrer } from './RegistryPusher';
import { Descriptor, MediaTypes, OciTarget, referrersTag } from './target';

/** One version as written, for the report and the tests. */
export interface SeededVersion {
  tag: string;
  digest: string;
  /** Bytes of the manifest, the config and every layer. */
  totalSize: number;
  signed: boolean;
  sbom: boolean;
  /** How its SLSA provenance is stored, if it has one. */
  provenance?: SeedVersion['provenance'];
}

export interface SeededModel {
  repository: string;
  packaging: SeedModel['packaging'];
  versions: SeededVersion[];
  movedTag?: { tag: string; previousDigest: string; digest: string };
}

export interface SeedReport {
  models: SeededModel[];
}

/**
 * Deterministic stand-in bytes for a file: a SHA-256 chain of its name, so
 * that digests never change between runs.
 */
export function fakeBytes(name: string, size: number): Buffer {
  const chunks: Buffer[] = [];
  let block = createHash('sha256').update(name).digest();
  for (let length = 0; length < size; length += block.length) {
    chunks.push(block);
    block = createHash('sha256').update(block).digest();
  }
  return Buffer.concat(chunks).subarray(0, size);
}

const CREATED = 'org.opencontainers.image.created';
const OWNER = 'ai-platform.io/owner';

function modelPackConfig(model: SeedModel, v: SeedVersion, diffIds: string[]) {
  return {
    descriptor: {
      createdAt: v.createdAt,
      authors: [model.vendor],
      vendor: model.vendor,
      family: model.family,
      name: model.name,
      version: v.version,
      title: model.title,
      licenses: [model.license],
    },
    config: {
      architecture: 'transformer',
      format: v.format,
      paramSize: v.paramSize,
      precision: v.precision,
      ...(v.quantization ? { quantization: v.quantization } : {}),
      capabilities: { inputTypes: ['text'], outputTypes: ['text'] },
    },
    modelfs: { type: 'layers', diffIds },
  };
}

function kitfile(model: SeedModel, v: SeedVersion) {
  return {
    manifestVersion: '1.0',
    package: {
      name: model.name,
      version: v.version,
      license: model.license,
      authors: [model.vendor],
    },
    model: {
      name: model.name,
      path: `model.${v.format}`,
      format: v.format,
      version: v.version,
      license: model.license,
      parameters: {
        paramSize: v.paramSize,
        precision: v.precision,
        ...(v.quantization ? { quantization: v.quantization } : {}),
      },
    },
    docs: [{ path: 'README.md', description: 'Model card' }],
  };
}

/** The layers of a version: weights, tokenizer/config, model card. */
function layerFiles(model: SeedModel, v: SeedVersion) {
  const id = `${model.repository}:${v.tag}`;
  const kit = model.packaging === 'kitops';
  const type = (modelPack: string, kitops: string) =>
    kit
      ? `application/vnd.kitops.modelkit.${kitops}.v1.tar`
      : `application/vnd.cncf.model.${modelPack}.v1.raw`;
  return [
    {
      path: `model.${v.format}`,
      mediaType: type('weight', 'model'),
      data: fakeBytes(`${id}/weights`, v.weightBytes),
    },
    {
      path: 'tokenizer.json',
      mediaType: type('weight.config', 'modelpart'),
      data: fakeBytes(`${model.repository}/tokenizer`, 512),
    },
    {
      path: 'README.md',
      mediaType: type('doc', 'docs'),
      data: `# ${model.title} ${v.version}\n\nTiny fake weights for the AI Platform demo.\n`,
    },
  ];
}

async function writeVersion(
  target: OciTarget,
  model: SeedModel,
  v: SeedVersion,
): Promise<{
  manifest: Descriptor;
  body: object;
  totalSize: number;
  layers: VersionLayers;
}> {
  const layers: Descriptor[] = [];
  for (const file of layerFiles(model, v)) {
    layers.push(
      await target.blob(model.repository, file.data, file.mediaType, {
        [model.packaging === 'kitops'
          ? 'org.opencontainers.image.title'
          : 'org.cncf.model.filepath']: file.path,
      }),
    );
  }
  const kit = model.packaging === 'kitops';
  const config = await target.blob(
    model.repository,
    kit
      ? kitfile(model, v)
      : modelPackConfig(
          model,
          v,
          layers.map(l => l.digest),
        ),
    kit ? MediaTypes.kitopsConfig : MediaTypes.modelPackConfig,
  );
  const body = {
    schemaVersion: 2,
    mediaType: MediaTypes.ociManifest,
    artifactType: kit
      ? MediaTypes.kitopsManifest
      : MediaTypes.modelPackManifest,
    config,
    layers,
    annotations: {
      [CREATED]: v.createdAt,
      ...(model.owner ? { [OWNER]: model.owner } : {}),
    },
  };
  const manifest = await target.manifest(model.repository, v.tag, body);
  const totalSize =
    manifest.size + config.size + layers.reduce((sum, l) => sum + l.size, 0);
  return {
    manifest,
    body,
    totalSize,
    layers: { weights: layers[0], tokenizer: layers[1] },
  };
}

/** A manifest under one of cosign's legacy tags, with one layer. */
async function cosignTag(
  target: OciTarget,
  repository: string,
  subject: Descriptor,
  suffix: 'sig' | 'sbom' | 'att',
  mediaType: string,
  content: object | string,
  annotations: Record<string, string>,
) {
  const config = await target.blob(repository, '{}', MediaTypes.ociEmpty);
  const layer = await target.blob(repository, content, mediaType, annotations);
  await target.manifest(
    repository,
    `${referrersTag(subject.digest)}.${suffix}`,
    {
      schemaVersion: 2,
      mediaType: MediaTypes.ociManifest,
      config,
      layers: [layer],
    },
  );
}

/** The reference host a repository is pulled from, as the clusters name it. */
function registryHost(repository: string): string {
  return (
    SEED_REGISTRIES.find(r => r.repositories.includes(repository))
      ?.aliases[0] ?? 'registry.example'
  );
}

/** What a version's supply chain is written from. */
interface SupplyChainInput {
  subject: Descriptor;
  layers: VersionLayers;
  /** The digest the wrong-subject provenance names instead of `subject`'s. */
  previousDigest?: string;
}

/**
 * Signatures and SBOMs of a version. Referrers are written as OCI 1.1
 * artifacts with a `subject`, plus the `sha256-<hex>` fallback index that
 * clients write when the registry has no referrers API (Distribution 2.8
 * has none).
 */
async function writeSupplyChain(
  target: OciTarget,
  model: SeedModel,
  v: SeedVersion,
  { subject, layers, previousDigest }: SupplyChainInput,
): Promise<void> {
  const repo = model.repository;
  const name = `${model.name}:${v.tag}`;
  const referrers: Descriptor[] = [];
  if (v.signature === 'sigstore-referrer') {
    referrers.push(
      await pushReferrer(
        target,
        repo,
        subject,
        MediaTypes.sigstoreBundle,
        JSON.stringify({
          mediaType: MediaTypes.sigstoreBundle,
          verificationMaterial: { publicKey: { hint: 'ai-platform-demo' } },
          messageSignature: {
            messageDigest: { algorithm: 'SHA2_256', digest: subject.digest },
            signature: fakeBytes(`${name}/signature`, 64).toString('base64'),
          },
        }),
        { [CREATED]: v.createdAt },
      ),
    );
  }
  if (v.signature === 'cosign-tag') {
    await cosignTag(
      target,
      repo,
      subject,
      'sig',
      MediaTypes.cosignSimpleSigning,
      {
        critical: {
          identity: { 'docker-reference': repo },
          image: { 'docker-manifest-digest': subject.digest },
          type: 'cosign container image signature',
        },
        optional: null,
      },
      {
        'dev.cosignproject.cosign/signature': fakeBytes(
          `${name}/cosign`,
          64,
        ).toString('base64'),
      },
    );
  }
  if (v.sbom === 'spdx-referrer' || v.sbom === 'cyclonedx-referrer') {
    const spdx = v.sbom === 'spdx-referrer';
    referrers.push(
      await pushReferrer(
        target,
        repo,
        subject,
        spdx ? MediaTypes.spdx : MediaTypes.cyclonedx,
        JSON.stringify(
          spdx
            ? spdxDocument(model, v, layers)
            : cycloneDxDocument(model, v, layers),
        ),
        { [CREATED]: v.createdAt },
      ),
    );
  }
  if (v.sbom === 'spdx-referrer-malformed') {
    // An upload cut short: the first 60% of a valid document.
    const full = JSON.stringify(spdxDocument(model, v, layers), null, 2);
    referrers.push(
      await pushReferrer(
        target,
        repo,
        subject,
        MediaTypes.spdx,
        full.slice(0, Math.floor(full.length * 0.6)),
        { [CREATED]: v.createdAt },
      ),
    );
  }
  if (v.sbom === 'cyclonedx-cosign-tag') {
    await cosignTag(
      target,
      repo,
      subject,
      'sbom',
      MediaTypes.cyclonedx,
      cycloneDxDocument(model, v, layers),
      {},
    );
  }
  if (v.provenance) {
    // The wrong subject is the previous version's digest, or, when seeded
    // alone, the digest of a build that was never pushed.
    const attested =
      v.provenance === 'slsa-referrer-wrong-subject'
        ? previousDigest ??
          `sha256:${createHash('sha256')
            .update(`${name}/unpushed-build`)
            .digest('hex')}`
        : subject.digest;
    const envelope = dsseEnvelope(
      provenanceStatement(model, v, attested, layers, registryHost(repo)),
      fakeBytes(`${name}/provenance`, 64),
    );
    if (v.provenance === 'slsa-cosign-tag') {
      await cosignTag(
        target,
        repo,
        subject,
        'att',
        MediaTypes.dsseEnvelope,
        envelope,
        {
          predicateType: PredicateTypes.slsaProvenanceV1,
        },
      );
    } else {
      referrers.push(
        await pushReferrer(
          target,
          repo,
          subject,
          MediaTypes.sigstoreBundle,
          JSON.stringify({
            mediaType: MediaTypes.sigstoreBundle,
            verificationMaterial: { publicKey: { hint: 'ai-platform-demo' } },
            dsseEnvelope: envelope,
          }),
          {
            [CREATED]: v.createdAt,
            'dev.sigstore.bundle.content': 'dsse-envelope',
            'dev.sigstore.bundle.predicateType':
              PredicateTypes.slsaProvenanceV1,
          },
        ),
      );
    }
  }
  if (referrers.length > 0) {
    await target.manifest(repo, referrersTag(subject.digest), {
      schemaVersion: 2,
      mediaType: MediaTypes.ociIndex,
      manifests: referrers,
    });
  }
}

/** Writes one model: every version, its supply chain, and the moved tag. */
async function seedModel(
  target: OciTarget,
  model: SeedModel,
): Promise<SeededModel> {
  const written = new Map<string, Awaited<ReturnType<typeof writeVersion>>>();
  const moved = model.movedTag;
  const versions: SeededVersion[] = [];
  for (const v of model.versions) {
    const result = await writeVersion(target, model, v);
    const previous = versions[versions.length - 1];
    written.set(v.tag, result);
    await writeSupplyChain(target, model, v, {
      subject: result.manifest,
      layers: result.layers,
      previousDigest: previous?.digest,
    });
    versions.push({
      tag: v.tag,
      digest: result.manifest.digest,
      totalSize: result.totalSize,
      signed: Boolean(v.signature),
      sbom: Boolean(v.sbom),
      ...(v.provenance ? { provenance: v.provenance } : {}),
    });
  }
  if (!moved)
    return {
      repository: model.repository,
      packaging: model.packaging,
      versions,
    };
  // The tag is written twice: first as `from`, then moved to `to`.
  const from = written.get(moved.from);
  const to = written.get(moved.to);
  if (!from || !to) {
    throw new Error(
      `${model.repository}: the moved tag ${moved.tag} names versions ${moved.from} and ${moved.to}, which are not both seeded`,
    );
  }
  await target.manifest(model.repository, moved.tag, from.body);
  await target.manifest(model.repository, moved.tag, to.body);
  const toVersion = versions.find(v => v.tag === moved.to)!;
  versions.push({ ...toVersion, tag: moved.tag });
  return {
    repository: model.repository,
    packaging: model.packaging,
    versions,
    movedTag: {
      tag: moved.tag,
      previousDigest: from.manifest.digest,
      digest: to.manifest.digest,
    },
  };
}

/**
 * Writes the demo models to a registry or an image layout and reports what
 * was written. Running it twice writes the same digests.
 */
export async function seedModels(
  target: OciTarget,
  models: readonly SeedModel[] = SEED_MODELS,
): Promise<SeedReport> {
  const report: SeedReport = { models: [] };
  for (const model of models) {
    report.models.push(await seedModel(target, model));
  }
  return report;
}
