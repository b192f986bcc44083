import { LoggerService } from '@backstage/backend-plugin-api';
import { LRUCache } from 'lru-cache';
import { RegistryConfig, REPOSITORY_NAME } from './config';
import { nextLink } from './headers';
import {
  asObject,
  digestOf,
  isDigest,
  MANIFEST_ACCEPT,
  MediaTypes,
  OciDescriptor,
  referrersTag,
} from './oci';
import { RegistryError, RegistryHttp, RegistryResponse } from './RegistryHttp';
import type { SharedDigestCache } from './sharedCache';
import type { RegistrySource } from './source';

/**
 * A manifest or index read from a registry, with its digest verified.
 *
 * @public
 */
export interface FetchedManifest {
  digest: string;
  mediaType: string;
  size: number;
  /** The parsed JSON; its fields are checked by the artifact parser, not here. */
  content: Record<string, unknown>;
}

/**
 * What a tag or digest resolves to (`HEAD` of the manifest).
 *
 * @public
 */
export interface ManifestReference {
  digest: string;
  mediaType: string;
  size: number;
}

/**
 * An artifact stored under one of cosign's legacy tags
 * (`sha256-<hex>.sig`, `.att`, `.sbom`).
 *
 * @public
 */
export interface CosignTagArtifact {
  kind: 'sig' | 'att' | 'sbom';
  tag: string;
  digest: string;
  /** Media types of the layers (signatures, DSSE envelopes, SBOM documents). */
  layerMediaTypes: string[];
}

/**
 * The artifacts that refer to a manifest (signatures, SBOMs, attestations).
 *
 * @public
 */
export interface Referrers {
  /**
   * `api` when the registry serves the referrers API, `tag-schema` when the
   * `sha256-<hex>` fallback tag was read instead (it may not exist).
   */
  source: 'api' | 'tag-schema';
  /** Descriptors of the referring manifests, each with its artifactType. */
  referrers: OciDescriptor[];
  /** Artifacts found under cosign's legacy tags. */
  cosignTags: CosignTagArtifact[];
}

/**
 * Options of the client.
 *
 * @public
 */
export interface OciRegistryClientOptions {
  logger?: LoggerService;
  /** Bytes of manifests and blobs kept by digest in this process. Default 32 MiB. */
  cacheBytes?: number;
  /**
   * The digest cache the backend replicas share (Backstage's cache service
   * when `backend.cache` names a shared store); asked after this process's
   * own cache and before the registry.
   */
  sharedCache?: SharedDigestCache;
}

/**
 * Answer of `ping`.
 *
 * @public
 */
export interface RegistryPing {
  /** The `Docker-Distribution-API-Version` header, when sent. */
  apiVersion?: string;
}

// The distribution spec asks registries to accept manifests up to 4 MiB.
const MAX_MANIFEST_BYTES = 4 * 1024 * 1024;
const TAG = /^[a-zA-Z0-9_][a-zA-Z0-9._-]{0,127}$/;
const COSIGN_SUFFIXES = ['sig', 'att', 'sbom'] as const;

/**
 * A client of the OCI Distribution API for one registry of the allow-list:
 * repositories, tags, manifests, config blobs and referrers. Content is
 * cached by digest (a digest never changes); tags are always read live.
 *
 * @public
 */
export class OciRegistryClient implements RegistrySource {
  readonly name: string;
  private readonly http: RegistryHttp;
  private readonly cache: LRUCache<string, FetchedManifest | Buffer>;
  private readonly logger?: LoggerService;
  private readonly shared?: SharedDigestCache;

  constructor(
    private readonly config: RegistryConfig,
    options: OciRegistryClientOptions = {},
  ) {
    this.name = config.name;
    this.logger = options.logger;
    this.http = new RegistryHttp(config, options.logger);
    this.shared = options.sharedCache;
    this.cache = new LRUCache({
      maxSize: options.cacheBytes ?? 32 * 1024 * 1024,
      sizeCalculation: value =>
        Math.max(1, Buffer.isBuffer(value) ? value.length : value.size),
    });
  }

