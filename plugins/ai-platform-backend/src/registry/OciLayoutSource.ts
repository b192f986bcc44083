import { readdir, readFile, stat } from 'node:fs/promises';
import { join } from 'node:path';
import { RegistryConfig, REPOSITORY_NAME } from './config';
import {
  asObject,
  digestOf,
  isDigest,
  OciDescriptor,
  referrersTag,
} from './oci';
import {
  CosignTagArtifact,
  descriptorsOf,
  FetchedManifest,
  ManifestReference,
  Referrers,
} from './OciRegistryClient';
import { RegistryError } from './RegistryHttp';
import type { RegistrySource } from './source';

const REF_NAME = 'org.opencontainers.image.ref.name';
const MAX_MANIFEST_BYTES = 4 * 1024 * 1024;
const COSIGN_SUFFIXES = ['sig', 'att', 'sbom'] as const;

/**
 * A read-only model source over OCI image layouts (image-spec
 * `image-layout.md`), for machines where no registry server can run: one
 * layout per repository at `<layout>/<repository>/`, tags as
 * `org.opencontainers.image.ref.name` annotations of its `index.json`, as
 * `oras copy --to-oci-layout` and the seeder write them. Referrers are found
 * the way a registry without the referrers API offers them: the
 * `sha256-<hex>` fallback tag and cosign's `.sig/.att/.sbom` tags.
 *
 * @public
 */
export class OciLayoutSource implements RegistrySource {
  readonly name: string;
  private readonly root: string;

  constructor(private readonly config: RegistryConfig) {
    if (!config.layout) {
      throw new Error(`registry '${config.name}' has no layout folder`);
    }
    this.name = config.name;
    this.root = config.layout;
  }

  async listRepositories(): Promise<string[]> {
    const { repositories, repositoryPrefixes: prefixes } = this.config;
    if (prefixes.length === 0 && repositories.length > 0) {
      return [...repositories];
    }
    const found = (await this.findLayouts('')).filter(
      name =>
        prefixes.length === 0 ||
        prefixes.some(prefix => name.startsWith(prefix)),
    );
    return [...new Set([...repositories, ...found])].sort();
  }

  /** Folders below `relative` that hold an `oci-layout` file. */
  private async findLayouts(relative: string): Promise<string[]> {
    let entries;
    try {
      entries = await readdir(join(this.root, relative), {
        withFileTypes: true,
      });
    } catch (error) {
      if (relative === '') {
        throw new RegistryError(
          `registry '${this.name}': the layout folder ${
            this.root
          } cannot be read (${(error as Error).message})`,
          'not-found',
        );
      }
      return [];
    }
    if (entries.some(e => e.isFile() && e.name === 'oci-layout')) {
      return relative ? [relative] : [];
    }
    const nested = await Promise.all(
      entries
        .filter(e => e.isDirectory() && e.name !== 'blobs')
        .map(e =>
          this.findLayouts(relative ? `${relative}/${e.name}` : e.name),
        ),
    );
    return nested.flat();
  }

  async listTags(repository: string): Promise<string[]> {
    const index = await this.index(repository);
    return index
      .map(d => d.annotations?.[REF_NAME])
      .filter((t): t is string => Boolean(t))
      .sort();
  }

  async resolve(
    repository: string,
    reference: string,
  ): Promise<ManifestReference | undefined> {
    const descriptor = await this.find(repository, reference);
    return (
      descriptor && {
        digest: descriptor.digest,
        mediaType: descriptor.mediaType,
        size: descriptor.size,
      }
    );
  }

  async getManifest(
    repository: string,
    reference: string,
  ): Promise<FetchedManifest | undefined> {
    const digest = isDigest(reference)
      ? reference
      : (await this.find(repository, reference))?.digest;
    if (!digest) return undefined;
    const body = await this.readBlob(repository, digest, MAX_MANIFEST_BYTES);
    if (!body) return undefined;
    let content: Record<string, unknown> | undefined;
    try {
      content = asObject(JSON.parse(body.toString('utf8')));
    } catch {
      content = undefined;
    }
    if (!content) {
      throw new RegistryError(
        `registry '${this.name}': manifest ${digest} of ${repository} is not a JSON object`,
        'invalid',
      );
    }
    const mediaType =
      typeof content.mediaType === 'string' ? content.mediaType : '';
    return { digest, mediaType, size: body.length, content };
  }

