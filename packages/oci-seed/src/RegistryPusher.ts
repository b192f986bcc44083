import { Descriptor, MediaTypes, OciTarget, sha256, toBytes } from './target';

/**
 * A small OCI push client: monolithic blob uploads (POST then PUT) and
 * manifest PUTs, as `oras` or `skopeo` send them. Used by the seeder, the
 * registry integration tests and the registry benchmark.
 */
export class RegistryPusher implements OciTarget {
  /** Requests sent, for benchmarks that report how much seeding cost. */
  requests = 0;

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

  private async send(url: string, init: RequestInit): Promise<Response> {
    this.requests += 1;
    return fetch(url, init);
  }

  private async expect(response: Response, status: number, what: string) {
    if (response.status !== status) {
      throw new Error(
        `${what} answered ${response.status}: ${await response.text()}`,
      );
    }
  }

  async blob(
    repository: string,
    data: Buffer | string | object,
    mediaType: string,
    annotations?: Record<string, string>,
  ): Promise<Descriptor> {
    const body = toBytes(data);
    const digest = sha256(body);
    const start = await this.send(
      `${this.url}/v2/${repository}/blobs/uploads/`,
      { method: 'POST', headers: this.headers() },
    );
    await this.expect(start, 202, `POST blob upload to ${repository}`);
    const location = new URL(start.headers.get('location')!, this.url);
    location.searchParams.set('digest', digest);
    const put = await this.send(location.toString(), {
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

  async manifest(
    repository: string,
    reference: string | undefined,
    manifest: object,
  ): Promise<Descriptor> {
    const body = toBytes(manifest);
    const digest = sha256(body);
    const mediaType =
      (manifest as { mediaType?: string }).mediaType ?? MediaTypes.ociManifest;
    const response = await this.send(
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
    const response = await this.send(
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
  ): Promise<Descriptor> {
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
    subject: Descriptor,
    artifactType: string,
    content: string,
    annotations?: Record<string, string>,
  ): Promise<Descriptor> {
    return pushReferrer(
      this,
      repository,
      subject,
      artifactType,
      content,
      annotations,
    );
  }
}

/** Writes an artifact that refers to `subject`, with the empty config OCI 1.1 asks for. */
export async function pushReferrer(
  target: OciTarget,
  repository: string,
  subject: Descriptor,
  artifactType: string,
  content: string,
  annotations?: Record<string, string>,
): Promise<Descriptor> {
  const empty = await target.blob(repository, '{}', MediaTypes.ociEmpty);
  const layer = await target.blob(repository, content, artifactType);
  const descriptor = await target.manifest(repository, undefined, {
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
