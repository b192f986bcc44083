import { storeTestDatabases } from '../__testUtils__/databases';
import { applyDatabaseMigrations } from '../database/migrations';
import { CostStore, type CostInterval } from './CostStore';

const databases = storeTestDatabases();
const HOUR = 3_600_000;

const allocation = (key: string, startedAt: number): CostInterval => ({
  cluster: 'eu-sovereign-fra',
  kind: 'allocation',
  key,
  product: 'NVIDIA-H100-80GB-HBM3',
  resource: 'nvidia.com/mig-3g.40gb',
  gpus: 3 / 7,
  namespace: 'eu-inference',
  team: 'group:default/eu-inference',
  startedAt,
});

describe('CostStore', () => {
  it.each(databases.eachSupportedId())(
    'opens, closes and finds overlapping intervals on %s',
    async databaseId => {
      const knex = await databases.init(databaseId);
      await applyDatabaseMigrations(knex);
      const store = new CostStore(knex);
      const t0 = Date.parse('2026-11-01T00:00:00Z');
      await store.apply('eu-sovereign-fra', {
        close: [],
        open: [allocation('a', t0), allocation('b', t0 + HOUR)],
        at: t0 + HOUR,
      });
      await store.apply('eu-sovereign-fra', {
        close: ['a'],
        open: [],
        at: t0 + 5 * HOUR,
      });
      expect((await store.open('eu-sovereign-fra')).map(i => i.key)).toEqual([
        'b',
      ]);
      expect(await store.open('us-east-virginia')).toEqual([]);
      const closed = (await store.overlapping(t0, t0 + 10 * HOUR)).find(
        i => i.key === 'a',
      );
      // Numbers come back as numbers on both databases, fractions kept.
      expect(closed).toMatchObject({ startedAt: t0, endedAt: t0 + 5 * HOUR });
      expect(closed!.gpus).toBeCloseTo(3 / 7, 5);
      expect(
        (await store.overlapping(t0 + 6 * HOUR, t0 + 7 * HOUR)).map(i => i.key),
      ).toEqual(['b']);
      await knex.destroy();
    },
  );
});
