export { EntityInferenceServiceRoutingContent } from './EntityInferenceServiceRoutingContent';
