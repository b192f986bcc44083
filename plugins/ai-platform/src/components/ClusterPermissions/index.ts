export { ClusterPermissions } from './ClusterPermissions';
