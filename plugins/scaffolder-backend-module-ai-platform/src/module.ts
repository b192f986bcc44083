import {
  coreServices,
  createBackendModule,
} from '@backstage/backend-plugin-api';
import { catalogServiceRef } from '@backstage/plugin-catalog-node';
import { scaffolderActionsExtensionPoint } from '@backstage/plugin-scaffolder-node';
import { createAgentRenderAction } from './actions/agentRender';
import { createCatalogRegisterFileAction } from './actions/catalogRegisterFile';
import { createGitPublishAction } from './actions/gitPublish';
import { readGitopsSettings } from './gitops/config';

/**
 * Scaffolder module of the AI Platform: the actions its templates use to
 * render catalog entities, publish them to the GitOps target and register
 * them. Further governance actions (model digest, governance check,
 * manifests) join the same list.
 *
 * @public
 */
export const scaffolderModuleAiPlatform = createBackendModule({
  pluginId: 'scaffolder',
  moduleId: 'ai-platform',
  register({ registerInit }) {
    registerInit({
      deps: {
        config: coreServices.rootConfig,
        logger: coreServices.logger,
        catalog: catalogServiceRef,
        scaffolder: scaffolderActionsExtensionPoint,
      },
      async init({ config, logger, catalog, scaffolder }) {
        const settings = readGitopsSettings(config);
        if (settings) {
          logger.info(
            `Templates publish to the local GitOps repository ${settings.repositoryPath} (branches from ${settings.baseBranch})`,
          );
        } else {
          logger.info(
            'No aiPlatform.gitops.localRepository configured: ai-platform:git:publish and ai-platform:catalog:register-file will refuse to run',
          );
        }
        scaffolder.addActions(
          createAgentRenderAction(),
          createGitPublishAction({ settings }),
          createCatalogRegisterFileAction({ settings, catalog }),
        );
      },
    });
  },
});