  async getBlob(
    repository: string,
    digest: string,
  ): Promise<Buffer | undefined> {
    return this.readBlob(repository, digest, this.config.maxBlobBytes);
  }

  async listReferrers(repository: string, digest: string): Promise<Referrers> {
    const index = await this.getManifest(repository, referrersTag(digest));
    const referrers = await Promise.all(
      descriptorsOf(index?.content.manifests).map(d =>
        this.withArtifactType(repository, d),
      ),
    );
    const cosignTags: CosignTagArtifact[] = [];
    for (const kind of COSIGN_SUFFIXES) {
      const tag = `${referrersTag(digest)}.${kind}`;
      const manifest = await this.getManifest(repository, tag);
      if (manifest) {
        cosignTags.push({
          kind,
          tag,
          digest: manifest.digest,
          layerMediaTypes: descriptorsOf(manifest.content.layers).map(
            l => l.mediaType,
          ),
        });
      }
    }
    return { source: 'tag-schema', referrers, cosignTags };
  }

  private async withArtifactType(
    repository: string,
    descriptor: OciDescriptor,
  ): Promise<OciDescriptor> {
    if (descriptor.artifactType) return descriptor;
    const content = (await this.getManifest(repository, descriptor.digest))
      ?.content;
    const artifactType =
      (typeof content?.artifactType === 'string' && content.artifactType) ||
      asObject(content?.config)?.mediaType;
    return typeof artifactType === 'string'
      ? { ...descriptor, artifactType }
      : descriptor;
  }

  private async find(
    repository: string,
    reference: string,
  ): Promise<OciDescriptor | undefined> {
    const index = await this.index(repository);
    return isDigest(reference)
      ? index.find(d => d.digest === reference)
      : index.find(d => d.annotations?.[REF_NAME] === reference);
  }

  private dir(repository: string): string {
    if (!REPOSITORY_NAME.test(repository)) {
      throw new RegistryError(
        `registry '${this.name}': '${repository}' is not a valid repository name`,
        'invalid',
      );
    }
    return join(this.root, ...repository.split('/'));
  }

  /** The descriptors of a repository's `index.json`; empty when it has none. */
  private async index(repository: string): Promise<OciDescriptor[]> {
    let text: string;
    try {
      text = await readFile(join(this.dir(repository), 'index.json'), 'utf8');
    } catch {
      return [];
    }
    try {
      return descriptorsOf(JSON.parse(text).manifests);
    } catch (error) {
      throw new RegistryError(
        `registry '${this.name}': ${repository}/index.json is not valid JSON (${
          (error as Error).message
        })`,
        'invalid',
      );
    }
  }

  private async readBlob(
    repository: string,
    digest: string,
    maxBytes: number,
  ): Promise<Buffer | undefined> {
    if (!isDigest(digest)) {
      throw new RegistryError(
        `registry '${this.name}': '${digest}' is not a sha256 or sha512 digest`,
        'invalid',
      );
    }
    const [algorithm, hex] = digest.split(':');
    const path = join(this.dir(repository), 'blobs', algorithm, hex);
    const info = await stat(path).catch(() => undefined);
    if (!info) return undefined;
    if (info.size > maxBytes) {
      throw new RegistryError(
        `registry '${this.name}': blob ${digest} of ${repository} has ${info.size} bytes, more than the limit of ${maxBytes}`,
        'too-large',
      );
    }
    const body = await readFile(path);
    if (digestOf(body, digest) !== digest) {
      throw new RegistryError(
        `registry '${this.name}': blob ${digest} of ${repository} does not match its digest`,
        'digest-mismatch',
      );
    }
    return body;
  }
}
