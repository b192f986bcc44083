export { EntityInferenceServiceGpuContent } from './EntityInferenceServiceGpuContent';
