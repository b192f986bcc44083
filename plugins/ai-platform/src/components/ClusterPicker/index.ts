export { ClusterPicker, validateCluster } from './ClusterPicker';
