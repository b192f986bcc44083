export { aiPlatformApiRef } from './AiPlatformApi';
export type { AiPlatformApi, ClusterList } from './AiPlatformApi';
export { AiPlatformClient } from './AiPlatformClient';
