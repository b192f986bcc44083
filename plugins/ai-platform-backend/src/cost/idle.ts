import type {
  CostUtilisation,
  IdleCostRow,
} from '@ai-platform/backstage-plugin-ai-platform-common';
import type { CostInterval } from './CostStore';

const HOUR = 3_600_000;

/** How idle is worked out, for the page, the CSV and the action. */
export const IDLE_BASIS =
  'Idle is allocatable minus allocated GPU-hours over the same window. Allocatable GPU-hours come from each node\u2019s allocatable GPUs (MIG slices and time-sliced or MPS slots as their share of a GPU) from the node\u2019s creation; before recording began on a cluster they are reconstructed from the nodes present then, so nodes removed earlier are not counted. Where capacity is not known for the whole window, idle covers only the part from when it is known.';

const hoursOf = (i: CostInterval, from: number, to: number) => {
  const s = Math.max(i.startedAt, from);
  const e = Math.min(i.endedAt ?? to, to);
  return e > s ? ((e - s) / HOUR) * i.gpus : 0;
};

const round = (n: number) => Math.round(n * 100) / 100;

const utilisationOf = (allocated: number, allocatable: number) =>
  allocatable > 0
    ? Math.round((allocated / allocatable) * 1e4) / 1e4
    : undefined;

/**
 * Idle GPU-hours per cluster and product over `[from, to)`: the cluster's
 * recorded capacity minus its allocations, both counted only from when its
 * capacity is known (the window's start, or its earliest capacity record
 * if later), so the two sides cover the same hours. Allocations of
 * clusters whose cost OpenCost reports are counted here too: idle is the
 * portal's own figure.
 */
export function idleOverWindow(options: {
  intervals: ReadonlyArray<CostInterval>;
  history: ReadonlyMap<string, { knownFrom?: number }>;
  from: number;
  to: number;
  priceOf: (where: {
    cluster: string;
    provider?: string;
    product: string;
  }) => number | undefined;
}): {
  rows: IdleCostRow[];
  knownFrom?: number;
  utilisation: { clusters: CostUtilisation[]; products: CostUtilisation[] };
} {
  const { intervals, history, from, to } = options;
  const cells = new Map<
    string,
    {
      cluster: string;
      product: string;
      provider?: string;
      knownFrom: number;
      allocatable: number;
      allocated: number;
    }
  >();
  let earliest: number | undefined;
  for (const i of intervals) {
    if (i.kind !== 'capacity' && i.kind !== 'allocation') continue;
    const known = history.get(i.cluster)?.knownFrom;
    // No capacity recorded for the cluster: its idle is not known at all.
    if (known === undefined) continue;
    const knownFrom = Math.max(from, known);
    earliest =
      earliest === undefined ? knownFrom : Math.min(earliest, knownFrom);
    const key = `${i.cluster}\u0000${i.product}`;
    let cell = cells.get(key);
    if (!cell) {
      cells.set(
        key,
        (cell = {
          cluster: i.cluster,
          product: i.product,
          provider: i.provider,
          knownFrom,
          allocatable: 0,
          allocated: 0,
        }),
      );
    }
    cell.provider ??= i.provider;
    const hours = hoursOf(i, knownFrom, to);
    if (i.kind === 'capacity') cell.allocatable += hours;
    else cell.allocated += hours;
  }
  const rows: IdleCostRow[] = [];
  const byCluster = new Map<string, CostUtilisation>();
  const byProduct = new Map<string, CostUtilisation>();
  const add = (
    into: Map<string, CostUtilisation>,
    key: string,
    allocatable: number,
    allocated: number,
    idle: number,
  ) => {
    const u = into.get(key) ?? {
      key,
      allocatableGpuHours: 0,
      allocatedGpuHours: 0,
      idleGpuHours: 0,
    };
    u.allocatableGpuHours += allocatable;
    u.allocatedGpuHours += allocated;
    u.idleGpuHours += idle;
    into.set(key, u);
  };
  for (const cell of cells.values()) {
    // Allocations beyond the known capacity (a pod on a node the portal
    // never saw) leave no idle; they are not subtracted from other products.
    const idle = Math.max(0, cell.allocatable - cell.allocated);
    const price = options.priceOf(cell);
    add(byCluster, cell.cluster, cell.allocatable, cell.allocated, idle);
    add(byProduct, cell.product, cell.allocatable, cell.allocated, idle);
    if (cell.allocatable === 0 && cell.allocated === 0) continue;
    rows.push({
      cluster: cell.cluster,
      product: cell.product,
      gpuHours: round(idle),
      cost: round(idle * (price ?? 0)),
      allocatableGpuHours: round(cell.allocatable),
      allocatedGpuHours: round(cell.allocated),
      ...(utilisationOf(cell.allocated, cell.allocatable) !== undefined
        ? { utilisation: utilisationOf(cell.allocated, cell.allocatable) }
        : {}),
      knownFrom: new Date(cell.knownFrom).toISOString(),
      ...(price !== undefined ? { price } : {}),
    });
  }
  const finish = (m: Map<string, CostUtilisation>) =>
    [...m.values()]
      .map(u => ({
        key: u.key,
        allocatableGpuHours: round(u.allocatableGpuHours),
        allocatedGpuHours: round(u.allocatedGpuHours),
        idleGpuHours: round(u.idleGpuHours),
        ...(utilisationOf(u.allocatedGpuHours, u.allocatableGpuHours) !==
        undefined
          ? {
              utilisation: utilisationOf(
                u.allocatedGpuHours,
                u.allocatableGpuHours,
              ),
            }
          : {}),
      }))
      .sort((a, b) => a.key.localeCompare(b.key));
  return {
    rows: rows.sort((a, b) => b.cost - a.cost || b.gpuHours - a.gpuHours),
    ...(earliest !== undefined ? { knownFrom: earliest } : {}),
    utilisation: { clusters: finish(byCluster), products: finish(byProduct) },
  };
}
