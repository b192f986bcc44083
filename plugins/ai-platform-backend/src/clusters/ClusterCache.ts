import type { LoggerService } from '@backstage/backend-plugin-api';
import {
  ClusterHealth,
  NOT_UNDERSTOOD_LISTED,
  NotPermittedKind,
  NotUnderstoodObjects,
} from '@ai-platform/backstage-plugin-ai-platform-common';
import type {
  CachedObject,
  ClusterView,
  WatchedKind,
} from '@ai-platform/backstage-plugin-ai-platform-node';
import { ClusterConfig, WatchSettings } from './config';
import { KubeClient } from './KubeClient';
import { kindId, WatchedKindDefinition } from './kinds';
import { ruleForKind } from './rbac';
import { Reflector } from './Reflector';
import { sleep } from './sleep';

interface ApiGroupList {
  groups?: Array<{ name: string; versions?: Array<{ version: string }> }>;
}
interface ApiResourceList {
  resources?: Array<{ name: string }>;
}

/** The list of a kind the cluster does not serve: one shared array, so readers can memoise on list identity. */
const NOTHING: ReadonlyArray<CachedObject> = Object.freeze([]);

/** How often a synced cluster is asked again which APIs it serves (new CRDs). */
const REDISCOVERY_INTERVAL_MS = 5 * 60_000;

const iso = (ms?: number) =>
  ms === undefined ? undefined : new Date(ms).toISOString();

/**
 * The watch caches of one cluster: discovers which of the watched kinds it
 * serves (and in which version), then runs one reflector per served kind.
 * Kinds the cluster does not serve are simply absent.
 */
export class ClusterCache {
  private readonly reflectors = new Map<
    string,
    { kind: WatchedKind; reflector: Reflector }
  >();
  private readonly controller = new AbortController();
  private kubernetesVersion?: string;
  private discoveredAt?: number;
  private discoveryError?: string;
  private discoveryErrorSince?: number;
  private syncedAt?: number;

  constructor(
    readonly config: ClusterConfig,
    private readonly client: KubeClient,
    private readonly kinds: WatchedKindDefinition[],
    private readonly settings: WatchSettings,
    private readonly logger: LoggerService,
  ) {}

  start(): void {
    void this.discoverLoop();
  }

  stop(): void {
    this.controller.abort();
  }

  private async discoverLoop() {
    const signal = this.controller.signal;
    let backoff = this.settings.initialBackoffMs;
    while (!signal.aborted) {
      try {
        await this.discover();
        backoff = this.settings.initialBackoffMs;
        await sleep(REDISCOVERY_INTERVAL_MS, signal);
      } catch (error) {
        const message = (error as Error).message;
        if (this.discoveryError !== message) {
          this.logger.warn(
            `Discovery of cluster '${this.config.name}' failed: ${message}`,
          );
        }
        this.discoveryError = message;
        this.discoveryErrorSince ??= Date.now();
        await sleep(backoff, signal);
        backoff = Math.min(backoff * 2, this.settings.maxBackoffMs);
      }
    }
  }

  /** Finds the served version of each watched kind and starts its reflector. */
  private async discover() {
    const timeout = this.settings.requestTimeoutMs;
    const [version, groups] = await Promise.all([
      this.client.getJson<{ gitVersion?: string }>('/version', timeout),
      this.client.getJson<ApiGroupList>('/apis', timeout),
    ]);
    const servedVersions = new Map<string, string[]>([['', ['v1']]]);
    for (const group of groups.groups ?? []) {
      servedVersions.set(
        group.name,
        (group.versions ?? []).map(v => v.version),
      );
    }
    const chosen = this.kinds.flatMap(kind => {
      const served = servedVersions.get(kind.group) ?? [];
      const v = kind.versions.find(candidate => served.includes(candidate));
      return v ? [{ kind, version: v }] : [];
    });
    // Confirm each resource really is in its group version (a group can be served without every kind).
    const groupVersions = [
      ...new Set(
        chosen.map(c =>
          c.kind.group
            ? `/apis/${c.kind.group}/${c.version}`
            : `/api/${c.version}`,
        ),
      ),
    ];
    const resources = new Map<string, Set<string>>();
    await Promise.all(
      groupVersions.map(async path => {
        const list = await this.client.getJson<ApiResourceList>(path, timeout);
        resources.set(path, new Set((list.resources ?? []).map(r => r.name)));
      }),
    );
    this.kubernetesVersion = version.gitVersion;
    for (const { kind, version: v } of chosen) {
      const path = kind.group ? `/apis/${kind.group}/${v}` : `/api/${v}`;
      const id = kindId(kind);
      if (!resources.get(path)?.has(kind.plural) || this.reflectors.has(id))
        continue;
      const reflector = new Reflector({
        cluster: this.config.name,
        client: this.client,
        kind,
        version: v,
        settings: this.settings,
        logger: this.logger,
      });
      this.reflectors.set(id, {
        kind: {
          id,
          group: kind.group,
          version: v,
          kind: kind.kind,
          plural: kind.plural,
          namespaced: kind.namespaced,
          aiRelevant: kind.aiRelevant,
        },
        reflector,
      });
      void reflector.run(this.controller.signal);
    }
    if (this.discoveryError) {
      this.logger.info(`Cluster '${this.config.name}' answers again`);
    }
    this.discoveredAt = Date.now();
    this.discoveryError = undefined;
    this.discoveryErrorSince = undefined;
  }

