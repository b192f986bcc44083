import {
  aiPlatformCostReadPermission,
  CostGroupBy,
  CostWindow,
  DEFAULT_COST_GROUP_BY,
  DEFAULT_COST_WINDOW,
} from '@ai-platform/backstage-plugin-ai-platform-common';
import type {
  ClusterSource,
  GpuPriceSource,
} from '@ai-platform/backstage-plugin-ai-platform-node';
import type {
  HttpAuthService,
  LoggerService,
  PermissionsService,
  UserInfoService,
} from '@backstage/backend-plugin-api';
import type { Config } from '@backstage/config';
import type { CatalogService } from '@backstage/plugin-catalog-node';
import type express from 'express';
import type { Knex } from 'knex';
import type { DomainModule } from '../domain';
import type { IsGpuDeviceClass } from '../gpu/deviceClasses';
import { costVisibility, requireTeamCost } from './access';
import { registerCostActions } from './actions';
import { readCostSettings } from './config';
import { CostRecorder } from './CostRecorder';
import { CostService } from './CostService';
import { DatabaseCostStore } from './CostStore';
import { costReportCsv } from './csv';
import { gpuPricing } from './prices';

/**
 * The cost domain: GPU-hours recorded from the clusters by a scheduled task
 * into the plugin's database (or read from OpenCost), priced per GPU
 * product, and reported to each caller as far as they may see.
 */
export async function createCostModule(options: {
  config: Config;
  /** The plugin's database, migrated. */
  knex: Knex;
  clusters: ClusterSource;
  catalog: CatalogService;
  logger: LoggerService;
  permissions: PermissionsService;
  userInfo: UserInfoService;
  /** Price sources other modules added, asked before the configured table. */
  priceSources: readonly GpuPriceSource[];
  deviceClasses: IsGpuDeviceClass;
}): Promise<DomainModule<CostService>> {
  const { config, knex, clusters, catalog, logger } = options;
  const { permissions, userInfo, deviceClasses } = options;
  const settings = readCostSettings(config);
  const store = await DatabaseCostStore.create({ knex, skipMigrations: true });
  const pricing = gpuPricing(settings, options.priceSources, message =>
    logger.warn(message),
  );
  const cost = new CostService({
    store,
    settings,
    clusters,
    catalog,
    pricing,
    logger,
  });
  const recorder = new CostRecorder({ clusters, store, logger, deviceClasses });

  const visibilityOf = async (
    httpAuth: HttpAuthService,
    req: express.Request,
  ) =>
    costVisibility({
      credentials: await httpAuth.credentials(req),
      permissions,
      userInfo,
    });
  // The validated router has checked both against their enums.
  const windowOf = (window: string | undefined) =>
    (window ?? DEFAULT_COST_WINDOW) as CostWindow;
  const groupByOf = (groupBy: string | undefined) =>
    (groupBy ?? DEFAULT_COST_GROUP_BY) as CostGroupBy;

  return {
    service: cost,
    registerActions(actionsRegistry) {
      registerCostActions(actionsRegistry, {
        cost,
        clusters,
        permissions,
        userInfo,
      });
    },
    async scheduleTasks(scheduler) {
      await scheduler.scheduleTask({
        id: 'ai-platform-cost-record',
        scope: 'global',
        frequency: settings.recordFrequency,
        timeout: { minutes: 5 },
        // Let the watch caches fill before the first record.
        initialDelay: { seconds: 10 },
        fn: () => recorder.record(),
      });
    },
    addRoutes(router, { httpAuth, requireRead }) {
      router.use(
        '/cost',
        requireRead(aiPlatformCostReadPermission, 'GPU cost'),
      );

      router.get('/cost', async (req, res) => {
        const visibility = await visibilityOf(httpAuth, req);
        requireTeamCost(visibility, req.query.team);
        res.json({
          ...(await cost.report({
            window: windowOf(req.query.window),
            groupBy: groupByOf(req.query.groupBy),
            visibility,
            filter: CostService.drillDown({
              team: req.query.team,
              service: req.query.service,
            }),
          })),
        });
      });

      router.get('/cost/export.csv', async (req, res) => {
        const visibility = await visibilityOf(httpAuth, req);
        requireTeamCost(visibility, req.query.team);
        const window = windowOf(req.query.window);
        const groupBy = groupByOf(req.query.groupBy);
        const report = await cost.report({
          window,
          groupBy,
          visibility,
          filter: CostService.drillDown({
            team: req.query.team,
            service: req.query.service,
          }),
        });
        res
          .type('text/csv')
          .attachment(`gpu-cost-${window}-by-${groupBy}.csv`)
          .send(costReportCsv(report));
      });

      router.get('/cost/entity', async (req, res) => {
        const visibility = await visibilityOf(httpAuth, req);
        requireTeamCost(visibility, req.query.entityRef);
        const credentials = await httpAuth.credentials(req);
        const { groupBy, filter } = await cost.entityScope(
          req.query.entityRef,
          credentials,
        );
        res.json({
          ...(await cost.report({
            window: windowOf(req.query.window),
            groupBy,
            filter,
            visibility,
          })),
        });
      });
    },
  };
}
