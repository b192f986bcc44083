import { resolvePackagePath } from '@backstage/backend-plugin-api';
import type { Knex } from 'knex';

const migrationsDir = resolvePackagePath(
  '@ai-platform/backstage-plugin-ai-platform-backend',
  'migrations',
);

/** Names the PostgreSQL advisory lock the replicas take around migrating. */
const LOCK_NAME =
  '@ai-platform/backstage-plugin-ai-platform-backend migrations';

/**
 * Brings the plugin's database to the latest schema (the Knex migrations in
 * the package's `migrations/` folder). On PostgreSQL the replicas take
 * turns under an advisory lock: Knex's own lock table is created outside any
 * lock, so replicas starting together on an empty database fail with
 * "relation knex_migrations already exists" or leave two lock rows that
 * block every later migration (knex/knex#3538). SQLite serves one process.
 */
export async function applyDatabaseMigrations(knex: Knex): Promise<void> {
  const client = String(knex.client.config.client);
  if (client === 'pg' || client === 'postgres' || client === 'postgresql') {
    // The transaction holds the lock (on its own connection) while Knex
    // migrates on others, and releases it when it ends, even on failure.
    await knex.transaction(async trx => {
      await trx.raw('SELECT pg_advisory_xact_lock(hashtext(?))', [LOCK_NAME]);
      await knex.migrate.latest({ directory: migrationsDir });
    });
    return;
  }
  await knex.migrate.latest({ directory: migrationsDir });
}
