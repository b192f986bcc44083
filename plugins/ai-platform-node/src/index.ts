/**
 * Service references and extension points of the AI Platform backend, for
 * other backend plugins and modules.
 *
 * @packageDocumentation
 */

export * from './clusterSource';
export * from './agentRegistry';
export * from './modelSource';
export * from './gpuExtensions';
export * from './conformanceExtensions';
export * from './costExtensions';
export * from './sovereigntyExtensions';
export * from './aiPlatformService';
export * from './gitops';
