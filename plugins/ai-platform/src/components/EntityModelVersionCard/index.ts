export { EntityModelVersionCard, workloadOf } from './EntityModelVersionCard';
