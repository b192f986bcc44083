/**
 * Catalog module of the AI Platform plugins: entity providers for clusters,
 * agents and MCP servers (and, as the domains land, models and inference
 * services).
 *
 * @packageDocumentation
 */

export { catalogModuleAiPlatform as default } from './module';
export {
  ClusterEntityProvider,
  clusterToEntity,
} from './providers/ClusterEntityProvider';
export { AgentEntityProvider } from './providers/AgentEntityProvider';
export {
  agentToEntity,
  mcpServerToEntity,
  serverJson,
  SERVER_JSON_META_KEY,
  SERVER_JSON_SCHEMA,
} from './providers/agentEntities';
export {
  ModelEntityProvider,
  modelEntityNames,
  modelToEntity,
} from './providers/ModelEntityProvider';
