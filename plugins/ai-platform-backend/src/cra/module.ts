import { aiPlatformCraReadPermission } from '@ai-platform/backstage-plugin-ai-platform-common';
import type { ModelSource } from '@ai-platform/backstage-plugin-ai-platform-node';
import type { LoggerService } from '@backstage/backend-plugin-api';
import type { Config } from '@backstage/config';
import type { CatalogService } from '@backstage/plugin-catalog-node';
import type { DomainModule } from '../domain';
import { createRegistryClients } from '../registry/clients';
import { sharedDigestCacheFromConfig } from '../registry/sharedCache';
import type { SovereigntyService } from '../sovereignty/SovereigntyService';
import { registerCraActions } from './actions';
import { readCraRules } from './config';
import { CraService } from './CraService';
import { craExportName, craReportCsv } from './export';

/**
 * The CRA domain: readiness of model versions and inference services from
 * the models domain, the registries (whose SBOM and provenance documents it
 * reads) and the catalog's CRA annotations.
 */
export function createCraModule(options: {
  config: Config;
  logger: LoggerService;
  models: ModelSource;
  catalog: CatalogService;
  sovereignty: SovereigntyService;
}): DomainModule<CraService> {
  const logger = options.logger.child({ domain: 'cra' });
  const cra = new CraService({
    models: options.models,
    sources: createRegistryClients(options.config, {
      logger,
      sharedCache: sharedDigestCacheFromConfig(options.config, logger),
    }),
    catalog: options.catalog,
    rules: readCraRules(options.config),
    logger,
    sovereignty: options.sovereignty,
  });
  return {
    service: cra,
    registerActions(actionsRegistry) {
      registerCraActions(actionsRegistry, cra);
    },
    addRoutes(router, { httpAuth, requireRead }) {
      router.use(
        '/cra',
        requireRead(aiPlatformCraReadPermission, 'CRA readiness'),
      );
      const report = async (
        req: Parameters<typeof httpAuth.credentials>[0],
        team?: string,
      ) => cra.report({ credentials: await httpAuth.credentials(req), team });

      router.get('/cra', async (req, res) => {
        res.json({ ...(await report(req, req.query.team)) });
      });

      router.get('/cra/entity', async (req, res) => {
        const credentials = await httpAuth.credentials(req);
        res.json({ ...(await cra.entity(req.query.entityRef, credentials)) });
      });

      router.get('/cra/export.csv', async (req, res) => {
        const body = await report(req, req.query.team);
        res
          .type('text/csv')
          .attachment(craExportName(body, req.query.team, 'csv'))
          .send(craReportCsv(body));
      });

      router.get('/cra/export.json', async (req, res) => {
        const body = await report(req, req.query.team);
        res
          .attachment(craExportName(body, req.query.team, 'json'))
          .json({ ...body });
      });
    },
  };
}
