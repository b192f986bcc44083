import {
  coreServices,
  createBackendFeatureLoader,
  createBackendModule,
} from '@backstage/backend-plugin-api';
import { AuthorizeResult } from '@backstage/plugin-permission-common';
import { policyExtensionPoint } from '@backstage/plugin-permission-node/alpha';
import { readPolicyConfig } from './config';
import { AiPlatformPermissionPolicy } from './policy';
import { isMemberOfTeam } from './rules';

/** What production must configure instead of the allow-all policy. */
const CONFIGURE =
  "set aiPlatform.permissions.policy to 'ai-platform' (the default) and name the groups in aiPlatform.permissions.admins, .costReadAll and .grants (see the README of @ai-platform/backstage-plugin-permission-backend-module-ai-platform-policy)";

/**
 * Refuses a configuration that lets everybody do everything in production:
 * the allow-all policy, or the permission framework switched off.
 */
export function assertProductionSafe(options: {
  policy: string;
  permissionEnabled: boolean;
  env: string | undefined;
}): void {
  if (options.env !== 'production') return;
  if (options.policy === 'allow-all') {
    throw new Error(
      `Refusing to start: aiPlatform.permissions.policy is 'allow-all', which lets every user do everything and is for development only (NODE_ENV=production). To fix, ${CONFIGURE}.`,
    );
  }
  if (!options.permissionEnabled) {
    throw new Error(
      `Refusing to start: permission.enabled is not true, so no permission is checked (NODE_ENV=production). To fix, set permission.enabled: true and ${CONFIGURE}.`,
    );
  }
}

/**
 * The permission policy module of the AI Platform suite: the policy of
 * `aiPlatform.permissions`, or, in development only, allow-all.
 *
 * @public
 */
export const permissionModuleAiPlatformPolicy = createBackendModule({
  pluginId: 'permission',
  moduleId: 'ai-platform-policy',
  register(reg) {
    reg.registerInit({
      deps: {
        config: coreServices.rootConfig,
        logger: coreServices.logger,
        userInfo: coreServices.userInfo,
        policy: policyExtensionPoint,
      },
      async init({ config, logger, userInfo, policy }) {
        const settings = readPolicyConfig(config);
        assertProductionSafe({
          policy: settings.policy,
          permissionEnabled:
            config.getOptionalBoolean('permission.enabled') ?? false,
          env: process.env.NODE_ENV,
        });
        if (settings.policy === 'allow-all') {
          logger.warn(
            'aiPlatform.permissions.policy is allow-all: every user may do everything. For development only; a production backend refuses to start with it.',
          );
          policy.setPolicy({
            async handle() {
              return { result: AuthorizeResult.ALLOW };
            },
          });
          return;
        }
        if (settings.admins.length === 0) {
          logger.warn(
            'aiPlatform.permissions.admins is empty: nobody administers the AI Platform, and only teams themselves may create, promote and register for their teams',
          );
        }
        logger.info(
          `AI Platform permission policy: ${settings.admins.length} admin ref(s), ${settings.costReadAll.length} ref(s) reading all cost, ${settings.grants.length} write grant(s)`,
        );
        policy.setPolicy(
          new AiPlatformPermissionPolicy({
            config: settings,
            userInfo,
            logger,
          }),
        );
      },
    });
  },
});

/**
 * The catalog rules the suite's policy decisions use (`IS_MEMBER_OF_TEAM`),
 * so the catalog evaluates the conditions of the write permissions.
 *
 * @public
 */
export const catalogModuleAiPlatformPermissionRules = createBackendModule({
  pluginId: 'catalog',
  moduleId: 'ai-platform-permission-rules',
  register(reg) {
    reg.registerInit({
      deps: { permissionsRegistry: coreServices.permissionsRegistry },
      async init({ permissionsRegistry }) {
        permissionsRegistry.addPermissionRules([isMemberOfTeam]);
      },
    });
  },
});

/**
 * The policy module and the catalog rules it relies on, so that
 * `backend.add(import('@ai-platform/backstage-plugin-permission-backend-module-ai-platform-policy'))`
 * is all a backend needs.
 *
 * @public
 */
export const aiPlatformPolicy = createBackendFeatureLoader({
  *loader() {
    yield permissionModuleAiPlatformPolicy;
    yield catalogModuleAiPlatformPermissionRules;
  },
});
