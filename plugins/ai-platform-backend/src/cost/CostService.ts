import type {
  CostGroupBy,
  CostPrice,
  CostReport,
  CostRow,
  CostWindow,
} from '@ai-platform/backstage-plugin-ai-platform-common';
import type { ClusterSource } from '@ai-platform/backstage-plugin-ai-platform-node';
import type {
  BackstageCredentials,
  LoggerService,
} from '@backstage/backend-plugin-api';
import { parseEntityRef, stringifyEntityRef } from '@backstage/catalog-model';
import { InputError, NotFoundError } from '@backstage/errors';
import type { CatalogService } from '@backstage/plugin-catalog-node';
import { durationToMilliseconds } from '@backstage/types';
import type { CostSettings } from './config';
import type { CostInterval, CostStore } from './CostStore';
import { idleOverWindow, IDLE_BASIS } from './idle';
import { readOpenCost, type OpenCostNamespace } from './opencost';
import { priceUsed, type GpuPricing } from './prices';

const HOUR = 3_600_000;
const WINDOW_MS: Record<CostWindow, number> = {
  '24h': 24 * HOUR,
  '7d': 7 * 24 * HOUR,
  '30d': 30 * 24 * HOUR,
};

/** Hours of `[start, end)` inside `[from, to)`. */
export function overlapHours(
  start: number,
  end: number | undefined,
  from: number,
  to: number,
): number {
  const s = Math.max(start, from);
  const e = Math.min(end ?? to, to);
  return e > s ? (e - s) / HOUR : 0;
}

const round = (n: number, digits = 2) => {
  const f = 10 ** digits;
  return Math.round(n * f) / f;
};

const UNKNOWN: Record<CostGroupBy, string> = {
  team: '(no team)',
  model: '(no known model)',
  service: '(not an inference service)',
  workload: '(unknown)',
  cluster: '(unknown)',
  jurisdiction: '(not labelled)',
  namespace: '(unknown)',
  product: '(unknown)',
};

function groupKey(i: CostInterval, groupBy: CostGroupBy): string | undefined {
  switch (groupBy) {
    case 'team':
      return i.team;
    case 'model':
      return i.model;
    case 'service':
      return i.service && i.namespace
        ? `${i.cluster}/${i.namespace}/${i.service}`
        : undefined;
    case 'workload':
      return i.workload && i.namespace
        ? `${i.cluster}/${i.namespace}/${i.workload}`
        : undefined;
    case 'cluster':
      return i.cluster;
    case 'jurisdiction':
      return i.jurisdiction;
    case 'namespace':
      return i.namespace ? `${i.cluster}/${i.namespace}` : undefined;
    case 'product':
      return i.product;
    default:
      return undefined;
  }
}

function labelOf(key: string, groupBy: CostGroupBy): string {
  if (groupBy === 'team') {
    try {
      return parseEntityRef(key).name;
    } catch {
      return key;
    }
  }
  return key;
}

/** Who may see which teams' cost: every team, or those listed. */
export type CostVisibility = { all: true } | { all: false; teams: Set<string> };

/**
 * GPU cost over a window from the recorded intervals (or OpenCost where it
 * is configured for a cluster), priced per GPU product.
 */
export class CostService {
  constructor(
    private readonly options: {
      store: CostStore;
      settings: CostSettings;
      clusters: ClusterSource;
      /** Reads the entity of `entityScope`; without it only refs work. */
      catalog?: CatalogService;
      fetchImpl?: typeof fetch;
      /** Prices per GPU-hour; the configured tables by default. */
      pricing?: GpuPricing;
      /** Where an OpenCost answer that cannot be used is reported. */
      logger?: LoggerService;
    },
  ) {
    this.pricing =
      options.pricing ?? (where => priceUsed(options.settings, where));
  }

  private readonly pricing: GpuPricing;

