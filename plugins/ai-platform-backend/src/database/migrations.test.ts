import { storeTestDatabases } from '../__testUtils__/databases';
import { applyDatabaseMigrations } from './migrations';

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
});
