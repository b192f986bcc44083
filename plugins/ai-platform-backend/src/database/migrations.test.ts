import { storeTestDatabases } from '../__testUtils__/databases';
import knexFactory from 'knex';
import path from 'node:path';
import { applyDatabaseMigrations } from './migrations';

const directory = path.resolve(__dirname, '../../migrations');

const databases = storeTestDatabases();

describe('applyDatabaseMigrations', () => {
  it.each(databases.eachSupportedId())(
    'brings an empty %s database to the latest schema, and is a no-op the second time',
    async databaseId => {
      const knex = await databases.init(databaseId);
      await applyDatabaseMigrations(knex);
      const [, pendingAfterFirst] = await knex.migrate.list({
        directory: require('node:path').resolve(__dirname, '../../migrations'),
      });
      expect(pendingAfterFirst).toEqual([]);
      // A second replica starting finds nothing left to do.
      await expect(applyDatabaseMigrations(knex)).resolves.toBeUndefined();
      await knex.destroy();
    },
  );

  it.each(
    databases.eachSupportedId().filter(([id]) => id.startsWith('POSTGRES')),
  )(
    'lets replicas that start together on an empty %s database all migrate it',
    async databaseId => {
      const first = await databases.init(databaseId);
      const others = [1, 2, 3].map(() => knexFactory(first.client.config));
      await Promise.all(
        [first, ...others].map(knex => applyDatabaseMigrations(knex)),
      );
      const [done, pending] = await first.migrate.list({ directory });
      expect(pending).toEqual([]);
      expect(done.length).toBeGreaterThan(0);
      // Knex takes its lock through the single row of this table.
      await expect(
        first('knex_migrations_lock').count({ rows: '*' }),
      ).resolves.toEqual([{ rows: '1' }]);
      await Promise.all(others.map(knex => knex.destroy()));
      await first.destroy();
    },
  );
});
