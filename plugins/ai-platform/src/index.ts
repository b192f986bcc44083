/**
 * Frontend of the AI Platform plugins. This entry point serves apps on the
 * legacy frontend system; the new frontend system imports `./alpha`.
 *
 * @packageDocumentation
 */
export {
  aiPlatformPlugin,
  AiPlatformClustersPage,
  AiPlatformGpuPage,
  AiPlatformAgentsPage,
  AiPlatformCapacityFinder,
  EntityTeamGpuContent,
  EntityInferenceServiceGpuContent,
  EntityInferenceServiceRoutingContent,
  AiPlatformInferenceServicesTable,
  EntityClusterGpuContent,
  AiPlatformSovereigntyPage,
  EntitySovereigntyCard,
  AiPlatformModelsPage,
  EntityModelVersionsContent,
  AiPlatformModelVersionPickerFieldExtension,
  AiPlatformClusterPickerFieldExtension,
  AiPlatformGpuProfilePickerFieldExtension,
  AiPlatformConformancePage,
  EntityClusterConformanceContent,
  AiPlatformCostPage,
  EntityGpuCostCard,
  EntityModelVersionCard,
  AiPlatformCraPage,
  EntityCraCard,
  EntityAgentReachCard,
} from './plugin';
export type {
  ClusterPickerUiOptions,
  GpuProfilePickerUiOptions,
  GpuProfileFieldValue,
  ModelVersionFieldValue,
} from './components/formFields';
export { hasSovereignty } from './components/EntitySovereigntyCard';
export { hasGpuCost } from './components/EntityGpuCostCard';
export { hasCraReadiness } from './components/EntityCraCard';
export { hasAgentReach } from './components/EntityAgentReachCard';
export { aiPlatformApiRef, AiPlatformClient } from './api';
export type {
  AiPlatformApi,
  ClusterList,
  CostQuery,
  ServingFilter,
} from './api';
export { ClusterHealthStatus } from './components/ClusterHealthStatus';
export type { CapacityFinderProps } from './components/CapacityFinder';
export {
  isInferenceServiceEntity,
  isKubernetesClusterEntity,
} from './lib/entityGpuTargets';
export { isAiModelEntity } from './lib/modelFormat';
