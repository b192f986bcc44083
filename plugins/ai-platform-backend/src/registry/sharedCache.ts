import type {
  CacheService,
  LoggerService,
} from '@backstage/backend-plugin-api';
import { CacheManager } from '@backstage/backend-defaults/cache';
import type { Config } from '@backstage/config';

/** What one entry of the shared tier holds: the bytes as read, and their type. */
export interface SharedEntry {
  body: Buffer;
  contentType?: string;
}

/** Options of the shared tier. */
export interface SharedDigestCacheOptions {
  logger?: LoggerService;
  /** A read the cache does not answer in this time is read from the registry. Default 1 s. */
  timeoutMs?: number;
  /** Bodies larger than this stay in the replica's own cache only. Default 4 MiB. */
  maxEntryBytes?: number;
}

// Digests never change: the TTL only bounds how long the store keeps an entry
// nobody reads any more.
const TTL = { days: 7 };
const ERROR_LOG_INTERVAL_MS = 60_000;

/**
 * The tier of the registry digest cache that the backend replicas share,
 * over Backstage's cache service. Every read is checked by the caller against
 * the digest it asked for, so a wrong entry in the store is never served.
 * A store that fails or is slow never fails a read: the registry is asked.
 */
export class SharedDigestCache {
  private readonly timeoutMs: number;
  private readonly maxEntryBytes: number;
  private lastErrorLog = 0;

  constructor(
    private readonly cache: CacheService,
    private readonly options: SharedDigestCacheOptions = {},
  ) {
    this.timeoutMs = options.timeoutMs ?? 1000;
    this.maxEntryBytes = options.maxEntryBytes ?? 4 * 1024 * 1024;
  }

  async get(key: string): Promise<SharedEntry | undefined> {
    try {
      return parseEntry(await this.withTimeout(this.cache.get(key)));
    } catch (error) {
      this.logError(key, error as Error, 'read');
      return undefined;
    }
  }

  /** Stores an entry; a failure is logged, not thrown. */
  async set(key: string, entry: SharedEntry): Promise<void> {
    if (entry.body.length > this.maxEntryBytes) return;
    const value = {
      body: entry.body.toString('base64'),
      ...(entry.contentType ? { contentType: entry.contentType } : {}),
    };
    try {
      await this.withTimeout(this.cache.set(key, value, { ttl: TTL }));
    } catch (error) {
      this.logError(key, error as Error, 'write');
    }
  }

  private async withTimeout<T>(promise: Promise<T>): Promise<T> {
    let timer: NodeJS.Timeout | undefined;
    try {
      return await Promise.race([
        promise,
        new Promise<never>((_resolve, reject) => {
          timer = setTimeout(
            () => reject(new Error(`no answer in ${this.timeoutMs} ms`)),
            this.timeoutMs,
          );
          timer.unref?.();
        }),
      ]);
    } finally {
      clearTimeout(timer);
    }
  }

  private logError(key: string, error: Error, what: 'read' | 'write') {
    const now = Date.now();
    if (now - this.lastErrorLog < ERROR_LOG_INTERVAL_MS) return;
    this.lastErrorLog = now;
    this.options.logger?.warn(
      `Registry digest cache: the shared cache failed to ${what} ${key}, the registry is read instead (logged once a minute): ${error.message}`,
    );
  }
}

function parseEntry(value: unknown): SharedEntry | undefined {
  if (!value || typeof value !== 'object' || Array.isArray(value)) {
    return undefined;
  }
  const { body, contentType } = value as Record<string, unknown>;
  if (typeof body !== 'string') return undefined;
  return {
    body: Buffer.from(body, 'base64'),
    contentType: typeof contentType === 'string' ? contentType : undefined,
  };
}

/**
 * The shared tier of the registry digest cache when `backend.cache` names a
 * shared store (Redis, Valkey, Memcache, Infinispan): Backstage's cache
 * service for the plugin, through the same `CacheManager` that
 * `coreServices.cache` uses. Undefined with the default memory store: each
 * replica's own size-bounded cache serves then, since Backstage's memory
 * store is an unbounded map that replicas do not share.
 */
export function sharedDigestCacheFromConfig(
  config: Config,
  logger?: LoggerService,
): SharedDigestCache | undefined {
  const store = config.getOptionalString('backend.cache.store') ?? 'memory';
  if (store === 'memory') return undefined;
  const cache = CacheManager.fromConfig(config, { logger })
    .forPlugin('ai-platform')
    .withOptions({ defaultTtl: TTL });
  logger?.info(
    `Registry digest cache: manifests and blobs are shared between replicas through the '${store}' cache store`,
  );
  return new SharedDigestCache(cache, { logger });
}
