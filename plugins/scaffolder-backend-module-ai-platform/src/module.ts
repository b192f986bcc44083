import {
  coreServices,
  createBackendModule,
} from '@backstage/backend-plugin-api';
import { aiPlatformServiceRef } from '@ai-platform/backstage-plugin-ai-platform-node';
import { catalogServiceRef } from '@backstage/plugin-catalog-node';
import { scaffolderActionsExtensionPoint } from '@backstage/plugin-scaffolder-node';
import { createAgentRenderAction } from './actions/agentRender';
import { createCatalogRegisterFileAction } from './actions/catalogRegisterFile';
import { createGitPublishAction } from './actions/gitPublish';
import { createGovernanceCheckAction } from './actions/governanceCheck';
import { createInferenceServicePromoteAction } from './actions/inferenceServicePromote';
import { createInferenceServiceRenderAction } from './actions/inferenceServiceRender';
import { createModelResolveAction } from './actions/modelResolve';
import { readGitopsSettings } from './gitops/config';
import { createWriteGuard } from './permissions/writeGuard';
import { withoutServerDetails } from './actions/withoutServerDetails';

/**
 * Scaffolder module of the AI Platform: the actions its templates use to
 * render catalog entities, publish them to the GitOps target and register
 * them, and the governance check, which asks the AI Platform backend's
 * registered action. Further actions (model digest, manifests) join the
 * same list.
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
        permissions: coreServices.permissions,
        logger: coreServices.logger,
        catalog: catalogServiceRef,
        aiPlatform: aiPlatformServiceRef,
        scaffolder: scaffolderActionsExtensionPoint,
      },
      async init({
        config,
        logger,
        permissions,
        catalog,
        aiPlatform,
        scaffolder,
      }) {
        const guard = createWriteGuard(permissions);
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
        const actions = [
          createAgentRenderAction({ guard }),
          createGitPublishAction({ settings, guard, aiPlatform }),
          createCatalogRegisterFileAction({ settings, catalog, guard }),
          createGovernanceCheckAction({ aiPlatform }),
          createModelResolveAction({ aiPlatform }),
          createInferenceServiceRenderAction({ guard, aiPlatform }),
          createInferenceServicePromoteAction({
            aiPlatform,
            catalog,
            settings,
            guard,
          }),
        ];
        // A failed step's task log shows its error without server paths.
        scaffolder.addActions(
          ...actions.map(action => withoutServerDetails(action, logger)),
        );
      },
    });
  },
});
