import type { LoggerService } from '@backstage/backend-plugin-api';
import type { CachedObject } from '@ai-platform/backstage-plugin-ai-platform-node';
import {
  KubeClient,
  KubeLimitError,
  KubeRequestError,
  WatchEvent,
} from './KubeClient';
import { KubeObject, projectDefault, WatchedKindDefinition } from './kinds';
import { WatchSettings } from './config';
import { ObjectFindings } from './findings';
import { sleep } from './sleep';

/** The resource version a watch started from is too old: list again. */
class ResourceExpiredError extends Error {}

const isForbidden = (error: unknown) =>
  error instanceof KubeRequestError && error.kubeStatus === 403;

interface KubeList {
  metadata?: { resourceVersion?: string; continue?: string };
  items?: KubeObject[];
}

/** What a reflector tells its cluster about itself. */
export interface ReflectorStatus {
  /** The first complete list has been loaded. */
  listed: boolean;
  /** When the first complete list was loaded. */
  listedAt?: number;
  lastEventAt?: number;
  error?: string;
  errorSince?: number;
  /**
   * The cluster answers 403 Forbidden for this kind: the portal's
   * credentials lack the rule. Not an error of the cluster; the kind is
   * empty and retried at the longest back-off.
   */
  forbidden?: { message: string; since: number };
}

function keyOf(object: { metadata: { namespace?: string; name: string } }) {
  return `${object.metadata.namespace ?? ''}/${object.metadata.name}`;
}

/**
 * Keeps the objects of one kind of one cluster in memory, the way a
 * Kubernetes informer does: a paginated list, then a watch from the list's
 * resource version with bookmarks; on `410 Gone` it lists again; on any other
 * failure it backs off exponentially and lists again. Objects are kept in
 * their compact projection. Readers always get the last complete state.
 */
export class Reflector {
  private items = new Map<string, CachedObject>();
  /**
   * `items` as an array, built on the first read after a change and shared
   * by every read until the next change: reads outnumber changes by far, and
   * copying 8,000 pods on every read costs time and garbage.
   */
  private snapshot?: ReadonlyArray<CachedObject>;
  private readonly state: ReflectorStatus = { listed: false };
  private readonly path: string;
  private readonly findings: ObjectFindings;

  constructor(
    private readonly options: {
      cluster: string;
      client: KubeClient;
      kind: WatchedKindDefinition;
      version: string;
      settings: WatchSettings;
      logger: LoggerService;
    },
  ) {
    const { kind, version } = options;
    this.path = kind.group
      ? `/apis/${kind.group}/${version}/${kind.plural}`
      : `/api/${version}/${kind.plural}`;
    this.findings = new ObjectFindings(
      options.cluster,
      `${kind.group || 'core'}/${kind.kind}`,
      options.logger,
    );
  }

  /** The cached objects the domains do not (fully) understand, with why. */
  notUnderstood() {
    return this.findings.list();
  }

  get status(): ReflectorStatus {
    return { ...this.state };
  }

  /** The cached objects; the array is shared between readers and frozen. */
  list(namespace?: string): ReadonlyArray<CachedObject> {
    this.snapshot ??= Object.freeze([...this.items.values()]);
    return namespace === undefined
      ? this.snapshot
      : this.snapshot.filter(item => item.metadata.namespace === namespace);
  }

  get size(): number {
    return this.items.size;
  }

  /** Runs until `signal` aborts. Never throws. */
  async run(signal: AbortSignal): Promise<void> {
    const { initialBackoffMs, maxBackoffMs } = this.options.settings;
    let backoff = initialBackoffMs;
    while (!signal.aborted) {
      try {
        let resourceVersion = await this.relist(signal);
        this.recovered();
        while (!signal.aborted) {
          resourceVersion = await this.watchFrom(resourceVersion, signal);
          // Back-off starts over only once a watch ran its course: a
          // cluster whose lists work but whose watches fail at once (e.g.
          // with an oversized event) is not listed again every second.
          backoff = initialBackoffMs;
        }
      } catch (error) {
        if (signal.aborted) return;
        if (error instanceof ResourceExpiredError) {
          this.options.logger.info(
            `Watch of ${this.describe()} expired (410 Gone); listing it again`,
          );
          continue;
        }
        if (isForbidden(error)) {
          this.notPermitted(error as KubeRequestError);
          await sleep(maxBackoffMs, signal);
          continue;
        }
        this.failed(error as Error);
        await sleep(backoff, signal);
        backoff = Math.min(backoff * 2, maxBackoffMs);
      }
    }
  }

