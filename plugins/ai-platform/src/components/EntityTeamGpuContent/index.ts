export { EntityTeamGpuContent } from './EntityTeamGpuContent';