  /** Checks that the registry speaks the distribution API, authenticating if asked. */
  async ping(): Promise<RegistryPing> {
    const response = await this.get('/v2/', 64 * 1024);
    this.expectFound(response, '/v2/');
    return {
      apiVersion:
        response.headers.get('docker-distribution-api-version') ?? undefined,
    };
  }

  /**
   * The repositories to read: the configured list, plus the repositories of
   * `_catalog` that start with a configured prefix; every repository of
   * `_catalog` when neither is configured.
   */
  async listRepositories(): Promise<string[]> {
    const { repositories, repositoryPrefixes: prefixes } = this.config;
    if (prefixes.length === 0 && repositories.length > 0) {
      return [...repositories];
    }
    const discovered = (await this.listCatalog()).filter(
      name =>
        prefixes.length === 0 ||
        prefixes.some(prefix => name.startsWith(prefix)),
    );
    return [...new Set([...repositories, ...discovered])];
  }

  /** Every repository of `GET /v2/_catalog`, following `Link` pagination. */
  async listCatalog(): Promise<string[]> {
    try {
      return await this.listCatalogPages();
    } catch (error) {
      const status =
        error instanceof RegistryError ? error.registryStatus : undefined;
      if (
        error instanceof RegistryError &&
        (status === 404 || status === 401 || status === 403)
      ) {
        throw new RegistryError(
          `registry '${
            this.name
          }': the repository list (GET /v2/_catalog) is not offered to this backend (${error.message.replace(
            `registry '${this.name}': `,
            '',
          )}); list the repositories to read under repositories in aiPlatform.registries`,
          status === 404 ? 'not-found' : 'unauthorized',
          status,
        );
      }
      throw error;
    }
  }

  private async listCatalogPages(): Promise<string[]> {
    try {
      return await this.paginate(
        `/v2/_catalog?n=${this.config.pageSize}`,
        'repositories',
      );
    } catch (error) {
      // Distribution answers 400 when n exceeds its own page limit
      // (catalog.maxentries); without n it uses that limit and sends a Link.
      if (!(error instanceof RegistryError) || error.registryStatus !== 400) {
        throw error;
      }
      return this.paginate('/v2/_catalog', 'repositories');
    }
  }

  /** Every tag of a repository, following `Link` pagination (`?n=`). */
  async listTags(
    repository: string,
    options: { pageSize?: number } = {},
  ): Promise<string[]> {
    const n = options.pageSize ?? this.config.pageSize;
    return this.paginate(
      `${this.repoPath(repository)}/tags/list?n=${n}`,
      'tags',
    );
  }

  /** Resolves a tag (or digest) to a digest with `HEAD`; undefined when absent. */
  async resolve(
    repository: string,
    reference: string,
  ): Promise<ManifestReference | undefined> {
    const response = await this.http.send({
      method: 'HEAD',
      url: this.manifestPath(repository, reference),
      accept: MANIFEST_ACCEPT,
      maxBytes: MAX_MANIFEST_BYTES,
    });
    if (response.status === 404) return undefined;
    const digest = response.headers.get('docker-content-digest');
    if (digest && isDigest(digest)) {
      return {
        digest,
        mediaType: contentType(response),
        size: Number(response.headers.get('content-length') ?? 0),
      };
    }
    // Some registries send no digest on HEAD; the body tells.
    const manifest = await this.getManifest(repository, reference);
    return manifest && pick(manifest);
  }

