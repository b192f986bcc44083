import {
  agentRegistryServiceRef,
  clusterSourceServiceRef,
  modelSourceServiceRef,
  type AgentRegistry,
  type ClusterView,
  type ModelSource,
} from '@ai-platform/backstage-plugin-ai-platform-node';
import { schedulerServiceFactory } from '@backstage/backend-defaults/scheduler';
import {
  coreServices,
  createBackendModule,
  createServiceFactory,
  SchedulerService,
} from '@backstage/backend-plugin-api';
import {
  mockServices,
  startTestBackend,
  TestDatabaseId,
  TestDatabases,
} from '@backstage/backend-test-utils';
import catalogPlugin from '@backstage/plugin-catalog-backend';
import knexFactory, { Knex } from 'knex';
import request from 'supertest';
import { catalogModuleAiPlatform } from './module';

/*
 * Two replicas of the catalog with this module on one PostgreSQL database,
 * with Backstage's scheduler: the clusters provider's refresh is a global
 * task, so each due refresh runs on one replica; both replicas' providers
 * write the same entities, so a refresh by the other replica rewrites
 * nothing and the catalog's entities keep their etags.
 */

const POSTGRES_IDS: TestDatabaseId[] = [
  'POSTGRES_18',
  'POSTGRES_17',
  'POSTGRES_16',
  'POSTGRES_15',
];
const databases = TestDatabases.create({
  ids: POSTGRES_IDS,
  disableDocker: true,
});
const postgres = POSTGRES_IDS.find(id => databases.supports(id));
if (!postgres && process.env.AIP_REQUIRE_POSTGRES) {
  throw new Error(
    `AIP_REQUIRE_POSTGRES=${process.env.AIP_REQUIRE_POSTGRES} but that database is not configured; start it with scripts/postgres.sh (scripts/test.sh does)`,
  );
}
if (!postgres) {
  process.stderr.write(
    'Skipping the two-replica catalog test: no PostgreSQL is configured (BACKSTAGE_TEST_DATABASE_POSTGRES<major>_CONNECTION_STRING; scripts/test.sh starts one)\n',
  );
}

const TASK = 'ai-platform-clusters:refresh';

/** What every replica's cluster layer reads from the same configuration. */
function clusterViews(): ClusterView[] {
  const view = (name: string, labels: Record<string, string>) => ({
    name,
    labels,
    health: { state: 'synced' as const },
    servedKinds: [],
    list: () => [],
  });
  return [
    view('eu-sovereign-fra', {
      'ai-platform.io/jurisdiction': 'DE',
      'ai-platform.io/provider': 'eu-sovereign-cloud',
    }),
    view('eu-hyperscaler-par', {
      'ai-platform.io/jurisdiction': 'FR',
      'ai-platform.io/provider': 'aws',
    }),
    view('us-east-virginia', {
      'ai-platform.io/jurisdiction': 'US',
      'ai-platform.io/provider': 'aws',
    }),
  ];
}

/** Which replica's provider read the clusters, one entry per refresh. */
interface Run {
  replica: string;
}

async function startReplica(
  name: string,
  knex: Knex,
  runs: Run[],
  schedulers: Map<string, SchedulerService>,
) {
  // Notes which replica ran the provider's refresh; the scheduling is
  // Backstage's own (schedulerServiceFactory on the shared database).
  const recorder = createBackendModule({
    pluginId: 'catalog',
    moduleId: `replica-recorder-${name}`,
    register(env) {
      env.registerInit({
        deps: { scheduler: coreServices.scheduler },
        async init({ scheduler }) {
          schedulers.set(name, scheduler);
        },
      });
    },
  });
  const clusters = clusterViews();
  return startTestBackend({
    features: [
      catalogPlugin,
      catalogModuleAiPlatform,
      recorder,
      schedulerServiceFactory,
      mockServices.database.factory({ knex }),
      mockServices.rootConfig.factory({
        data: {
          aiPlatform: {
            catalog: {
              agents: { enabled: false },
              models: { enabled: false },
              clusters: {
                schedule: { frequency: { hours: 1 }, timeout: { minutes: 1 } },
              },
            },
          },
        },
      }),
      createServiceFactory({
        service: clusterSourceServiceRef,
        deps: {},
        factory: () => ({
          clusters: () => {
            // The clusters provider reads the views once per refresh.
            runs.push({ replica: name });
            return clusters;
          },
          cluster: (n: string) => clusters.find(c => c.name === n),
        }),
      }),
      // The agent and model providers are switched off above: these two
      // are required by the module but never asked.
      createServiceFactory({
        service: agentRegistryServiceRef,
        deps: {},
        factory: () => ({} as AgentRegistry),
      }),
      createServiceFactory({
        service: modelSourceServiceRef,
        deps: {},
        factory: () => ({} as ModelSource),
      }),
    ],
  });
}

