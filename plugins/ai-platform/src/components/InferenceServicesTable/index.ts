export { InferenceServicesTable, Problems } from './InferenceServicesTable';
