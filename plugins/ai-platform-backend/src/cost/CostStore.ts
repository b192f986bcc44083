import type { Knex } from 'knex';
import { applyDatabaseMigrations } from '../database/migrations';

/**
 * One interval of GPUs allocated to a pod (or DRA claim), or allocatable on
 * a node (`capacity`). `idle` rows were written before capacity was
 * recorded; they are kept but no longer read.
 */
export interface CostInterval {
  cluster: string;
  kind: 'allocation' | 'capacity' | 'idle';
  /**
   * `<pod uid>/<resource>` or `claim/<uid>/<driver>|<product>` for an
   * allocation, `capacity/<node uid>/<resource>` for a node's capacity.
   */
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

function toRow(i: CostInterval, recordedAt: number): Row {
  return {
    recorded_at: recordedAt,
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
    kind:
      r.kind === 'capacity' || r.kind === 'idle'
        ? (r.kind as CostInterval['kind'])
        : 'allocation',
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

/** An interval the store did not write, and why. */
export interface SkippedInterval {
  interval: CostInterval;
  reason: string;
}

/** Why an interval cannot be written as it is, if it cannot. */
function invalid(i: CostInterval): string | undefined {
  if (!i.key || !i.cluster) return 'it has no key or cluster';
  if (!Number.isFinite(i.gpus) || i.gpus < 0) {
    return `its GPU count ${i.gpus} is not a number of 0 or more`;
  }
  if (!Number.isFinite(i.startedAt)) return 'its start time is not a time';
  if (i.endedAt !== undefined && !Number.isFinite(i.endedAt)) {
    return 'its end time is not a time';
  }
  return undefined;
}

/** The recorded GPU intervals. */
export interface CostStore {
  /** The intervals of a cluster that have not ended. */
  open(cluster: string): Promise<CostInterval[]>;
  /**
   * One reconciliation of a cluster, all or nothing for the valid
   * intervals: closes `close` at `at` and opens `open`; answers the
   * intervals it skipped, with why.
   */
  apply(
    cluster: string,
    change: { close: string[]; open: CostInterval[]; at: number },
  ): Promise<{ skipped: SkippedInterval[] }>;
  /** Intervals that overlap `[from, to)`. */
  overlapping(from: number, to: number): Promise<CostInterval[]>;
  /**
   * Per cluster: the earliest start of its recorded capacity and the first
   * time anything was recorded for it.
   */
  capacityHistory(): Promise<
    Map<string, { knownFrom?: number; recordingSince?: number }>
  >;
}

/** The recorded GPU intervals, in the plugin's database. */
export class DatabaseCostStore implements CostStore {
  static async create(options: {
    knex: Knex;
    /** Set when the plugin already applied the migrations. */
    skipMigrations?: boolean;
  }): Promise<DatabaseCostStore> {
    if (!options.skipMigrations) await applyDatabaseMigrations(options.knex);
    return new DatabaseCostStore(options.knex);
  }

  private constructor(private readonly db: Knex) {}

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
   * sees half of it. An interval that is invalid, or that the database
   * refuses, is skipped and returned with the reason; the others are
   * written all the same (each batch in a savepoint, retried row by row
   * when it fails).
   */
  async apply(
    cluster: string,
    change: { close: string[]; open: CostInterval[]; at: number },
  ): Promise<{ skipped: SkippedInterval[] }> {
    const skipped: SkippedInterval[] = [];
    const valid: CostInterval[] = [];
    for (const interval of change.open) {
      const reason = invalid(interval);
      if (reason) skipped.push({ interval, reason });
      else valid.push(interval);
    }
    await this.db.transaction(async tx => {
      for (let i = 0; i < change.close.length; i += 200) {
        await tx(TABLE)
          .where({ cluster })
          .whereNull('ended_at')
          .whereIn('key', change.close.slice(i, i + 200))
          .update({ ended_at: change.at });
      }
      for (let i = 0; i < valid.length; i += 200) {
        const batch = valid.slice(i, i + 200);
        try {
          await tx.transaction(sp =>
            sp(TABLE).insert(batch.map(b => toRow(b, change.at))),
          );
        } catch {
          for (const interval of batch) {
            try {
              await tx.transaction(sp =>
                sp(TABLE).insert(toRow(interval, change.at)),
              );
            } catch (e) {
              skipped.push({
                interval,
                reason: `the database refused it (${String(
                  (e as Error).message,
                ).slice(0, 200)})`,
              });
            }
          }
        }
      }
    });
    return { skipped };
  }

  /** Intervals that overlap `[from, to)`. */
  async overlapping(from: number, to: number): Promise<CostInterval[]> {
    const rows = await this.db(TABLE)
      .where('started_at', '<', to)
      .andWhere(q => q.whereNull('ended_at').orWhere('ended_at', '>', from))
      .select();
    return rows.map(fromRow);
  }

  /**
   * Per cluster: the earliest start of its recorded capacity (how far back
   * idle can be known) and the first time anything was recorded for it.
   */
  async capacityHistory(): Promise<
    Map<string, { knownFrom?: number; recordingSince?: number }>
  > {
    const rows = await this.db(TABLE)
      .select(
        'cluster',
        this.db.raw(
          "min(case when kind = 'capacity' then started_at end) as known_from",
        ),
        this.db.raw('min(recorded_at) as recording_since'),
      )
      .groupBy('cluster');
    const out = new Map<
      string,
      { knownFrom?: number; recordingSince?: number }
    >();
    const num = (v: unknown) =>
      v === null || v === undefined ? undefined : Number(v);
    for (const r of rows as Row[]) {
      out.set(String(r.cluster), {
        knownFrom: num(r.known_from),
        recordingSince: num(r.recording_since),
      });
    }
    return out;
  }
}