  /** OpenCost answers per cluster and window, kept for the recording interval. */
  private readonly openCostCache = new Map<
    string,
    {
      at: number;
      answer: Promise<{ namespaces: OpenCostNamespace[]; error?: string }>;
    }
  >();

  /**
   * What the cost of one catalog entity is: a Group's is its team's (rows
   * by service); an inference-service Component's is its pods' (by its
   * `backstage.io/kubernetes-id`, or its name, and `ai-platform.io/cluster`
   * when given), rows by cluster.
   */
  async entityScope(
    entityRef: string,
    credentials: BackstageCredentials,
  ): Promise<{ groupBy: CostGroupBy; filter: (i: CostInterval) => boolean }> {
    let ref;
    try {
      ref = parseEntityRef(entityRef);
    } catch {
      throw new InputError(
        `'${entityRef}' is not an entity ref; use e.g. group:default/eu-inference`,
      );
    }
    const kind = ref.kind.toLocaleLowerCase('en-US');
    if (kind === 'group') {
      const team = stringifyEntityRef(ref);
      return { groupBy: 'service', filter: i => i.team === team };
    }
    if (kind !== 'component') {
      throw new InputError(
        `GPU cost is kept for Groups and Components, not ${ref.kind}`,
      );
    }
    const entity = await this.options.catalog?.getEntityByRef(ref, {
      credentials,
    });
    if (this.options.catalog && !entity) {
      throw new NotFoundError(`No entity ${entityRef} in the catalog`);
    }
    const annotations = entity?.metadata.annotations ?? {};
    const service =
      annotations['backstage.io/kubernetes-id'] ??
      entity?.metadata.name ??
      ref.name;
    const cluster = annotations['ai-platform.io/cluster'];
    const namespace = annotations['backstage.io/kubernetes-namespace'];
    return {
      groupBy: 'cluster',
      filter: i =>
        i.service === service &&
        (!cluster || i.cluster === cluster) &&
        (!namespace || i.namespace === namespace),
    };
  }

  get currency(): string {
    return this.options.settings.currency;
  }

  /**
   * The filter of a drill-down: a team's rows (`group:default/x`), or one
   * service's (`<cluster>/<namespace>/<name>`).
   */
  static drillDown(scope: {
    team?: string;
    service?: string;
  }): ((i: CostInterval) => boolean) | undefined {
    const { team, service } = scope;
    if (!team && !service) return undefined;
    return i =>
      (!team || i.team === team) &&
      (!service ||
        (i.service !== undefined &&
          `${i.cluster}/${i.namespace}/${i.service}` === service));
  }