  private describe() {
    return `${this.options.kind.kind} in cluster '${this.options.cluster}'`;
  }

  private failed(error: Error) {
    const message =
      error instanceof KubeRequestError
        ? error.message
        : `cluster '${this.options.cluster}': ${error.message}`;
    if (this.state.error !== message) {
      this.options.logger.warn(
        `Watch cache of ${this.describe()} failed: ${message}`,
      );
    }
    this.state.error = message;
    this.state.errorSince ??= Date.now();
  }

  /** Logs once per change of the answer, empties the kind and says why. */
  private notPermitted(error: KubeRequestError) {
    const message = error.detail ?? error.message;
    if (this.state.forbidden?.message !== message) {
      this.options.logger.warn(
        `Not permitted to read ${this.describe()}: ${message}. Add get, list and watch on ${
          this.options.kind.plural
        } in API group "${
          this.options.kind.group
        }" to the portal's ClusterRole (deploy/kubernetes/clusterrole.yaml)`,
      );
    }
    this.state.forbidden = {
      message,
      since: this.state.forbidden?.since ?? Date.now(),
    };
    this.state.error = undefined;
    this.state.errorSince = undefined;
    if (this.items.size) {
      this.items = new Map();
      this.snapshot = undefined;
    }
  }

  private recovered() {
    if (this.state.error) {
      this.options.logger.info(`Watch cache of ${this.describe()} recovered`);
    }
    if (this.state.forbidden) {
      this.options.logger.info(
        `Permitted again to read ${this.describe()}; it syncs now`,
      );
    }
    this.state.error = undefined;
    this.state.errorSince = undefined;
    this.state.forbidden = undefined;
  }

  private project(object: KubeObject): CachedObject | undefined {
    const name = object?.metadata?.name;
    if (typeof name !== 'string' || !name) {
      this.options.logger.warn(
        `Skipped a ${this.options.kind.kind} without metadata.name in cluster '${this.options.cluster}'`,
      );
      return undefined;
    }
    const key = keyOf(object as CachedObject);
    let projected: CachedObject;
    try {
      projected = (this.options.kind.project ?? projectDefault)(object);
    } catch (error) {
      this.findings.note(key, object.metadata, [
        `skipped: it does not have the expected shape (${
          (error as Error).message
        })`,
      ]);
      return undefined;
    }
    this.inspect(key, projected);
    return projected;
  }

  /** Asks the kind's inspector what the domains cannot use in this object version. */
  private inspect(key: string, object: CachedObject) {
    const inspect = this.options.kind.inspect;
    if (!inspect) return;
    let reasons: string[];
    try {
      reasons = inspect(object);
    } catch (error) {
      reasons = [`could not be inspected (${(error as Error).message})`];
    }
    this.findings.note(key, object.metadata, reasons);
  }

