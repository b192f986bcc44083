import { createHash } from 'node:crypto';

/**
 * Media and artifact types the registry client and the artifact parser know.
 *
 * @public
 */
export const MediaTypes = {
  ociManifest: 'application/vnd.oci.image.manifest.v1+json',
  ociIndex: 'application/vnd.oci.image.index.v1+json',
  ociEmpty: 'application/vnd.oci.empty.v1+json',
  dockerManifest: 'application/vnd.docker.distribution.manifest.v2+json',
  dockerManifestList:
    'application/vnd.docker.distribution.manifest.list.v2+json',
  modelPackManifest: 'application/vnd.cncf.model.manifest.v1+json',
  modelPackConfig: 'application/vnd.cncf.model.config.v1+json',
  kitopsManifest: 'application/vnd.kitops.modelkit.manifest.v1+json',
  kitopsConfig: 'application/vnd.kitops.modelkit.config.v1+json',
  cosignSignature: 'application/vnd.dev.cosign.artifact.sig.v1+json',
  cosignSimpleSigning: 'application/vnd.dev.cosign.simplesigning.v1+json',
  sigstoreBundle: 'application/vnd.dev.sigstore.bundle.v0.3+json',
  inTotoAttestation: 'application/vnd.in-toto+json',
  dsseEnvelope: 'application/vnd.dsse.envelope.v1+json',
  spdx: 'application/spdx+json',
  cyclonedx: 'application/vnd.cyclonedx+json',
} as const;

/** The manifest types a client accepts, most specific first. */
export const MANIFEST_ACCEPT = [
  MediaTypes.ociManifest,
  MediaTypes.ociIndex,
  MediaTypes.dockerManifest,
  MediaTypes.dockerManifestList,
].join(', ');

/**
 * An OCI content descriptor.
 *
 * @public
 */
export interface OciDescriptor {
  mediaType: string;
  digest: string;
  size: number;
  artifactType?: string;
  annotations?: Record<string, string>;
  urls?: string[];
  platform?: Record<string, unknown>;
}

/**
 * An OCI image manifest (also the shape of a Docker v2 schema 2 manifest).
 *
 * @public
 */
export interface OciManifest {
  schemaVersion: number;
  mediaType?: string;
  artifactType?: string;
  config: OciDescriptor;
  layers: OciDescriptor[];
  subject?: OciDescriptor;
  annotations?: Record<string, string>;
}

/**
 * An OCI image index (also the shape of a Docker manifest list).
 *
 * @public
 */
export interface OciIndex {
  schemaVersion: number;
  mediaType?: string;
  artifactType?: string;
  manifests: OciDescriptor[];
  subject?: OciDescriptor;
  annotations?: Record<string, string>;
}

const DIGEST = /^(sha256:[a-f0-9]{64}|sha512:[a-f0-9]{128})$/;

/**
 * True when `value` is a sha256 or sha512 digest in canonical form.
 *
 * @public
 */
export function isDigest(value: string): boolean {
  return DIGEST.test(value);
}

/** The digest of `body` with the algorithm of `like` (default sha256). */
export function digestOf(body: Buffer, like = 'sha256:'): string {
  const algorithm = like.startsWith('sha512:') ? 'sha512' : 'sha256';
  return `${algorithm}:${createHash(algorithm).update(body).digest('hex')}`;
}

/**
 * The tag of the OCI referrers tag schema for a digest: `<alg>-<hex>`, with
 * the algorithm cut to 32 and the hex to 64 characters (distribution spec
 * 1.1, "Referrers Tag Schema"). cosign's legacy tags add `.sig`, `.att` or
 * `.sbom` to it.
 *
 * @public
 */
export function referrersTag(digest: string): string {
  const [algorithm, hex] = digest.split(':', 2);
  const clean = (s: string) => s.replace(/[^a-zA-Z0-9._-]/g, '-');
  return `${clean(algorithm).slice(0, 32)}-${clean(hex).slice(0, 64)}`;
}

/** A parsed JSON object, or undefined for anything else. */
export function asObject(value: unknown): Record<string, any> | undefined {
  return value && typeof value === 'object' && !Array.isArray(value)
    ? (value as Record<string, any>)
    : undefined;
}
