import { createHash } from 'node:crypto';

/** An OCI content descriptor, as manifests and indexes list them. */
export interface Descriptor {
  mediaType: string;
  digest: string;
  size: number;
  artifactType?: string;
  annotations?: Record<string, string>;
}

/**
 * Where artifacts are written: a registry over HTTP, or an OCI image layout
 * folder. The seeder only needs these two operations.
 */
export interface OciTarget {
  /** Stores a blob in a repository and answers its descriptor. */
  blob(
    repository: string,
    data: Buffer | string | object,
    mediaType: string,
    annotations?: Record<string, string>,
  ): Promise<Descriptor>;
  /** Stores a manifest under a tag, or by digest only when `reference` is undefined. */
  manifest(
    repository: string,
    reference: string | undefined,
    manifest: object,
  ): Promise<Descriptor>;
}

export const MediaTypes = {
  ociManifest: 'application/vnd.oci.image.manifest.v1+json',
  ociIndex: 'application/vnd.oci.image.index.v1+json',
  ociEmpty: 'application/vnd.oci.empty.v1+json',
  modelPackManifest: 'application/vnd.cncf.model.manifest.v1+json',
  modelPackConfig: 'application/vnd.cncf.model.config.v1+json',
  kitopsManifest: 'application/vnd.kitops.modelkit.manifest.v1+json',
  kitopsConfig: 'application/vnd.kitops.modelkit.config.v1+json',
  cosignSimpleSigning: 'application/vnd.dev.cosign.simplesigning.v1+json',
  sigstoreBundle: 'application/vnd.dev.sigstore.bundle.v0.3+json',
  dsseEnvelope: 'application/vnd.dsse.envelope.v1+json',
  spdx: 'application/spdx+json',
  cyclonedx: 'application/vnd.cyclonedx+json',
} as const;

/** The bytes a blob or manifest is stored as. */
export function toBytes(data: Buffer | string | object): Buffer {
  if (Buffer.isBuffer(data)) return data;
  return Buffer.from(typeof data === 'string' ? data : JSON.stringify(data));
}

export function sha256(body: Buffer): string {
  return `sha256:${createHash('sha256').update(body).digest('hex')}`;
}

/**
 * The tag of the OCI referrers tag schema for a digest (`sha256-<hex>`);
 * cosign's legacy tags add `.sig`, `.att` or `.sbom`.
 */
export function referrersTag(digest: string): string {
  return digest.replace(':', '-');
}
