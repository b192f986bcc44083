export { ClusterFigures } from './ClusterFigures';
