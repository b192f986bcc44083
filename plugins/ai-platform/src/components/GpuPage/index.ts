export { GpuPage } from './GpuPage';
