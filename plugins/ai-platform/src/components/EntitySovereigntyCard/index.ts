export { EntitySovereigntyCard, hasSovereignty } from './EntitySovereigntyCard';
