/**
 * Isomorphic types, label keys and pure rules of the AI Platform plugins.
 *
 * @packageDocumentation
 */

export * from './labels';
export * from './agents';
export * from './agentReach';
export * from './clusters';
export * from './gpu';
export * from './gpuShare';
export * from './permissions';
export * from './sovereignty';
export * from './fit';
export * from './models';
export * from './llm';
export * from './cost';
export * from './conformance';
export * from './conformanceChecklist';
export * from './cra';
export * from './governance';
export * from './quantity';
export * from './gpuResources';
export * from './kserve';
export * from './redaction';
export * from './routing';
export * from './inferenceServices';
export type {
  paths as AiPlatformApiPaths,
  components as AiPlatformApiComponents,
  operations as AiPlatformApiOperations,
} from './schema/openapi';
export type {
  AiPlatformApiAnswer,
  AiPlatformApiPathParams,
  AiPlatformApiQuery,
  AiPlatformApiRoute,
} from './schema/routes';
