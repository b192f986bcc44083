import { DefaultSchedulerService } from '@backstage/backend-defaults/scheduler';
import {
  coreServices,
  createServiceFactory,
  SchedulerService,
  SchedulerServiceTaskScheduleDefinition,
} from '@backstage/backend-plugin-api';
import { metricsServiceRef } from '@backstage/backend-plugin-api/alpha';
import {
  mockServices,
  startTestBackend,
  TestDatabaseId,
  TestDatabases,
} from '@backstage/backend-test-utils';
import { AuthorizeResult } from '@backstage/plugin-permission-common';
import knexFactory, { Knex } from 'knex';
import { agentRegistryServiceFactory } from './agents/serviceFactory';
import { modelSourceServiceFactory } from './models/serviceFactory';
import { aiPlatformPlugin } from './plugin';
import { demoClusters } from './__testUtils__/testBackend';

/*
 * Two backend replicas of the plugin on one PostgreSQL database, with
 * Backstage's real scheduler (its task table and claims in that database):
 * the cost recorder and the conformance run are global tasks, so each due
 * run happens on one replica only, and the database ends up with the rows a
 * single replica writes for the same runs.
 *
 * Deterministic: the tasks' frequency is an hour, so within the test a task
 * runs only at its first start (after the plugin's initial delay) and when
 * the test triggers it; the test waits for each run to end before the next
 * trigger, and asserts counts and rows, never durations.
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
const required = process.env.AIP_REQUIRE_POSTGRES;
if (!postgres && required) {
  throw new Error(
    `AIP_REQUIRE_POSTGRES=${required} but that database is not configured; start it with scripts/postgres.sh (scripts/test.sh does)`,
  );
}
if (!postgres) {
  process.stderr.write(
    'Skipping the two-replica test: no PostgreSQL is configured (BACKSTAGE_TEST_DATABASE_POSTGRES<major>_CONNECTION_STRING; scripts/test.sh starts one)\n',
  );
}

const TASKS = ['ai-platform-cost-record', 'ai-platform-conformance-record'];
/** Runs of each task: the first after start, then one per trigger. */
const RUNS = 3;

interface Run {
  replica: string;
  task: string;
  /** Order of start and end among all runs' events. */
  started: number;
  ended?: number;
}

/**
 * Backstage's scheduler, as production wires it, that also notes which
 * replica ran which task (the runs are the real scheduler's).
 */
function recordingScheduler(
  replica: string,
  runs: Run[],
  clock: () => number,
  schedulers: Map<string, SchedulerService>,
) {
  return createServiceFactory({
    service: coreServices.scheduler,
    deps: {
      database: coreServices.database,
      logger: coreServices.logger,
      rootLifecycle: coreServices.rootLifecycle,
      httpRouter: coreServices.httpRouter,
      pluginMetadata: coreServices.pluginMetadata,
      metrics: metricsServiceRef,
    },
    factory(deps): SchedulerService {
      const scheduler = DefaultSchedulerService.create(deps);
      const scheduleTask: SchedulerService['scheduleTask'] = task =>
        scheduler.scheduleTask({
          ...task,
          fn: async signal => {
            const run: Run = { replica, task: task.id, started: clock() };
            runs.push(run);
            try {
              await task.fn(signal);
            } finally {
              run.ended = clock();
            }
          },
        });
      const recording: SchedulerService = {
        scheduleTask,
        triggerTask: id => scheduler.triggerTask(id),
        cancelTask: id => scheduler.cancelTask(id),
        getScheduledTasks: () => scheduler.getScheduledTasks(),
        createScheduledTaskRunner: (
          schedule: SchedulerServiceTaskScheduleDefinition,
        ) => ({
          run: task => scheduleTask({ ...task, ...schedule }),
        }),
      };
      schedulers.set(replica, recording);
      return recording;
    },
  });
}

/** One replica: the plugin over the demo clusters on the given database. */
async function startReplica(
  name: string,
  knex: Knex,
  runs: Run[],
  clock: () => number,
  schedulers: Map<string, SchedulerService>,
) {
  const backend = await startTestBackend({
    features: [
      aiPlatformPlugin,
      demoClusters,
      agentRegistryServiceFactory,
      modelSourceServiceFactory,
      mockServices.permissions.factory({ result: AuthorizeResult.ALLOW }),
      mockServices.database.factory({ knex }),
      mockServices.rootConfig.factory({
        data: {
          aiPlatform: {
            cost: { recordFrequency: { hours: 1 } },
            conformance: { frequency: { hours: 1 } },
          },
        },
      }),
      recordingScheduler(name, runs, clock, schedulers),
    ],
  });
  return backend;
}