  async report(request: {
    window: CostWindow;
    groupBy: CostGroupBy;
    visibility?: CostVisibility;
    /** Only intervals this predicate keeps (an entity's services, say); idle is then left out. */
    filter?: (i: CostInterval) => boolean;
    now?: number;
  }): Promise<CostReport> {
    const { settings, store } = this.options;
    const { window, groupBy } = request;
    const visibility = request.visibility ?? { all: true };
    const to = request.now ?? Date.now();
    const from = to - WINDOW_MS[window];
    const bucketMs = window === '24h' ? HOUR : 24 * HOUR;
    const buckets = Math.round(WINDOW_MS[window] / bucketMs);

    const openCost = await this.readOpenCostClusters(window, to);
    const overlapping = await store.overlapping(from, to);
    const usesOpenCost = (cluster: string) =>
      openCost.has(cluster) && !openCost.get(cluster)!.error;
    const intervals = overlapping.filter(
      i => i.kind === 'allocation' && !usesOpenCost(i.cluster),
    );
    const prices = new Map<string, CostPrice>();
    const priceFor = (i: {
      cluster: string;
      provider?: string;
      product: string;
    }) => {
      const key = `${i.cluster}\u0000${i.product}`;
      let used = prices.get(key);
      if (!used) prices.set(key, (used = this.pricing(i)));
      return used.price;
    };

    const rows = new Map<string, CostRow>();
    const hidden = new Set<string>();
    const series = Array.from({ length: buckets }, (_, b) => ({
      start: new Date(from + b * bucketMs).toISOString(),
      values: {} as Record<string, number>,
    }));
    const unpriced = new Set<string>();
    const visible = (team?: string) =>
      visibility.all || (team !== undefined && visibility.teams.has(team));

    for (const i of intervals) {
      const price = priceFor(i);
      if (price === undefined) {
        unpriced.add(`${i.cluster}/${i.product}`);
        continue;
      }
      const hours = overlapHours(i.startedAt, i.endedAt, from, to) * i.gpus;
      if (hours === 0) continue;
      if (request.filter && !request.filter(i)) continue;
      const key = groupKey(i, groupBy) ?? UNKNOWN[groupBy];
      if (!visible(i.team)) {
        hidden.add(key);
        continue;
      }
      const row = rows.get(key) ?? {
        key,
        label: labelOf(key, groupBy),
        gpuHours: 0,
        cost: 0,
      };
      row.gpuHours += hours;
      row.cost += hours * price;
      rows.set(key, row);
      for (let b = 0; b < buckets; b++) {
        const bs = from + b * bucketMs;
        const h = overlapHours(i.startedAt, i.endedAt, bs, bs + bucketMs);
        if (h > 0) {
          series[b].values[key] =
            (series[b].values[key] ?? 0) + h * i.gpus * price;
        }
      }
    }

    // OpenCost clusters: by namespace only, so per team, namespace, cluster
    // or jurisdiction; they have no buckets.
    for (const [cluster, result] of openCost) {
      if (result.error) continue;
      const view = this.options.clusters.cluster(cluster);
      for (const ns of result.namespaces) {
        if (ns.gpuHours === 0 && ns.gpuCost === 0) continue;
        const team = this.teamOf(cluster, ns.namespace);
        const interval: CostInterval = {
          cluster,
          kind: 'allocation',
          key: `opencost/${ns.namespace}`,
          product: '(OpenCost)',
          resource: '',
          gpus: 0,
          namespace: ns.namespace,
          team,
          jurisdiction: view?.labels['ai-platform.io/jurisdiction'],
          startedAt: from,
        };
        if (request.filter && !request.filter(interval)) continue;
        const key = groupKey(interval, groupBy) ?? UNKNOWN[groupBy];
        if (!visible(team)) {
          hidden.add(key);
          continue;
        }
        const row = rows.get(key) ?? {
          key,
          label: labelOf(key, groupBy),
          gpuHours: 0,
          cost: 0,
        };
        row.gpuHours += ns.gpuHours;
        row.cost += ns.gpuCost;
        rows.set(key, row);
      }
    }

    // Idle and utilisation are the estate's, so only for those who see
    // every team, and not in a drill-down.
    const history = await store.capacityHistory();
    const idle =
      visibility.all && !request.filter
        ? idleOverWindow({
            intervals: overlapping,
            history,
            from,
            to,
            priceOf: priceFor,
          })
        : undefined;
    for (const cluster of openCost.keys()) {
      if (!usesOpenCost(cluster)) continue;
      prices.set(`${cluster}\u0000(OpenCost)`, {
        cluster,
        product: '(allocations as OpenCost prices them)',
        source: 'opencost',
      });
    }

    const sorted = [...rows.values()]
      .map(r => ({ ...r, gpuHours: round(r.gpuHours), cost: round(r.cost) }))
      .sort((a, b) => b.cost - a.cost || a.key.localeCompare(b.key));
    const idleRows = idle?.rows ?? [];
    const sum = (list: Array<{ gpuHours: number; cost: number }>) => ({
      gpuHours: round(list.reduce((a, r) => a + r.gpuHours, 0)),
      cost: round(list.reduce((a, r) => a + r.cost, 0)),
    });
    const clusterNames = this.options.clusters.clusters().map(c => c.name);
    return {
      window,
      from: new Date(from).toISOString(),
      to: new Date(to).toISOString(),
      currency: settings.currency,
      groupBy,
      total: sum(sorted),
      idle: {
        ...sum(idleRows),
        rows: idleRows,
        ...(idle?.knownFrom !== undefined
          ? { knownFrom: new Date(idle.knownFrom).toISOString() }
          : {}),
        basis: IDLE_BASIS,
      },
      utilisation: idle?.utilisation ?? { clusters: [], products: [] },
      prices: [...prices.values()].sort(
        (a, b) =>
          a.cluster.localeCompare(b.cluster) ||
          a.product.localeCompare(b.product),
      ),
      rows: sorted,
      series: series.map(s => ({
        start: s.start,
        values: Object.fromEntries(
          Object.entries(s.values).map(([k, v]) => [k, round(v)]),
        ),
      })),
      hiddenRows: [...hidden].filter(k => !rows.has(k)).length,
      sources: clusterNames.map(cluster => {
        const oc = openCost.get(cluster);
        const missing = [...unpriced]
          .filter(u => u.startsWith(`${cluster}/`))
          .map(u => u.slice(cluster.length + 1));
        const notes = [
          oc?.error
            ? `OpenCost could not be read (${oc.error}); recorded figures are shown`
            : undefined,
          missing.length
            ? `no price for ${missing.join(', ')} (set aiPlatform.cost.prices)`
            : undefined,
        ].filter(Boolean);
        const known = history.get(cluster);
        const iso = (t?: number) =>
          t === undefined ? undefined : new Date(t).toISOString();
        return {
          cluster,
          source:
            oc && !oc.error ? ('opencost' as const) : ('recorded' as const),
          ...(notes.length ? { error: notes.join('; ') } : {}),
          ...(known?.knownFrom !== undefined
            ? { idleKnownFrom: iso(Math.max(from, known.knownFrom)) }
            : {}),
          ...(known?.recordingSince !== undefined
            ? { recordingSince: iso(known.recordingSince) }
            : {}),
        };
      }),
    };
  }

