export { aiPlatformApiRef } from './AiPlatformApi';
export type { AiPlatformApi, ClusterList, CostQuery } from './AiPlatformApi';
export { AiPlatformClient } from './AiPlatformClient';
