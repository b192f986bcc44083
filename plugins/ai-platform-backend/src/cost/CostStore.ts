import type { Knex } from 'knex';

/** One interval of GPUs allocated to a pod, or idle on a cluster. */
export interface CostInterval {
  cluster: string;
  kind: 'allocation' | 'idle';
  /** `<pod uid>/<resource>` for an allocation, `idle/<product>` for idle GPUs. */
  key: string;
  product: string;
  resource: string;
  /** GPU equivalents (a MIG slice or a shared slot is a fraction). */
  gpus: number;
  namespace?: string;
  pod?: string;
  workload?: string;
  service?: string;
  team?: string;
  model?: string;
  jurisdiction?: string;
  provider?: string;
  /** Epoch milliseconds. */
  startedAt: number;
  /** Epoch milliseconds; undefined while it lasts. */
  endedAt?: number;
}

const TABLE = 'cost_intervals';

type Row = Record<string, unknown>;

function toRow(i: CostInterval): Row {
  return {
    cluster: i.cluster,
    kind: i.kind,
    key: i.key,
    product: i.product,
    resource: i.resource,
    gpus: i.gpus,
    namespace: i.namespace ?? null,
    pod: i.pod ?? null,
    workload: i.workload ?? null,
    service: i.service ?? null,
    team: i.team ?? null,
    model: i.model ?? null,
    jurisdiction: i.jurisdiction ?? null,
    provider: i.provider ?? null,
    started_at: i.startedAt,
    ended_at: i.endedAt ?? null,
  };
}

const optional = (v: unknown) =>
  v === null || v === undefined ? undefined : String(v);

function fromRow(r: Row): CostInterval {
  return {
    cluster: String(r.cluster),
    kind: r.kind === 'idle' ? 'idle' : 'allocation',
    key: String(r.key),
    product: String(r.product),
    resource: String(r.resource),
    gpus: Number(r.gpus),
    namespace: optional(r.namespace),
    pod: optional(r.pod),
    workload: optional(r.workload),
    service: optional(r.service),
    team: optional(r.team),
    model: optional(r.model),
    jurisdiction: optional(r.jurisdiction),
    provider: optional(r.provider),
    // PostgreSQL answers bigint columns as strings.
    startedAt: Number(r.started_at),
    endedAt: r.ended_at === null ? undefined : Number(r.ended_at),
  };
}

/** The recorded GPU intervals, in the plugin's database. */
export class CostStore {
  constructor(private readonly db: Knex) {}

  /** The intervals of a cluster that have not ended. */
  async open(cluster: string): Promise<CostInterval[]> {
    const rows = await this.db(TABLE)
      .where({ cluster })
      .whereNull('ended_at')
      .select();
    return rows.map(fromRow);
  }

  /**
   * Applies one reconciliation of a cluster in a transaction: closes the
   * given open intervals at `at` and opens the new ones, so a reader never
   * sees half of it.
   */
  async apply(
    cluster: string,
    change: { close: string[]; open: CostInterval[]; at: number },
  ): Promise<void> {
    await this.db.transaction(async tx => {
      for (let i = 0; i < change.close.length; i += 200) {
        await tx(TABLE)
          .where({ cluster })
          .whereNull('ended_at')
          .whereIn('key', change.close.slice(i, i + 200))
          .update({ ended_at: change.at });
      }
      for (let i = 0; i < change.open.length; i += 200) {
        await tx(TABLE).insert(change.open.slice(i, i + 200).map(toRow));
      }
    });
  }

  /** Intervals that overlap `[from, to)`. */
  async overlapping(from: number, to: number): Promise<CostInterval[]> {
    const rows = await this.db(TABLE)
      .where('started_at', '<', to)
      .andWhere(q => q.whereNull('ended_at').orWhere('ended_at', '>', from))
      .select();
    return rows.map(fromRow);
  }
}
