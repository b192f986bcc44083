export { GpuQueuesTable } from './GpuQueuesTable';
