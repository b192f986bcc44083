export { GpuProfilePicker, validateGpuProfile } from './GpuProfilePicker';
