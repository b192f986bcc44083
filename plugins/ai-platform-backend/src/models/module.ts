import { aiPlatformModelsReadPermission } from '@ai-platform/backstage-plugin-ai-platform-common';
import type { ModelSource } from '@ai-platform/backstage-plugin-ai-platform-node';
import type { LoggerService } from '@backstage/backend-plugin-api';
import type { DomainModule } from '../domain';
import type { GovernancePolicy } from '../governance/config';
import type { RegistryConfig } from '../registry/config';
import { registerModelActions, registerModelResolveAction } from './actions';
import { createRegistryEventsRouter } from './eventsRouter';
import { ModelVersionResolver } from './ModelVersionResolver';

/**
 * The models domain: the model source (provided to every plugin by
 * `modelSourceServiceFactory`) over REST and as actions, the version
 * resolver of templates, and the registries' push notifications.
 */
export function createModelsModule(options: {
  models: ModelSource;
  registries: RegistryConfig[];
  policy: GovernancePolicy;
  logger: LoggerService;
}): DomainModule<ModelSource> {
  const { models, registries, policy, logger } = options;
  return {
    service: models,
    registerActions(actionsRegistry) {
      registerModelActions(actionsRegistry, models);
      registerModelResolveAction(
        actionsRegistry,
        new ModelVersionResolver({ models, registries, policy }),
      );
    },
    addRoutes(router, { requireRead }) {
      const requireModelsRead = requireRead(
        aiPlatformModelsReadPermission,
        'models',
      );
      router.use('/models', requireModelsRead);
      router.use('/deployments', requireModelsRead);

      router.get('/models', async (_req, res) => {
        res.json({ ...(await models.listModels()) });
      });

      router.get('/models/:registry/:repository/versions', async (req, res) => {
        const { registry, repository } = req.params;
        res.json({ ...(await models.listVersions(registry, repository)) });
      });

      router.get(
        '/models/:registry/:repository/versions/:tag',
        async (req, res) => {
          const { registry, repository, tag } = req.params;
          res.json({ ...(await models.getVersion(registry, repository, tag)) });
        },
      );

      router.get('/models/:registry/:repository/compare', async (req, res) => {
        const { registry, repository } = req.params;
        const { a, b } = req.query;
        res.json({ ...(await models.compare(registry, repository, a, b)) });
      });

      router.get(
        '/models/:registry/:repository/deployments',
        async (req, res) => {
          const { registry, repository } = req.params;
          res.json({
            items: await models.whereDeployed(
              registry,
              repository,
              req.query.tag,
            ),
          });
        },
      );

      router.get('/deployments/of-workload', async (req, res) => {
        const { namespace, name, cluster } = req.query;
        res.json({
          items: await models.deploymentsOfWorkload({
            namespace,
            name,
            cluster,
          }),
        });
      });

      router.get('/deployments/by-digest/:digest', async (req, res) => {
        res.json({ ...(await models.deploymentsByDigest(req.params.digest)) });
      });
    },
    addHttpRouters(httpRouter) {
      // Registries authenticate their notifications with a token of their own.
      httpRouter.use(
        createRegistryEventsRouter({ registries, models, logger }),
      );
      httpRouter.addAuthPolicy({
        path: '/registry-events',
        allow: 'unauthenticated',
      });
    },
  };
}