async function until(condition: () => boolean | Promise<boolean>) {
  while (!(await condition())) {
    await new Promise(resolve => setTimeout(resolve, 100));
  }
}

/**
 * Starts the replicas on a fresh database, lets each task run RUNS times
 * (the first run, then triggers from the replicas in turn), stops them and
 * returns the runs and the plugin's rows.
 */
async function runReplicas(names: string[]) {
  const first = await databases.init(postgres!);
  const clients = [
    first,
    ...names.slice(1).map(() => knexFactory(first.client.config)),
  ];
  const runs: Run[] = [];
  let events = 0;
  const clock = () => events++;
  const schedulers = new Map<string, SchedulerService>();
  // One after the other, as a rolling deployment starts them (replicas that
  // start together are the migrations' test, database/migrations.test.ts).
  const backends = [];
  for (const [i, name] of names.entries()) {
    backends.push(
      await startReplica(name, clients[i], runs, clock, schedulers),
    );
  }
  const done = (task: string) =>
    runs.filter(r => r.task === task && r.ended !== undefined).length;
  const idle = async (task: string) => {
    const [row] = await first('backstage_backend_tasks__tasks')
      .where({ id: task })
      .select('current_run_ticket');
    return row && !row.current_run_ticket;
  };

  for (let n = 1; n <= RUNS; n++) {
    if (n > 1) {
      // Each trigger from another replica's scheduler, in turn.
      const scheduler = schedulers.get(names[(n - 1) % names.length])!;
      for (const task of TASKS) await scheduler.triggerTask(task);
    }
    for (const task of TASKS) {
      await until(async () => done(task) >= n && (await idle(task)));
    }
  }
  await Promise.all(backends.map(b => b.stop()));

  const rows = {
    cost: await first('cost_intervals').select(),
    conformanceRuns: await first('conformance_runs').select(),
    conformanceResults: await first('conformance_results').select(),
  };
  await Promise.all(clients.slice(1).map(c => c.destroy()));
  return { runs, rows };
}

/** Rows without their generated ids and times, in a stable order. */
function comparable(rows: Array<Record<string, unknown>>, omit: string[]) {
  return rows
    .map(row =>
      Object.fromEntries(
        Object.entries(row).filter(([key]) => !omit.includes(key)),
      ),
    )
    .map(row => JSON.stringify(row))
    .sort();
}

const describeWithPostgres = postgres ? describe : describe.skip;

describeWithPostgres('two backend replicas on one PostgreSQL', () => {
  it('run each scheduled recording once per due time and write the rows one replica writes', async () => {
    const [two, one] = await Promise.all([
      runReplicas(['replica-a', 'replica-b']),
      runReplicas(['single']),
    ]);

    for (const task of TASKS) {
      const taskRuns = two.runs.filter(r => r.task === task);
      expect(taskRuns).toHaveLength(RUNS);
      // Never two at once: each run ended before the next one started.
      for (let i = 1; i < taskRuns.length; i++) {
        expect(taskRuns[i].started).toBeGreaterThan(taskRuns[i - 1].ended!);
      }
      expect(one.runs.filter(r => r.task === task)).toHaveLength(RUNS);
    }

    // The demo clusters: two synced, one stale; each run records every one.
    expect(two.rows.conformanceRuns).toHaveLength(3 * RUNS);
    expect(two.rows.cost.length).toBeGreaterThan(0);
    // recorded_at is when the row was written, in each run of its own.
    expect(comparable(two.rows.cost, ['id', 'recorded_at'])).toEqual(
      comparable(one.rows.cost, ['id', 'recorded_at']),
    );
    // Recorded once: nothing changed in the clusters, so no interval was
    // closed and reopened by the later runs.
    expect(two.rows.cost.every(row => row.ended_at === null)).toBe(true);
    expect(comparable(two.rows.conformanceRuns, ['id', 'recorded_at'])).toEqual(
      comparable(one.rows.conformanceRuns, ['id', 'recorded_at']),
    );
    expect(comparable(two.rows.conformanceResults, ['id', 'run_id'])).toEqual(
      comparable(one.rows.conformanceResults, ['id', 'run_id']),
    );
    // The plugin's first runs wait 10 and 15 s for the watch caches, and a
    // scheduler polls for due tasks every 5 s: this waits, it does not time.
  }, 120_000);
});