  /**
   * A manifest or index by tag or digest, with the right `Accept`, its
   * digest checked against `Docker-Content-Digest` and the reference.
   * Undefined when the registry has no such manifest.
   */
  async getManifest(
    repository: string,
    reference: string,
  ): Promise<FetchedManifest | undefined> {
    const key = `manifest:${repository}@${reference}`;
    if (isDigest(reference)) {
      const cached = this.cache.get(key);
      if (cached && !Buffer.isBuffer(cached)) return cached;
      const shared = await this.shared?.get(this.sharedKey(key));
      if (shared) {
        const manifest = this.sharedManifest(shared, reference);
        if (manifest) {
          this.cache.set(key, manifest);
          return manifest;
        }
      }
    }
    const path = this.manifestPath(repository, reference);
    const response = await this.http.send({
      method: 'GET',
      url: path,
      accept: MANIFEST_ACCEPT,
      maxBytes: MAX_MANIFEST_BYTES,
    });
    if (response.status === 404) return undefined;
    const manifest = this.readManifest(response, path, reference);
    const digestKey = `manifest:${repository}@${manifest.digest}`;
    this.cache.set(digestKey, manifest);
    await this.shared?.set(this.sharedKey(digestKey), {
      body: response.body,
      contentType: contentType(response),
    });
    return manifest;
  }

  /**
   * A manifest from the shared cache, when its bytes have the digest asked
   * for and parse; undefined (the registry is read) otherwise.
   */
  private sharedManifest(
    entry: { body: Buffer; contentType?: string },
    digest: string,
  ): FetchedManifest | undefined {
    if (digestOf(entry.body, digest) !== digest) {
      this.logger?.warn(
        `registry '${this.name}': the shared digest cache holds other bytes for ${digest}; the registry is read instead`,
      );
      return undefined;
    }
    try {
      const content = this.parseJson(entry.body, digest);
      const mediaType =
        typeof content.mediaType === 'string'
          ? content.mediaType
          : entry.contentType ?? '';
      return { digest, mediaType, size: entry.body.length, content };
    } catch {
      return undefined;
    }
  }

  /** Keys in the shared cache are per registry of the allow-list. */
  private sharedKey(key: string): string {
    return `registry:${this.name}:${key}`;
  }

  /**
   * A blob by digest (following redirects to the allowed hosts), checked
   * against its digest and limited to `maxBlobBytes`. Undefined when the
   * registry has no such blob.
   */
  async getBlob(
    repository: string,
    digest: string,
  ): Promise<Buffer | undefined> {
    if (!isDigest(digest)) {
      throw new RegistryError(
        `registry '${this.name}': '${digest}' is not a sha256 or sha512 digest`,
        'invalid',
      );
    }
    const key = `blob:${repository}@${digest}`;
    const cached = this.cache.get(key);
    if (Buffer.isBuffer(cached)) return cached;
    const shared = await this.shared?.get(this.sharedKey(key));
    if (shared && digestOf(shared.body, digest) === digest) {
      this.cache.set(key, shared.body);
      return shared.body;
    }
    if (shared) {
      this.logger?.warn(
        `registry '${this.name}': the shared digest cache holds other bytes for blob ${digest}; the registry is read instead`,
      );
    }
    const path = `${this.repoPath(repository)}/blobs/${digest}`;
    const response = await this.http.send({
      method: 'GET',
      url: path,
      maxBytes: this.config.maxBlobBytes,
      blob: true,
    });
    if (response.status === 404) return undefined;
    const actual = digestOf(response.body, digest);
    if (actual !== digest) {
      throw new RegistryError(
        `registry '${this.name}': blob ${path} has digest ${actual}, not the one asked for`,
        'digest-mismatch',
      );
    }
    this.cache.set(key, response.body);
    await this.shared?.set(this.sharedKey(key), { body: response.body });
    return response.body;
  }

  /**
   * The artifacts that refer to a manifest: the referrers API, or the
   * `sha256-<hex>` fallback tag when the API answers 404, plus cosign's
   * legacy `.sig`, `.att` and `.sbom` tags.
   */
  async listReferrers(repository: string, digest: string): Promise<Referrers> {
    const fromApi = await this.referrersFromApi(repository, digest);
    const referrers =
      fromApi ?? (await this.referrersFromTag(repository, digest));
    const cosignTags = await this.cosignTags(repository, digest);
    return {
      source: fromApi ? 'api' : 'tag-schema',
      referrers: await this.withArtifactTypes(repository, referrers),
      cosignTags,
    };
  }