  private async relist(signal: AbortSignal): Promise<string> {
    const {
      pageSize,
      requestTimeoutMs,
      maxPages,
      maxItems,
      listTimeoutMs,
      maxResponseBytes,
    } = this.options.settings;
    const next = new Map<string, CachedObject>();
    const seen = new Set<string>();
    let token: string | undefined;
    let resourceVersion = '';
    let pages = 0;
    let items = 0;
    const started = Date.now();
    const bound = (what: string) =>
      new KubeLimitError(
        `cluster '${this.options.cluster}': the list of ${this.options.kind.kind} (GET ${this.path}) stopped: ${what}; the kind keeps what it had and is listed again later`,
      );
    do {
      if (signal.aborted) throw new Error('stopped');
      if (pages >= maxPages) {
        throw bound(
          `the cluster still sent a continue token after ${pages} pages (aiPlatform.watch.maxPages)`,
        );
      }
      if (Date.now() - started > listTimeoutMs) {
        throw bound(
          `${pages} pages took longer than ${listTimeoutMs} ms (aiPlatform.watch.listTimeout)`,
        );
      }
      const query = new URLSearchParams({ limit: String(pageSize) });
      if (token) query.set('continue', token);
      let page: KubeList;
      try {
        pages++;
        page = await this.options.client.getJson<KubeList>(
          `${this.path}?${query}`,
          requestTimeoutMs,
          maxResponseBytes,
        );
      } catch (error) {
        if (token && (error as KubeRequestError).kubeStatus === 410) {
          // The continue token expired between pages; start the list over.
          next.clear();
          seen.clear();
          items = 0;
          token = undefined;
          continue;
        }
        throw error;
      }
      const pageItems = Array.isArray(page.items) ? page.items : [];
      items += pageItems.length;
      if (items > maxItems) {
        throw bound(
          `more than ${maxItems} objects (aiPlatform.watch.maxItems)`,
        );
      }
      for (const raw of pageItems) {
        if (typeof raw?.metadata?.name === 'string') {
          seen.add(keyOf(raw as CachedObject));
        }
        // Items of a list carry no apiVersion/kind; the kind is known.
        const projected = this.project({
          apiVersion: this.options.kind.group
            ? `${this.options.kind.group}/${this.options.version}`
            : this.options.version,
          kind: this.options.kind.kind,
          ...raw,
        });
        if (projected) next.set(keyOf(projected), projected);
      }
      token = page.metadata?.continue || undefined;
      resourceVersion = page.metadata?.resourceVersion ?? resourceVersion;
    } while (token);
    this.items = next;
    this.findings.retain(seen);
    this.snapshot = undefined;
    this.state.listed = true;
    this.state.listedAt ??= Date.now();
    this.state.lastEventAt = Date.now();
    return resourceVersion;
  }

  /** Watches from `resourceVersion` until the stream ends; returns the newest version seen. */
  private async watchFrom(
    resourceVersion: string,
    signal: AbortSignal,
  ): Promise<string> {
    const { idleTimeoutMs, requestTimeoutMs } = this.options.settings;
    const query = new URLSearchParams({
      watch: 'true',
      allowWatchBookmarks: 'true',
      resourceVersion,
      // Let the server end the stream now and then, spread out across kinds.
      timeoutSeconds: String(
        Math.round((idleTimeoutMs / 1000) * (1 + Math.random())),
      ),
    });
    const watch = new AbortController();
    const stop = () => watch.abort();
    signal.addEventListener('abort', stop);
    let idle = setTimeout(stop, idleTimeoutMs);
    let latest = resourceVersion;
    let expired = false;
    let failure: Error | undefined;
    const onEvent = (event: WatchEvent) => {
      clearTimeout(idle);
      idle = setTimeout(stop, idleTimeoutMs);
      this.state.lastEventAt = Date.now();
      if (event.type === 'ERROR') {
        if (event.object?.code === 410) expired = true;
        else
          failure = new Error(
            `watch error: ${event.object?.message ?? 'unknown'}`,
          );
        watch.abort();
        return;
      }
      latest = event.object?.metadata?.resourceVersion ?? latest;
      if (event.type === 'BOOKMARK') return;
      if (event.type === 'DELETED') {
        const name = event.object?.metadata?.name;
        if (typeof name !== 'string') return;
        const key = keyOf(event.object as CachedObject);
        this.items.delete(key);
        this.findings.forget(key);
        this.snapshot = undefined;
        return;
      }
      const projected = this.project(event.object);
      if (!projected) {
        // A new version that cannot be read replaces the one cached before.
        const name = event.object?.metadata?.name;
        if (typeof name === 'string') {
          this.items.delete(keyOf(event.object as CachedObject));
          this.snapshot = undefined;
        }
        return;
      }
      this.items.set(keyOf(projected), projected);
      this.snapshot = undefined;
    };
    try {
      await this.options.client.watch(
        `${this.path}?${query}`,
        watch.signal,
        requestTimeoutMs,
        this.options.settings.maxEventBytes,
        onEvent,
      );
    } catch (error) {
      if ((error as KubeRequestError).kubeStatus === 410)
        throw new ResourceExpiredError();
      throw error;
    } finally {
      clearTimeout(idle);
      signal.removeEventListener('abort', stop);
    }
    if (expired) throw new ResourceExpiredError();
    if (failure) throw failure;
    this.recovered();
    return latest;
  }
}
