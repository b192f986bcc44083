import { mkdir, readFile, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { Descriptor, MediaTypes, OciTarget, sha256, toBytes } from './target';

/** The annotation an OCI image layout names a tag with. */
export const REF_NAME = 'org.opencontainers.image.ref.name';

interface LayoutIndex {
  schemaVersion: 2;
  mediaType: string;
  manifests: Descriptor[];
}

/**
 * Writes OCI image layouts (image-spec `image-layout.md`): one layout folder
 * per repository under `root` (`<root>/<repository>/oci-layout`,
 * `index.json`, `blobs/sha256/<hex>`), tags as `org.opencontainers.image.ref.name`
 * annotations of `index.json`, as `oras copy --to-oci-layout` and
 * `skopeo copy oci:` write them. This is what the portal reads where no
 * registry server can run.
 */
export class LayoutWriter implements OciTarget {
  constructor(private readonly root: string) {}

  private dir(repository: string): string {
    return join(this.root, ...repository.split('/'));
  }

  private async store(repository: string, body: Buffer): Promise<string> {
    const digest = sha256(body);
    const blobs = join(this.dir(repository), 'blobs', 'sha256');
    await mkdir(blobs, { recursive: true });
    await writeFile(join(blobs, digest.slice('sha256:'.length)), body);
    return digest;
  }

  private async readIndex(repository: string): Promise<LayoutIndex> {
    try {
      return JSON.parse(
        await readFile(join(this.dir(repository), 'index.json'), 'utf8'),
      );
    } catch {
      return {
        schemaVersion: 2,
        mediaType: MediaTypes.ociIndex,
        manifests: [],
      };
    }
  }

  async blob(
    repository: string,
    data: Buffer | string | object,
    mediaType: string,
    annotations?: Record<string, string>,
  ): Promise<Descriptor> {
    const body = toBytes(data);
    const digest = await this.store(repository, body);
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
    const digest = await this.store(repository, body);
    const { mediaType = MediaTypes.ociManifest, artifactType } = manifest as {
      mediaType?: string;
      artifactType?: string;
    };
    const descriptor: Descriptor = {
      mediaType,
      digest,
      size: body.length,
      ...(artifactType ? { artifactType } : {}),
    };
    const index = await this.readIndex(repository);
    // A tag names one manifest: pushing it again moves it, as in a registry.
    index.manifests = index.manifests.filter(m =>
      reference
        ? m.annotations?.[REF_NAME] !== reference
        : m.digest !== digest || m.annotations?.[REF_NAME],
    );
    index.manifests.push(
      reference
        ? { ...descriptor, annotations: { [REF_NAME]: reference } }
        : descriptor,
    );
    const dir = this.dir(repository);
    await mkdir(dir, { recursive: true });
    await writeFile(
      join(dir, 'oci-layout'),
      JSON.stringify({ imageLayoutVersion: '1.0.0' }),
    );
    await writeFile(join(dir, 'index.json'), JSON.stringify(index, null, 2));
    return descriptor;
  }
}
