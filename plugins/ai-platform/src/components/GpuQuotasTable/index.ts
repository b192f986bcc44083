export { GpuQuotasTable, ClusterCell } from './GpuQuotasTable';
export type { ClusterRef } from './GpuQuotasTable';
