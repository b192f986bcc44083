/**
 * The AI Platform backend plugin: cluster watch caches, domain services, REST
 * API and actions.
 *
 * @packageDocumentation
 */

export { aiPlatformBackend as default, aiPlatformPlugin } from './plugin';
export { clusterSourceServiceFactory } from './clusters/serviceFactory';
export { agentRegistryServiceFactory } from './agents/serviceFactory';
export { modelSourceServiceFactory } from './models/serviceFactory';
