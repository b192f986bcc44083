export { GpuFigures } from './GpuFigures';
