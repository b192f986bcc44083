import type { LoggerService } from '@backstage/backend-plugin-api';
import { referrersTag } from '../registry/oci';
import type { RegistrySource } from '../registry/source';
import {
  ModelVersion,
  readModelVersion,
  SkippedTag,
} from '../registry/versions';

// Tags of the referrers tag schema and cosign's legacy tags are not versions.
const SUPPLY_CHAIN_TAG = /^sha(256|512)-[a-f0-9]+(\.(sig|att|sbom))?$/;
const SUPPLY_CHAIN_SUFFIXES = ['', '.sig', '.att', '.sbom'];

/**
 * What one scan of a repository saw: every tag's digest, and each tag read
 * as a version (or skipped, or failed).
 */
export interface RepositorySnapshot {
  registry: string;
  repository: string;
  /** Tag to digest, for every tag (supply-chain tags included). */
  tags: Map<string, string>;
  versions: ModelVersion[];
  skipped: SkippedTag[];
  scannedAt: number;
  /** Set when the tags could not be listed. */
  error?: string;
}

/**
 * Scans model repositories and keeps, per repository, the tag to digest
 * snapshot of the last scan. A digest never changes, so a version is read
 * (manifest, config, referrers) only when its digest, or the digest of one of
 * its supply-chain tags (`sha256-<hex>`, `.sig`, `.att`, `.sbom`), was not
 * seen before; a rescan costs the tag list and one `HEAD` per tag, plus the
 * reads of what changed. Failures are not remembered, so they are retried.
 */
export class RepositoryScanner {
  /** Results by `<registry>/<repository>@<digest>+<supply-chain digests>`. */
  private readonly known = new Map<string, ModelVersion | SkippedTag>();
  private readonly snapshots = new Map<string, RepositorySnapshot>();
  private readonly inFlight = new Map<string, Promise<RepositorySnapshot>>();

  constructor(
    private readonly options: {
      logger?: LoggerService;
      /** False reads every version in full on every scan (for the benchmark's baseline). */
      digestCache?: boolean;
    } = {},
  ) {}

  /** The last snapshot of a repository, if it was scanned. */
  last(registry: string, repository: string): RepositorySnapshot | undefined {
    return this.snapshots.get(`${registry}/${repository}`);
  }

  /** Scans a repository, sharing a scan already under way. */
  scan(
    source: RegistrySource,
    repository: string,
  ): Promise<RepositorySnapshot> {
    const key = `${source.name}/${repository}`;
    const running = this.inFlight.get(key);
    if (running) return running;
    const scan = this.doScan(source, repository).finally(() =>
      this.inFlight.delete(key),
    );
    this.inFlight.set(key, scan);
    return scan;
  }

  private async doScan(
    source: RegistrySource,
    repository: string,
  ): Promise<RepositorySnapshot> {
    const snapshot: RepositorySnapshot = {
      registry: source.name,
      repository,
      tags: new Map(),
      versions: [],
      skipped: [],
      scannedAt: Date.now(),
    };
    let tags: string[];
    try {
      tags = await source.listTags(repository);
    } catch (error) {
      snapshot.error = (error as Error).message;
      this.options.logger?.warn(
        `Could not list the tags of ${source.name}/${repository}: ${snapshot.error}`,
      );
      this.snapshots.set(`${source.name}/${repository}`, snapshot);
      return snapshot;
    }
    const resolved = await Promise.all(
      tags.map(async tag => {
        try {
          return [
            tag,
            (await source.resolve(repository, tag))?.digest,
          ] as const;
        } catch (error) {
          return [tag, error as Error] as const;
        }
      }),
    );
    for (const [tag, digest] of resolved) {
      if (typeof digest === 'string') snapshot.tags.set(tag, digest);
    }
    const outcomes = await Promise.all(
      resolved
        .filter(([tag]) => !SUPPLY_CHAIN_TAG.test(tag))
        .map(([tag, digest]) =>
          this.version(source, repository, tag, digest, snapshot.tags),
        ),
    );
    for (const outcome of outcomes) {
      if (outcome.status === 'skipped') snapshot.skipped.push(outcome);
      else snapshot.versions.push(outcome);
    }
    for (const [tag] of resolved.filter(([t]) => SUPPLY_CHAIN_TAG.test(t))) {
      snapshot.skipped.push({
        status: 'skipped',
        tag,
        reason: 'a signature or referrers tag',
      });
    }
    this.snapshots.set(`${source.name}/${repository}`, snapshot);
    return snapshot;
  }

  private async version(
    source: RegistrySource,
    repository: string,
    tag: string,
    digest: string | Error | undefined,
    tags: Map<string, string>,
  ): Promise<ModelVersion | SkippedTag> {
    if (digest instanceof Error) {
      return { status: 'error', tag, error: digest.message };
    }
    if (!digest) {
      return { status: 'error', tag, error: `tag '${tag}' has no manifest` };
    }
    // Signatures added later change a supply-chain tag's digest, and so the key.
    const supplyChain = SUPPLY_CHAIN_SUFFIXES.map(
      suffix => tags.get(`${referrersTag(digest)}${suffix}`) ?? '-',
    ).join(',');
    const key = `${source.name}/${repository}@${digest}+${supplyChain}`;
    const cached =
      this.options.digestCache === false ? undefined : this.known.get(key);
    if (cached) return { ...cached, tag };
    const outcome = await readModelVersion(source, repository, tag, { digest });
    if (outcome.status !== 'error') this.known.set(key, outcome);
    return outcome;
  }
}
