import {
  aiPlatformSovereigntyReadPermission,
  SovereigntyRule,
} from '@ai-platform/backstage-plugin-ai-platform-common';
import type { ClusterSource } from '@ai-platform/backstage-plugin-ai-platform-node';
import type { CatalogService } from '@backstage/plugin-catalog-node';
import type { DomainModule } from '../domain';
import { registerSovereigntyActions } from './actions';
import { SovereigntyService } from './SovereigntyService';

/** The sovereignty domain: verdicts of the catalog and the clusters against the rules. */
export function createSovereigntyModule(options: {
  catalog: CatalogService;
  clusters: ClusterSource;
  rules: readonly SovereigntyRule[];
}): DomainModule<SovereigntyService> {
  const sovereignty = new SovereigntyService(options);
  return {
    service: sovereignty,
    registerActions(actionsRegistry) {
      registerSovereigntyActions(actionsRegistry, sovereignty);
    },
    addRoutes(router, { httpAuth, requireRead }) {
      router.use(
        '/sovereignty',
        requireRead(
          aiPlatformSovereigntyReadPermission,
          'sovereignty verdicts',
        ),
      );

      router.get('/sovereignty/report', async (req, res) => {
        const credentials = await httpAuth.credentials(req);
        res.json({ ...(await sovereignty.report(credentials)) });
      });

      router.get('/sovereignty/entity', async (req, res) => {
        const credentials = await httpAuth.credentials(req);
        res.json({ ...(await sovereignty.entity(req.query.ref, credentials)) });
      });

      router.get('/sovereignty/clusters', async (req, res) => {
        res.json({
          ...sovereignty.clusterPlacements(req.query.classification),
        });
      });
    },
  };
}
