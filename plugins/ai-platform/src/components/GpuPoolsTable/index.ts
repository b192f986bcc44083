export { GpuPoolsTable } from './GpuPoolsTable';
