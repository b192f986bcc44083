export { AgentsTable } from './AgentsTable';
