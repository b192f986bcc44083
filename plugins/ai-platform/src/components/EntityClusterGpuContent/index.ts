export { EntityClusterGpuContent } from './EntityClusterGpuContent';
