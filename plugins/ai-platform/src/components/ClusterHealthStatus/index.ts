export { ClusterHealthStatus } from './ClusterHealthStatus';
