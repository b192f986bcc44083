import { createHash } from 'node:crypto';
import fetch, { Response } from 'node-fetch';
import { MediaTypes, OciDescriptor } from '../oci';

/**
 * A small OCI push client for tests: monolithic blob uploads (POST then
 * PUT) and manifest PUTs, as `oras` or `skopeo` would send them.
 */
export class TestPusher {
  constructor(
    private readonly url: string,
    private readonly credentials?: { username: string; password: string },
  ) {}

  private headers(extra: Record<string, string> = {}): Record<string, string> {
    if (!this.credentials) return extra;
    const { username, password } = this.credentials;
    return {
      ...extra,
      Authorization: `Basic ${Buffer.from(`${username}:${password}`).toString(
        'base64',
      )}`,
    };
  }

  private async expect(response: Response, status: number, what: string) {
    if (response.status !== status) {
      throw new Error(
        `${what} answered ${response.status}: ${await response.text()}`,
      );
    }
  }

  /** Uploads a blob and answers its descriptor. */
  async blob(
    repository: string,
    data: Buffer | string | object,
    mediaType: string,
    annotations?: Record<string, string>,
  ): Promise<OciDescriptor> {
    const body = Buffer.isBuffer(data)
      ? data
      : Buffer.from(typeof data === 'string' ? data : JSON.stringify(data));
    const digest = `sha256:${createHash('sha256').update(body).digest('hex')}`;
    const start = await fetch(`${this.url}/v2/${repository}/blobs/uploads/`, {
      method: 'POST',
      headers: this.headers(),
    });
    await this.expect(start, 202, `POST blob upload to ${repository}`);
    const location = new URL(start.headers.get('location')!, this.url);
    location.searchParams.set('digest', digest);
    const put = await fetch(location.toString(), {
      method: 'PUT',
      headers: this.headers({
        'Content-Type': 'application/octet-stream',
        'Content-Length': String(body.length),
      }),
      body,
    });
    await this.expect(put, 201, `PUT blob ${digest}`);
    return {
      mediaType,
      digest,
      size: body.length,
      ...(annotations ? { annotations } : {}),
    };
  }

  /** Puts a manifest under a tag (or its digest) and answers its descriptor. */
  async manifest(
    repository: string,
    reference: string | undefined,
    manifest: object,
  ): Promise<OciDescriptor> {
    const body = Buffer.from(JSON.stringify(manifest));
    const digest = `sha256:${createHash('sha256').update(body).digest('hex')}`;
    const mediaType =
      (manifest as { mediaType?: string }).mediaType ?? MediaTypes.ociManifest;
    const response = await fetch(
      `${this.url}/v2/${repository}/manifests/${reference ?? digest}`,
      {
        method: 'PUT',
        headers: this.headers({ 'Content-Type': mediaType }),
        body,
      },
    );
    await this.expect(response, 201, `PUT manifest ${repository}:${reference}`);
    const artifactType = (manifest as { artifactType?: string }).artifactType;
    return {
      mediaType,
      digest,
      size: body.length,
      ...(artifactType ? { artifactType } : {}),
    };
  }

  /** Deletes a blob from a repository (the registry must allow deletes). */
  async deleteBlob(repository: string, digest: string): Promise<void> {
    const response = await fetch(
      `${this.url}/v2/${repository}/blobs/${digest}`,
      { method: 'DELETE', headers: this.headers() },
    );
    await this.expect(response, 202, `DELETE blob ${digest}`);
  }

  /**
   * Pushes a model: its config blob, one small layer per media type, and the
   * manifest under `tag`.
   */
  async model(
    repository: string,
    tag: string,
    options: {
      config: object | string;
      configMediaType: string;
      artifactType?: string;
      layerMediaTypes: string[];
      annotations?: Record<string, string>;
    },
  ): Promise<OciDescriptor> {
    const config = await this.blob(
      repository,
      options.config,
      options.configMediaType,
    );
    const layers = [];
    for (const [i, mediaType] of options.layerMediaTypes.entries()) {
      layers.push(
        await this.blob(repository, `layer ${i} of ${tag}`, mediaType, {
          'org.cncf.model.filepath': `file-${i}`,
        }),
      );
    }
    return this.manifest(repository, tag, {
      schemaVersion: 2,
      mediaType: MediaTypes.ociManifest,
      ...(options.artifactType ? { artifactType: options.artifactType } : {}),
      config,
      layers,
      ...(options.annotations ? { annotations: options.annotations } : {}),
    });
  }

  /** Pushes an artifact that refers to `subject` (a signature, an SBOM). */
  async referrer(
    repository: string,
    subject: OciDescriptor,
    artifactType: string,
    content: string,
    annotations?: Record<string, string>,
  ): Promise<OciDescriptor> {
    const empty = await this.blob(repository, '{}', MediaTypes.ociEmpty);
    const layer = await this.blob(repository, content, artifactType);
    const descriptor = await this.manifest(repository, undefined, {
      schemaVersion: 2,
      mediaType: MediaTypes.ociManifest,
      artifactType,
      config: empty,
      layers: [layer],
      subject: {
        mediaType: subject.mediaType,
        digest: subject.digest,
        size: subject.size,
      },
      ...(annotations ? { annotations } : {}),
    });
    return { ...descriptor, ...(annotations ? { annotations } : {}) };
  }
}
