export { EntityClusterConformanceContent } from './EntityClusterConformanceContent';