  private teamOf(cluster: string, namespace: string): string | undefined {
    const ns = this.options.clusters
      .cluster(cluster)
      ?.list('core/Namespace')
      .find(n => n.metadata.name === namespace);
    const team = ns?.metadata.labels?.['ai-platform.io/team'];
    if (!team) return undefined;
    return team.includes(':') ? team : `group:default/${team}`;
  }

  /**
   * Each OpenCost cluster's answer for the window, read at most once per
   * recording interval (`recordFrequency`), failures included, so a page
   * view never fans out to OpenCost.
   */
  private async readOpenCostClusters(
    window: CostWindow,
    now: number,
  ): Promise<Map<string, { namespaces: OpenCostNamespace[]; error?: string }>> {
    const { settings, fetchImpl } = this.options;
    const ttl = durationToMilliseconds(settings.recordFrequency);
    const out = new Map<
      string,
      { namespaces: OpenCostNamespace[]; error?: string }
    >();
    await Promise.all(
      Object.entries(settings.opencost).map(async ([cluster, target]) => {
        const key = `${cluster}\u0000${window}`;
        let cached = this.openCostCache.get(key);
        if (!cached || now - cached.at >= ttl || now < cached.at) {
          cached = {
            at: now,
            answer: readOpenCost(target, window, fetchImpl).then(
              namespaces => ({ namespaces }),
              (e: Error) => {
                // Once per cluster, window and recording interval.
                this.options.logger?.warn(
                  `OpenCost of cluster '${cluster}' (${window}) could not be used: ${e.message}; its recorded figures are shown`,
                );
                return { namespaces: [], error: e.message };
              },
            ),
          };
          this.openCostCache.set(key, cached);
        }
        out.set(cluster, await cached.answer);
      }),
    );
    return out;
  }
}
