/**
 * Catalog module of the AI Platform plugins: entity providers for clusters
 * (and, as the domains land, models, agents, MCP servers and inference
 * services).
 *
 * @packageDocumentation
 */

export { catalogModuleAiPlatform as default } from './module';
export {
  ClusterEntityProvider,
  clusterToEntity,
} from './providers/ClusterEntityProvider';
export {
  ModelEntityProvider,
  modelEntityNames,
  modelToEntity,
} from './providers/ModelEntityProvider';
