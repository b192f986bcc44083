import type {
  ClusterConformance,
  ConformanceStatus,
  ConformanceTrendPoint,
} from '@ai-platform/backstage-plugin-ai-platform-common';
import type { Knex } from 'knex';
import { applyDatabaseMigrations } from '../database/migrations';

/** Where conformance results are kept over time. */
export interface ConformanceStore {
  /** Records each cluster's evaluation at `at`. */
  record(results: ClusterConformance[], at: Date): Promise<void>;
  /** A cluster's scores, oldest first, since `since` (all when omitted). */
  trend(cluster: string, since?: Date): Promise<ConformanceTrendPoint[]>;
  /** The statuses of the latest run of a cluster, by check id. */
  latestStatuses(
    cluster: string,
  ): Promise<Record<string, ConformanceStatus> | undefined>;
  /** Deletes runs recorded before `before`; returns how many. */
  prune(before: Date): Promise<number>;
}

interface RunRow {
  id: number | string;
  cluster: string;
  recorded_at: Date | string | number;
  score_percent: number;
  passed: number;
  failed: number;
  unknown: number;
  must_failed: number;
}

const toIso = (value: Date | string | number) => new Date(value).toISOString();

/** The conformance store on the plugin's database (`conformance_*` tables). */
export class DatabaseConformanceStore implements ConformanceStore {
  static async create(options: {
    knex: Knex;
    /** Set when the plugin already applied the migrations. */
    skipMigrations?: boolean;
  }): Promise<DatabaseConformanceStore> {
    if (!options.skipMigrations) await applyDatabaseMigrations(options.knex);
    return new DatabaseConformanceStore(options.knex);
  }

  private constructor(private readonly db: Knex) {}

  async record(results: ClusterConformance[], at: Date): Promise<void> {
    await this.db.transaction(async tx => {
      for (const result of results) {
        const [inserted] = await tx('conformance_runs')
          .insert({
            cluster: result.cluster,
            recorded_at: at,
            kubernetes_version: result.kubernetesVersion ?? null,
            checklist_version: result.checklistVersion ?? null,
            health_state: result.health.state,
            score_percent: result.score.percent,
            passed: result.score.passed,
            failed: result.score.failed,
            unknown: result.score.unknown,
            applicable: result.score.applicable,
            must_failed: result.score.mustFailed,
          })
          .returning('id');
        const runId =
          typeof inserted === 'object'
            ? (inserted as { id: number }).id
            : inserted;
        if (result.checks.length > 0) {
          await tx('conformance_results').insert(
            result.checks.map(check => ({
              run_id: runId,
              check_id: check.id,
              level: check.level ?? null,
              status: check.status,
            })),
          );
        }
      }
    });
  }

  async trend(cluster: string, since?: Date): Promise<ConformanceTrendPoint[]> {
    const query = this.db<RunRow>('conformance_runs')
      .where({ cluster })
      .orderBy([
        { column: 'recorded_at', order: 'asc' },
        { column: 'id', order: 'asc' },
      ]);
    if (since) query.where('recorded_at', '>=', since);
    const rows = await query.select();
    return rows.map(row => ({
      recordedAt: toIso(row.recorded_at),
      percent: Number(row.score_percent),
      passed: Number(row.passed),
      failed: Number(row.failed),
      unknown: Number(row.unknown),
      mustFailed: Number(row.must_failed),
    }));
  }

  async latestStatuses(
    cluster: string,
  ): Promise<Record<string, ConformanceStatus> | undefined> {
    const run = await this.db<RunRow>('conformance_runs')
      .where({ cluster })
      .orderBy([
        { column: 'recorded_at', order: 'desc' },
        { column: 'id', order: 'desc' },
      ])
      .first();
    if (!run) return undefined;
    const rows = await this.db('conformance_results')
      .where({ run_id: run.id })
      .select('check_id', 'status');
    return Object.fromEntries(
      rows.map((r: { check_id: string; status: ConformanceStatus }) => [
        r.check_id,
        r.status,
      ]),
    );
  }

  async prune(before: Date): Promise<number> {
    const deleted = await this.db.transaction(async tx => {
      const old = tx('conformance_runs')
        .where('recorded_at', '<', before)
        .select('id');
      // Deleted explicitly: SQLite enforces ON DELETE CASCADE only with
      // foreign keys switched on.
      await tx('conformance_results').whereIn('run_id', old).delete();
      return await tx('conformance_runs')
        .where('recorded_at', '<', before)
        .delete();
    });
    return Number(deleted ?? 0);
  }
}