  /** Kinds the cluster answers 403 Forbidden for, with the rule that would allow them. */
  private notPermitted(): NotPermittedKind[] {
    return [...this.reflectors.values()].flatMap(({ kind, reflector }) => {
      const forbidden = reflector.status.forbidden;
      if (!forbidden) return [];
      return [
        {
          id: kind.id,
          group: kind.group,
          kind: kind.kind,
          resource: kind.plural,
          message: forbidden.message,
          rule: ruleForKind(kind),
          since: new Date(forbidden.since).toISOString(),
        },
      ];
    });
  }

  health(): ClusterHealth {
    // A kind the portal may not read is reported, not waited for: the rest
    // of the cluster syncs without it.
    const statuses = [...this.reflectors.values()]
      .map(r => r.reflector.status)
      .filter(s => !s.forbidden);
    const notPermitted = this.notPermitted();
    const lastEventAt =
      Math.max(0, ...statuses.map(s => s.lastEventAt ?? 0)) || undefined;
    const errors = statuses.filter(s => s.error);
    const error = this.discoveryError ?? errors[0]?.error;
    const errorSince = Math.min(
      ...[this.discoveryErrorSince, ...errors.map(s => s.errorSince)].filter(
        (t): t is number => t !== undefined,
      ),
    );
    if (
      this.syncedAt === undefined &&
      this.discoveredAt &&
      statuses.every(s => s.listed)
    ) {
      this.syncedAt = Math.max(
        this.discoveredAt,
        ...statuses.map(s => s.listedAt ?? 0),
      );
    }
    const notUnderstood = this.notUnderstood();
    const base = {
      syncedAt: iso(this.syncedAt),
      lastEventAt: iso(lastEventAt),
      ...(notPermitted.length ? { notPermitted } : {}),
      ...(notUnderstood ? { notUnderstood } : {}),
    };
    if (error && this.syncedAt === undefined) {
      return { ...base, state: 'error', error };
    }
    if (error) {
      return { ...base, state: 'stale', staleSince: iso(errorSince), error };
    }
    if (this.syncedAt === undefined || !statuses.every(s => s.listed)) {
      return { ...base, state: 'syncing' };
    }
    return { ...base, state: 'synced' };
  }

  /** The cached objects the domains skip, cannot read or judge implausible. */
  private notUnderstood(): NotUnderstoodObjects | undefined {
    const objects = [...this.reflectors.values()].flatMap(r =>
      r.reflector.notUnderstood(),
    );
    if (objects.length === 0) return undefined;
    const byKind: Record<string, number> = {};
    for (const o of objects) byKind[o.kind] = (byKind[o.kind] ?? 0) + 1;
    objects.sort(
      (a, b) =>
        a.kind.localeCompare(b.kind) ||
        (a.namespace ?? '').localeCompare(b.namespace ?? '') ||
        a.name.localeCompare(b.name),
    );
    return {
      total: objects.length,
      byKind,
      objects: objects.slice(0, NOT_UNDERSTOOD_LISTED),
    };
  }

  view(): ClusterView {
    return {
      name: this.config.name,
      title: this.config.title,
      description: this.config.description,
      labels: this.config.labels,
      kubernetesVersion: this.kubernetesVersion,
      health: this.health(),
      servedKinds: [...this.reflectors.values()].map(r => r.kind),
      list: (id, namespace) =>
        this.reflectors.get(id)?.reflector.list(namespace) ?? NOTHING,
    };
  }
}
