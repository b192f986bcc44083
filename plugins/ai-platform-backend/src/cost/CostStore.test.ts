import { storeTestDatabases } from '../__testUtils__/databases';
import { applyDatabaseMigrations } from '../database/migrations';
import { DatabaseCostStore, type CostInterval } from './CostStore';

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
      const store = await DatabaseCostStore.create({
        knex,
        skipMigrations: true,
      });
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
      // Numbers come back as numbers on both databases, fractions exactly:
      // the recorder compares an open interval's figure with the cluster's,
      // and a rounded one would be closed and reopened on every recording.
      expect(closed).toMatchObject({ startedAt: t0, endedAt: t0 + 5 * HOUR });
      expect(closed!.gpus).toBe(3 / 7);
      expect(
        (await store.overlapping(t0 + 6 * HOUR, t0 + 7 * HOUR)).map(i => i.key),
      ).toEqual(['b']);
      await knex.destroy();
    },
  );

  it.each(databases.eachSupportedId())(
    'records a 300-character workload name and a 2,000-character model URI, and skips only the row the database refuses, on %s',
    async databaseId => {
      const knex = await databases.init(databaseId);
      await applyDatabaseMigrations(knex);
      const store = await DatabaseCostStore.create({
        knex,
        skipMigrations: true,
      });
      const t0 = Date.parse('2026-11-01T00:00:00Z');
      const workload = `Deployment/${'w'.repeat(300)}`;
      const model = `models/${'m'.repeat(2000)}`;
      const long = {
        ...allocation('long', t0),
        workload,
        pod: 'p'.repeat(300),
        model,
        service: 's'.repeat(300),
      };
      // A NUL byte is a value PostgreSQL's text type refuses; SQLite keeps it.
      const refused = { ...allocation('nul', t0), workload: 'bad\u0000name' };
      const notANumber = { ...allocation('nan', t0), gpus: Number.NaN };
      const { skipped } = await store.apply('eu-sovereign-fra', {
        close: [],
        open: [allocation('ok', t0), long, refused, notANumber],
        at: t0,
      });
      const open = await store.open('eu-sovereign-fra');
      const byKey = new Map(open.map(i => [i.key, i]));
      expect(byKey.get('ok')).toBeDefined();
      expect(byKey.get('long')).toMatchObject({ workload, model });
      expect(byKey.has('nan')).toBe(false);
      const reasons = Object.fromEntries(
        skipped.map(s => [s.interval.key, s.reason]),
      );
      expect(reasons.nan).toMatch(/GPU count NaN/);
      const refusesNul = databaseId.startsWith('POSTGRES');
      expect(byKey.has('nul')).toBe(!refusesNul);
      expect(reasons.nul ?? 'recorded').toMatch(
        refusesNul ? /the database refused it/ : /recorded/,
      );
      await knex.destroy();
    },
  );

  it.each(databases.eachSupportedId())(
    'keeps the intervals recorded before the columns became text, on %s',
    async databaseId => {
      const knex = await databases.init(databaseId);
      const directory = require('node:path').resolve(
        __dirname,
        '../../migrations',
      );
      await knex.migrate.up({
        directory,
        name: '20261122110000_conformance.js',
      });
      await knex.migrate.up({ directory, name: '20261122120000_cost.js' });
      const t0 = Date.parse('2026-11-01T00:00:00Z');
      // A row as the first schema's store wrote it.
      await knex('cost_intervals').insert({
        cluster: 'eu-sovereign-fra',
        kind: 'allocation',
        key: 'before',
        product: 'NVIDIA-H100-80GB-HBM3',
        resource: 'nvidia.com/mig-3g.40gb',
        gpus: 3 / 7,
        namespace: 'eu-inference',
        team: 'group:default/eu-inference',
        started_at: t0,
      });
      await applyDatabaseMigrations(knex);
      const store = await DatabaseCostStore.create({
        knex,
        skipMigrations: true,
      });
      const [kept] = await store.open('eu-sovereign-fra');
      expect(kept).toMatchObject({
        key: 'before',
        startedAt: t0,
        team: 'group:default/eu-inference',
      });
      await knex.destroy();
    },
  );
});
