export { ImplausibleGpuNodes } from './ImplausibleGpuNodes';