  private async referrersFromApi(
    repository: string,
    digest: string,
  ): Promise<OciDescriptor[] | undefined> {
    const descriptors: OciDescriptor[] = [];
    const seen = new Set<string>();
    let url: string | undefined = `${this.repoPath(
      repository,
    )}/referrers/${digest}`;
    while (url) {
      const response = await this.get(
        url,
        MAX_MANIFEST_BYTES,
        MediaTypes.ociIndex,
      );
      // 404 means the registry has no referrers API (distribution spec 1.1).
      if (response.status === 404) return undefined;
      const index = this.parseJson(response.body, url);
      descriptors.push(...descriptorsOf(index.manifests));
      url = this.nextPage(response, seen);
    }
    return descriptors;
  }

  private async referrersFromTag(
    repository: string,
    digest: string,
  ): Promise<OciDescriptor[]> {
    const index = await this.getManifest(repository, referrersTag(digest));
    return index ? descriptorsOf(index.content.manifests) : [];
  }

  private async cosignTags(
    repository: string,
    digest: string,
  ): Promise<CosignTagArtifact[]> {
    const found = await Promise.all(
      COSIGN_SUFFIXES.map(async kind => {
        const tag = `${referrersTag(digest)}.${kind}`;
        const manifest = await this.getManifest(repository, tag);
        if (!manifest) return undefined;
        return {
          kind,
          tag,
          digest: manifest.digest,
          layerMediaTypes: descriptorsOf(manifest.content.layers).map(
            layer => layer.mediaType,
          ),
        };
      }),
    );
    return found.filter((x): x is CosignTagArtifact => x !== undefined);
  }

  /**
   * Fills in the artifactType of referrers that lack it (older clients wrote
   * fallback indexes without it) from the referring manifest itself.
   */
  private async withArtifactTypes(
    repository: string,
    descriptors: OciDescriptor[],
  ): Promise<OciDescriptor[]> {
    return Promise.all(
      descriptors.map(async descriptor => {
        if (descriptor.artifactType) return descriptor;
        const manifest = await this.getManifest(repository, descriptor.digest);
        const content = manifest?.content;
        const artifactType =
          (typeof content?.artifactType === 'string' && content.artifactType) ||
          asObject(content?.config)?.mediaType;
        return typeof artifactType === 'string'
          ? { ...descriptor, artifactType }
          : descriptor;
      }),
    );
  }

  private async paginate(first: string, field: string): Promise<string[]> {
    const { maxPages, maxItems, listTimeoutMs } = this.config;
    const items: string[] = [];
    const seen = new Set<string>();
    const started = Date.now();
    const bound = (what: string) =>
      new RegistryError(
        `registry '${this.name}': the listing of ${
          first.split('?')[0]
        } stopped: ${what}; it is tried again at the next scan`,
        'too-large',
      );
    let pages = 0;
    let url: string | undefined = first;
    while (url) {
      if (pages >= maxPages) {
        throw bound(
          `the registry still linked to a next page after ${pages} pages (maxPages of aiPlatform.registries)`,
        );
      }
      if (Date.now() - started > listTimeoutMs) {
        throw bound(
          `${pages} pages took longer than ${listTimeoutMs} ms (listTimeout of aiPlatform.registries)`,
        );
      }
      pages++;
      const response = await this.get(url, MAX_MANIFEST_BYTES);
      this.expectFound(response, url);
      const page = this.parseJson(response.body, url)[field];
      if (Array.isArray(page)) {
        items.push(...page.filter((x): x is string => typeof x === 'string'));
        if (items.length > maxItems) {
          throw bound(
            `more than ${maxItems} names (maxItems of aiPlatform.registries)`,
          );
        }
      }
      url = this.nextPage(response, seen);
    }
    return items;
  }

