export { SovereigntyStatusCell } from './SovereigntyStatusCell';
