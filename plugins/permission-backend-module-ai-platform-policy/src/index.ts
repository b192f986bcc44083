/**
 * The AI Platform suite's permission policy.
 *
 * @packageDocumentation
 */

export {
  aiPlatformPolicy as default,
  catalogModuleAiPlatformPermissionRules,
  permissionModuleAiPlatformPolicy,
} from './module';
