export { aiPlatformApiRef } from './AiPlatformApi';
export type {
  AiPlatformApi,
  ClusterList,
  CostQuery,
  ServingFilter,
} from './AiPlatformApi';
export { AiPlatformClient } from './AiPlatformClient';
