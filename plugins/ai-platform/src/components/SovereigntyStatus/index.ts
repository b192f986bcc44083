export { SovereigntyStatus, SovereigntyFindings } from './SovereigntyStatus';