  /** The next page's URL; a registry that links back to a page read is cut short. */
  private nextPage(
    response: RegistryResponse,
    seen: Set<string>,
  ): string | undefined {
    seen.add(response.url);
    const next = nextLink(response.headers.get('link'), response.url);
    if (next && seen.has(next)) {
      this.logger?.warn(
        `Registry '${this.name}' links back to ${
          new URL(next).pathname
        } it already answered; the listing stops there.`,
      );
      return undefined;
    }
    return next;
  }

  private get(
    url: string,
    maxBytes: number,
    accept = 'application/json',
  ): Promise<RegistryResponse> {
    return this.http.send({ method: 'GET', url, accept, maxBytes });
  }

  private readManifest(
    response: RegistryResponse,
    path: string,
    reference: string,
  ): FetchedManifest {
    const header = response.headers.get('docker-content-digest');
    const expected = isDigest(reference) ? reference : header;
    const digest = digestOf(response.body, expected ?? undefined);
    for (const claimed of [reference, header]) {
      if (
        claimed &&
        isDigest(claimed) &&
        claimed.split(':')[0] === digest.split(':')[0] &&
        claimed !== digest
      ) {
        throw new RegistryError(
          `registry '${
            this.name
          }': manifest ${path} has digest ${digest}, but ${
            claimed === reference
              ? 'was asked for'
              : 'Docker-Content-Digest says'
          } ${claimed}`,
          'digest-mismatch',
        );
      }
    }
    const content = this.parseJson(response.body, path);
    const mediaType =
      typeof content.mediaType === 'string'
        ? content.mediaType
        : contentType(response);
    return { digest, mediaType, size: response.body.length, content };
  }

  private parseJson(body: Buffer, path: string): Record<string, any> {
    let parsed: unknown;
    try {
      parsed = JSON.parse(body.toString('utf8'));
    } catch (error) {
      throw new RegistryError(
        `registry '${this.name}': ${path.split('?')[0]} is not valid JSON: ${
          (error as Error).message
        }`,
        'invalid',
      );
    }
    const object = asObject(parsed);
    if (!object) {
      throw new RegistryError(
        `registry '${this.name}': ${path.split('?')[0]} is not a JSON object`,
        'invalid',
      );
    }
    return object;
  }

  private expectFound(response: RegistryResponse, path: string): void {
    if (response.status === 404) {
      throw new RegistryError(
        `registry '${this.name}': GET ${path.split('?')[0]} answered 404`,
        'not-found',
        404,
      );
    }
  }

  /**
   * Names are checked rather than encoded: the distribution grammar keeps
   * them URL-safe, and registries expect the `/` and `:` literally.
   */
  private repoPath(repository: string): string {
    if (!REPOSITORY_NAME.test(repository)) {
      throw new RegistryError(
        `registry '${this.name}': '${repository}' is not a valid repository name`,
        'invalid',
      );
    }
    return `/v2/${repository}`;
  }

  private manifestPath(repository: string, reference: string): string {
    if (!TAG.test(reference) && !isDigest(reference)) {
      throw new RegistryError(
        `registry '${this.name}': '${reference}' is neither a tag nor a digest`,
        'invalid',
      );
    }
    return `${this.repoPath(repository)}/manifests/${reference}`;
  }
}

function contentType(response: RegistryResponse): string {
  return (response.headers.get('content-type') ?? '').split(';')[0].trim();
}

function pick({ digest, mediaType, size }: FetchedManifest): ManifestReference {
  return { digest, mediaType, size };
}

/** The well-formed descriptors of a JSON array; others are dropped. */
export function descriptorsOf(value: unknown): OciDescriptor[] {
  if (!Array.isArray(value)) return [];
  return value.filter(
    (d): d is OciDescriptor =>
      !!asObject(d) &&
      typeof d.mediaType === 'string' &&
      typeof d.digest === 'string' &&
      isDigest(d.digest) &&
      typeof d.size === 'number',
  );
}
