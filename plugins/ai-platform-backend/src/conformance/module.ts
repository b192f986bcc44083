import { aiPlatformConformanceReadPermission } from '@ai-platform/backstage-plugin-ai-platform-common';
import type {
  ClusterSource,
  ConformancePlatformCheck,
  ModelSource,
} from '@ai-platform/backstage-plugin-ai-platform-node';
import type { LoggerService } from '@backstage/backend-plugin-api';
import type { Config } from '@backstage/config';
import { InputError } from '@backstage/errors';
import type { Knex } from 'knex';
import type { DomainModule } from '../domain';
import { registerConformanceActions } from './actions';
import { readConformanceSettings } from './config';
import { ConformanceService } from './ConformanceService';
import { DatabaseConformanceStore } from './ConformanceStore';
import { suitePlatformChecks } from './platformChecks';

/** An ISO 8601 time of a query, or undefined when none is given. */
function parseSince(since: string | undefined): Date | undefined {
  if (!since) return undefined;
  const date = new Date(since);
  if (Number.isNaN(date.getTime())) {
    throw new InputError(
      `'${since}' is not a time; give ISO 8601, e.g. 2026-11-01T00:00:00Z`,
    );
  }
  return date;
}

/**
 * The conformance domain: every cluster against the Kubernetes AI
 * Conformance checklist and the platform hygiene checks, with the scores
 * recorded by a scheduled task into the plugin's database.
 */
export async function createConformanceModule(options: {
  config: Config;
  /** The plugin's database, migrated. */
  knex: Knex;
  clusters: ClusterSource;
  models: ModelSource;
  logger: LoggerService;
  /** Platform checks other modules added, run after the suite's own. */
  platformChecks: readonly ConformancePlatformCheck[];
}): Promise<DomainModule<ConformanceService>> {
  const { config, knex, clusters, models, logger } = options;
  const settings = readConformanceSettings(config);
  const ids = new Set(suitePlatformChecks().map(c => c.id));
  const platformChecks = options.platformChecks.filter(check => {
    if (!ids.has(check.id)) {
      ids.add(check.id);
      return true;
    }
    logger.warn(
      `Conformance platform check '${check.id}' (${check.title}) is left out: another check has that id`,
    );
    return false;
  });
  const conformance = new ConformanceService({
    clusters,
    store: await DatabaseConformanceStore.create({
      knex,
      skipMigrations: true,
    }),
    logger,
    models,
    platformChecks,
  });
  return {
    service: conformance,
    registerActions(actionsRegistry) {
      registerConformanceActions(actionsRegistry, conformance);
    },
    async scheduleTasks(scheduler) {
      await scheduler.scheduleTask({
        id: 'ai-platform-conformance-record',
        scope: 'global',
        frequency: settings.frequency,
        timeout: { minutes: 5 },
        // Let the watch caches fill before the first record.
        initialDelay: { seconds: 15 },
        fn: () => conformance.record(settings.retentionMs),
      });
    },
    addRoutes(router, { requireRead }) {
      router.use(
        '/conformance',
        requireRead(aiPlatformConformanceReadPermission, 'conformance results'),
      );

      router.get('/conformance', async (_req, res) => {
        res.json({ ...conformance.matrix() });
      });

      router.get('/conformance/clusters/:cluster', async (req, res) => {
        res.json({ ...conformance.cluster(req.params.cluster) });
      });

      router.get('/conformance/clusters/:cluster/trend', async (req, res) => {
        const since = parseSince(req.query.since);
        res.json({ ...(await conformance.trend(req.params.cluster, since)) });
      });

      router.get(
        '/conformance/clusters/:cluster/self-assessment.yaml',
        async (req, res) => {
          const { cluster } = req.params;
          const body = conformance.selfAssessmentYaml(cluster);
          // attachment() would set text/yaml from the extension: type comes after.
          res
            .attachment(`${cluster}-ai-conformance.yaml`)
            .type('application/yaml')
            .send(body);
        },
      );
    },
  };
}
