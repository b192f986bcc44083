import { mockServices } from '@backstage/backend-test-utils';
import type { ClusterView } from '@ai-platform/backstage-plugin-ai-platform-node';
import {
  exampleCluster,
  staticClusterSource,
} from '../__testUtils__/clusterViews';
import { storeTestDatabases } from '../__testUtils__/databases';
import { applyDatabaseMigrations } from '../database/migrations';
import { CostRecorder } from './CostRecorder';
import { CostStore } from './CostStore';

const databases = storeTestDatabases();
const NOW = Date.parse('2026-11-22T12:00:00Z');

/** The cluster without one of its pods, as after the pod was deleted. */
function without(view: ClusterView, podName: string): ClusterView {
  return {
    ...view,
    list: (id, ns) =>
      view
        .list(id, ns)
        .filter(o => !(id === 'core/Pod' && o.metadata.name === podName)),
  };
}

describe('CostRecorder', () => {
  it.each(databases.eachSupportedId())(
    'back-fills running GPU pods from their start, is idempotent, and closes an interval when its pod goes (%s)',
    async databaseId => {
      const knex = await databases.init(databaseId);
      await applyDatabaseMigrations(knex);
      const store = new CostStore(knex);
      const fra = exampleCluster('eu-sovereign-fra');
      const recorder = (view: ClusterView) =>
        new CostRecorder({
          clusters: staticClusterSource([
            view,
            exampleCluster('us-east-virginia', { state: 'stale' }),
          ]),
          store,
          logger: mockServices.logger.mock(),
        });
      await recorder(fra).record(NOW);
      const open = await store.open('eu-sovereign-fra');
      const allocations = open.filter(i => i.kind === 'allocation');
      expect(allocations.length).toBeGreaterThan(0);
      // Every allocation starts when its pod started, long before the first recording.
      const pods = fra.list('core/Pod');
      for (const a of allocations) {
        const pod = pods.find(p => p.metadata.name === a.pod)!;
        expect(a.startedAt).toBe(
          Date.parse(String((pod.status as any).startTime)),
        );
        expect(a.team).toBeDefined();
        expect(a.jurisdiction).toBe('DE');
      }
      // A stale cluster is not recorded.
      expect(await store.open('us-east-virginia')).toEqual([]);

      await recorder(fra).record(NOW + 60_000);
      expect(await store.open('eu-sovereign-fra')).toHaveLength(open.length);

      const gone = allocations[0].pod!;
      await recorder(without(fra, gone)).record(NOW + 120_000);
      const after = await store.open('eu-sovereign-fra');
      expect(after.some(i => i.pod === gone)).toBe(false);
      const closed = (await store.overlapping(0, NOW + 200_000)).filter(
        i => i.pod === gone,
      );
      expect(closed.every(i => i.endedAt === NOW + 120_000)).toBe(true);
      await knex.destroy();
    },
  );
});
