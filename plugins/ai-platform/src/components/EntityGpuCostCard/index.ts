export { EntityGpuCostCard, hasGpuCost } from './EntityGpuCostCard';
