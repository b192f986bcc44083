export { EntityCraCard, hasCraReadiness } from './EntityCraCard';
