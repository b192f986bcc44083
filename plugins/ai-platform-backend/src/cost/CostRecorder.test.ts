import { mockServices } from '@backstage/backend-test-utils';
import type { ClusterView } from '@ai-platform/backstage-plugin-ai-platform-node';
import {
  exampleCluster,
  staticClusterSource,
} from '../__testUtils__/clusterViews';
import { storeTestDatabases } from '../__testUtils__/databases';
import { applyDatabaseMigrations } from '../database/migrations';
import { computeClusterGpus } from '../gpu/clusterGpus';
import { CostRecorder } from './CostRecorder';
import {
  DatabaseCostStore,
  type CostInterval,
  type CostStore,
} from './CostStore';
import { desiredIntervals } from './intervals';

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
      const store = await DatabaseCostStore.create({
        knex,
        skipMigrations: true,
      });
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

  it.each(['eu-hyperscaler-par', 'eu-sovereign-fra', 'us-east-virginia'])(
    "records the GPU page's GPU-equivalents, pool by pool, for %s",
    name => {
      const view = exampleCluster(name);
      const state = computeClusterGpus(view);
      const intervals = desiredIntervals(view, NOW);
      const sum = (kind: CostInterval['kind']) => {
        const out = new Map<string, number>();
        for (const i of intervals.filter(x => x.kind === kind)) {
          const key = `${i.product} ${i.resource}`;
          out.set(key, (out.get(key) ?? 0) + i.gpus);
        }
        return out;
      };
      const allocated = sum('allocation');
      const capacity = sum('capacity');
      const pools = new Map<
        string,
        { allocatable: number; allocated: number }
      >();
      for (const pool of state.pools) {
        const key = `${pool.product} ${pool.resource}`;
        const eq = pool.gpuEquivalents!;
        const p = pools.get(key) ?? { allocatable: 0, allocated: 0 };
        p.allocatable += eq.allocatable;
        p.allocated += eq.allocated;
        pools.set(key, p);
      }
      expect(pools.size).toBeGreaterThan(0);
      for (const [key, pool] of pools) {
        expect([key, capacity.get(key) ?? 0]).toEqual([
          key,
          expect.closeTo(pool.allocatable, 9),
        ]);
        expect([key, allocated.get(key) ?? 0]).toEqual([
          key,
          expect.closeTo(pool.allocated, 9),
        ]);
      }
      // Nothing is recorded that the GPU page does not show.
      for (const key of [...capacity.keys(), ...allocated.keys()]) {
        expect([key, pools.has(key)]).toEqual([key, true]);
      }
    },
  );

  it('counts a time-sliced L40S shared four ways as the physical GPUs it is', () => {
    const state = computeClusterGpus(exampleCluster('eu-hyperscaler-par'));
    const l40s = state.products.find(p => p.product === 'NVIDIA-L40S')!;
    const shared = l40s.pools.find(p => p.kind === 'shared')!;
    expect(shared.resource).toBe('nvidia.com/gpu');
    expect(shared.gpuShare).toBe(0.25);
    expect(shared.gpuEquivalents!.allocatable).toBe(l40s.physicalGpus);
    expect(shared.gpuEquivalents!.allocatable).toBe(shared.allocatable / 4);
  });

  it.each(databases.eachSupportedId())(
    'records the rest of a cluster when one interval is refused, and logs it once (%s)',
    async databaseId => {
      const knex = await databases.init(databaseId);
      await applyDatabaseMigrations(knex);
      const store = await DatabaseCostStore.create({
        knex,
        skipMigrations: true,
      });
      const logger = mockServices.logger.mock();
      const fra = exampleCluster('eu-sovereign-fra');
      const [first, second] = desiredIntervals(fra, NOW)
        .filter(i => i.kind === 'allocation' && i.pod)
        .map(i => i.pod!);
      // A tenant's 300-character workload name, on a pod that holds GPUs.
      const longName = 'w'.repeat(300);
      const tenant: ClusterView = {
        ...fra,
        list: (id, ns) =>
          fra.list(id, ns).map(o =>
            id === 'core/Pod' && o.metadata.name === first
              ? {
                  ...o,
                  metadata: {
                    ...o.metadata,
                    ownerReferences: [
                      { kind: 'ReplicaSet', name: longName, controller: true },
                    ],
                  },
                }
              : o,
          ),
      };
      const recorder = new CostRecorder({
        clusters: staticClusterSource([tenant]),
        store: {
          open: (c: string) => store.open(c),
          // Another pod's interval arrives broken (a GPU count that is not a number).
          apply: (c: string, change: Parameters<CostStore['apply']>[1]) =>
            store.apply(c, {
              ...change,
              open: change.open.map(i =>
                i.pod === second ? { ...i, gpus: Number.NaN } : i,
              ),
            }),
        } as unknown as CostStore,
        logger,
      });
      await recorder.record(NOW);
      await recorder.record(NOW + 60_000);
      const open = await store.open('eu-sovereign-fra');
      expect(open.length).toBeGreaterThan(2);
      expect(open.find(i => i.pod === first)?.workload).toBe(
        `ReplicaSet/${longName}`,
      );
      expect(open.some(i => i.pod === second)).toBe(false);
      const warnings = (logger.warn as jest.Mock).mock.calls.filter(([m]) =>
        String(m).includes('was not recorded'),
      );
      expect(warnings).toHaveLength(1);
      expect(warnings[0][0]).toMatch(/GPU count NaN/);
      await knex.destroy();
    },
  );
});