async function until(condition: () => boolean | Promise<boolean>) {
  while (!(await condition())) {
    await new Promise(resolve => setTimeout(resolve, 200));
  }
}

const describeWithPostgres = postgres ? describe : describe.skip;

describeWithPostgres('two catalog replicas with the AI Platform module', () => {
  it('refresh the clusters once per due time and leave the entities as one replica writes them', async () => {
    const first = await databases.init(postgres!);
    const second = knexFactory(first.client.config);
    const runs: Run[] = [];
    const schedulers = new Map<string, SchedulerService>();
    const a = await startReplica('a', first, runs, schedulers);
    const b = await startReplica('b', second, runs, schedulers);

    const clusterEntities = async (server: typeof a.server) => {
      const res = await request(server).get(
        '/api/catalog/entities?filter=kind=resource,spec.type=kubernetes-cluster',
      );
      return (res.body as any[])
        .map(e => ({ name: e.metadata.name, etag: e.metadata.etag, e }))
        .sort((x, y) => x.name.localeCompare(y.name));
    };
    // What the provider wrote, as the catalog keeps it before processing.
    const written = async () =>
      (
        await first('refresh_state')
          .where({ location_key: 'ai-platform-clusters' })
          .select('entity_ref', 'unprocessed_hash', 'unprocessed_entity')
          .orderBy('entity_ref')
      ).map(row => ({
        ...row,
        unprocessed_entity: JSON.parse(row.unprocessed_entity),
      }));
    const idle = async () => {
      const [row] = await first('backstage_backend_tasks__tasks')
        .where({ id: TASK })
        .select('current_run_ticket');
      return row && !row.current_run_ticket;
    };

    // The first refresh, when the providers connect.
    await until(async () => (await clusterEntities(a.server)).length === 3);
    await until(idle);
    expect(runs).toHaveLength(1);
    const before = await clusterEntities(a.server);
    const writtenBefore = await written();
    expect(writtenBefore).toHaveLength(3);

    // A due refresh while both run: one of them refreshes.
    await schedulers.get('b')!.triggerTask(TASK);
    await until(async () => runs.length === 2 && (await idle()));
    expect(runs).toHaveLength(2);
    expect(await written()).toEqual(writtenBefore);

    // The replica that refreshed last goes away; the other one's provider
    // refreshes next and writes the same entities.
    const last = runs[1].replica;
    const survivor = last === 'a' ? b : a;
    await (last === 'a' ? a : b).stop();
    await schedulers.get(last === 'a' ? 'b' : 'a')!.triggerTask(TASK);
    await until(async () => runs.length === 3 && (await idle()));
    expect(runs.map(r => r.replica)[2]).not.toBe(last);

    // Nothing was rewritten: the entities as the provider wrote them and as
    // the catalog serves them, with the same etags.
    expect(await written()).toEqual(writtenBefore);
    const after = await clusterEntities(survivor.server);
    expect(after.map(e => e.name)).toEqual([
      'eu-hyperscaler-par',
      'eu-sovereign-fra',
      'us-east-virginia',
    ]);
    expect(after.map(e => [e.name, e.etag])).toEqual(
      before.map(e => [e.name, e.etag]),
    );

    await survivor.stop();
    await second.destroy();
  }, 120_000);
});
