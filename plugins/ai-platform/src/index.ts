/**
 * Frontend of the AI Platform plugins.
 *
 * @packageDocumentation
 */
export { aiPlatformApiRef, AiPlatformClient } from './api';
export type { AiPlatformApi, ClusterList } from './api';
