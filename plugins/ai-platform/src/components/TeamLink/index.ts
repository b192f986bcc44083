export { TeamLink } from './TeamLink';
