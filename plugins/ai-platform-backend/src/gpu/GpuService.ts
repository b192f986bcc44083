import {
  CapacityRequest,
  CapacityResult,
  ClusterGpus,
  GpuOverview,
  GpuOverviewFilter,
  GpuPod,
  SOVEREIGNTY_LABELS,
  TeamGpuUsage,
  WorkloadGpus,
} from '@ai-platform/backstage-plugin-ai-platform-common';
import type {
  ClusterSource,
  ClusterView,
} from '@ai-platform/backstage-plugin-ai-platform-node';
import { InputError } from '@backstage/errors';
import { ClusterGpuMemo, ClusterGpuState, totalsOf } from './clusterGpus';
import { gpuClassesOf, IsGpuDeviceClass } from './deviceClasses';
import { findCapacity, jurisdictionIn, PlacementCheck } from './finder';
import { normalizeProduct } from './nodes';
import { matchesSelector, parseLabelSelector } from './selectors';
import { teamRef } from './teams';

/**
 * The GPU domain: capacity, allocation, quotas and queues of every cluster,
 * computed from the watch caches, and the capacity finder. Routers and
 * actions are thin adapters over this class.
 */
export class GpuService {
  private readonly memo: ClusterGpuMemo;

  constructor(
    private readonly options: {
      clusters: ClusterSource;
      /** Which DRA device classes hand out GPUs; the suite's own recognition by default. */
      deviceClasses?: IsGpuDeviceClass;
      /** Sovereignty check of a placement for a data classification, when rules are configured. */
      placementCheck?: PlacementCheck;
    },
  ) {
    this.memo = new ClusterGpuMemo(options.deviceClasses);
  }

  /** GPUs, quotas and queues of every cluster, filtered. */
  overview(filter: GpuOverviewFilter = {}): GpuOverview {
    const all = this.states();
    const team = filter.team ? teamRef(filter.team) : undefined;
    const product = filter.product
      ? normalizeProduct(filter.product)
      : undefined;
    const views = all.filter(
      ({ view }) =>
        (!filter.cluster || view.name === filter.cluster) &&
        (!filter.jurisdiction ||
          jurisdictionIn(
            view.labels[SOVEREIGNTY_LABELS.jurisdiction],
            filter.jurisdiction,
          )),
    );
    const clusters: ClusterGpus[] = views
      .map(({ view, state }) => {
        const products = state.products.filter(
          p => !product || sameProduct(p.product, product),
        );
        const pods = state.pods.filter(
          p => !product || (p.product && sameProduct(p.product, product)),
        );
        return {
          cluster: view.name,
          title: view.title,
          labels: view.labels,
          health: view.health,
          products,
          totals: totalsOf(products, pods),
          implausibleNodes: state.implausibleNodes.filter(
            n => !product || sameProduct(n.product, product),
          ),
        };
      })
      // A product filter hides clusters without that product.
      .filter(
        c => !product || c.products.length > 0 || c.implausibleNodes.length > 0,
      );
    const names = new Set(clusters.map(c => c.cluster));
    const selected = views.filter(v => names.has(v.view.name));
    return {
      generatedAt: new Date().toISOString(),
      clusters,
      quotas: selected
        .flatMap(v => v.state.quotas)
        .filter(q => !team || q.team === team),
      queues: selected
        .flatMap(v => v.state.queues)
        .filter(q => !team || q.team === team),
      totals: totalsOf(
        clusters.flatMap(c => c.products),
        selected
          .flatMap(v => v.state.pods)
          .filter(
            p => !product || (p.product && sameProduct(p.product, product)),
          ),
      ),
      filterOptions: {
        jurisdictions: unique(
          all.map(v => v.view.labels[SOVEREIGNTY_LABELS.jurisdiction]),
        ),
        products: unique(
          all.flatMap(v => v.state.products.map(p => p.product)),
        ),
        teams: unique(all.flatMap(v => [...v.state.teams.values()])),
      },
    };
  }

  /** A team's quotas, queues and the health of the clusters they are on. */
  teamUsage(team: string): TeamGpuUsage {
    if (!team.trim()) {
      throw new InputError('Give a team: a Group entity ref or name');
    }
    const ref = teamRef(team);
    const states = this.states();
    const quotas = states.flatMap(s =>
      s.state.quotas.filter(q => q.team === ref),
    );
    const queues = states.flatMap(s =>
      s.state.queues.filter(q => q.team === ref),
    );
    const on = new Set([...quotas, ...queues].map(x => x.cluster));
    for (const s of states) {
      if ([...s.state.teams.values()].includes(ref)) on.add(s.view.name);
    }
    return {
      team: ref,
      quotas,
      queues,
      clusters: states
        .filter(s => on.has(s.view.name))
        .map(s => ({
          cluster: s.view.name,
          title: s.view.title,
          health: s.view.health,
        })),
    };
  }

  /** The GPU pods matching a label selector in every cluster. */
  workloads(labelSelector: string): WorkloadGpus {
    let selector;
    try {
      selector = parseLabelSelector(labelSelector);
    } catch (e) {
      throw new InputError((e as Error).message);
    }
    const held: Record<string, number> = {};
    const pending: Record<string, number> = {};
    const pods: GpuPod[] = [];
    const clusters: WorkloadGpus['clusters'] = [];
    for (const { view, state } of this.states()) {
      clusters.push({ cluster: view.name, health: view.health });
      for (const pod of state.pods) {
        const labels = state.podLabels.get(`${pod.namespace}/${pod.name}`);
        if (!matchesSelector(selector, labels)) continue;
        pods.push(pod);
        const into = pod.holding ? held : pending;
        for (const [resource, n] of Object.entries(pod.gpus)) {
          into[resource] = (into[resource] ?? 0) + n;
        }
      }
    }
    return { selector: labelSelector, pods, held, pending, clusters };
  }

  /**
   * The GPU pods of one cluster (device-plugin units and DRA devices per
   * driver, whether each holds them), from the memoised cluster state.
   */
  clusterPods(cluster: string): ReadonlyArray<GpuPod> {
    const view = this.options.clusters.cluster(cluster);
    return view ? this.memo.get(view).pods : [];
  }

  /** Which DRA device classes of a cluster hand out GPUs. */
  isGpuDeviceClass(cluster: string): (name: string) => boolean {
    const view = this.options.clusters.cluster(cluster);
    return view ? gpuClassesOf(view, this.options.deviceClasses) : () => false;
  }

  /** Where the requested GPUs fit now, best first, with every exclusion's reason. */
  findCapacity(request: CapacityRequest): CapacityResult {
    return findCapacity(request, this.states(), this.options.placementCheck);
  }

  private states(): Array<{ view: ClusterView; state: ClusterGpuState }> {
    return this.options.clusters
      .clusters()
      .map(view => ({ view, state: this.memo.get(view) }));
  }
}

function sameProduct(a: string, b: string): boolean {
  return a.toLocaleLowerCase('en-US') === b.toLocaleLowerCase('en-US');
}

function unique(values: Array<string | undefined>): string[] {
  return [...new Set(values.filter((v): v is string => Boolean(v)))].sort();
}
