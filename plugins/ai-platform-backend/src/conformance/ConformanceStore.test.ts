import type { ClusterConformance } from '@ai-platform/backstage-plugin-ai-platform-common';
import { storeTestDatabases } from '../__testUtils__/databases';
import { exampleCluster } from '../__testUtils__/clusterViews';
import { DatabaseConformanceStore } from './ConformanceStore';
import { evaluateCluster } from './evaluate';

const databases = storeTestDatabases();

function withScore(
  result: ClusterConformance,
  percent: number,
): ClusterConformance {
  return { ...result, score: { ...result.score, percent } };
}

describe('DatabaseConformanceStore', () => {
  const virginia = evaluateCluster(exampleCluster('us-east-virginia'));
  const fra = evaluateCluster(exampleCluster('eu-sovereign-fra'));

  it.each(databases.eachSupportedId())(
    'records runs and reads a cluster trend oldest first on %s',
    async databaseId => {
      const knex = await databases.init(databaseId);
      const store = await DatabaseConformanceStore.create({ knex });
      await store.record(
        [withScore(virginia, 40), fra],
        new Date('2026-11-20T10:00:00Z'),
      );
      await store.record(
        [withScore(virginia, 55)],
        new Date('2026-11-21T10:00:00Z'),
      );

      const trend = await store.trend('us-east-virginia');
      expect(trend.map(p => [p.recordedAt, p.percent])).toEqual([
        ['2026-11-20T10:00:00.000Z', 40],
        ['2026-11-21T10:00:00.000Z', 55],
      ]);
      expect(trend[0].mustFailed).toBe(virginia.score.mustFailed);
      expect(
        await store.trend('us-east-virginia', new Date('2026-11-21T00:00:00Z')),
      ).toHaveLength(1);
      expect(await store.trend('eu-sovereign-fra')).toHaveLength(1);
      expect(await store.trend('nowhere')).toEqual([]);

      const latest = await store.latestStatuses('us-east-virginia');
      expect(latest?.dra_support).toBe('fail');
      expect(Object.keys(latest!)).toHaveLength(virginia.checks.length);
      await knex.destroy();
    },
  );

  it.each(databases.eachSupportedId())(
    'prunes runs older than the retention, with their results, on %s',
    async databaseId => {
      const knex = await databases.init(databaseId);
      const store = await DatabaseConformanceStore.create({ knex });
      await store.record([virginia, fra], new Date('2026-08-01T00:00:00Z'));
      await store.record([virginia], new Date('2026-11-21T00:00:00Z'));

      expect(await store.prune(new Date('2026-11-01T00:00:00Z'))).toBe(2);
      expect(await store.trend('eu-sovereign-fra')).toEqual([]);
      expect(await store.trend('us-east-virginia')).toHaveLength(1);
      const orphans = await knex('conformance_results')
        .leftJoin(
          'conformance_runs',
          'conformance_results.run_id',
          'conformance_runs.id',
        )
        .whereNull('conformance_runs.id')
        .count({ n: '*' });
      expect(Number(orphans[0].n)).toBe(0);
      await knex.destroy();
    },
  );
});
