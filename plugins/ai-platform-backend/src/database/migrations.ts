import { resolvePackagePath } from '@backstage/backend-plugin-api';
import type { Knex } from 'knex';

const migrationsDir = resolvePackagePath(
  '@ai-platform/backstage-plugin-ai-platform-backend',
  'migrations',
);

/**
 * Brings the plugin's database to the latest schema (the Knex migrations in
 * the package's `migrations/` folder). Runs in a transaction per migration;
 * Knex's lock table keeps concurrent replicas from applying one twice.
 */
export async function applyDatabaseMigrations(knex: Knex): Promise<void> {
  await knex.migrate.latest({ directory: migrationsDir });
}
