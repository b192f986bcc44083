export { AgentReachDetail, AgentReachSummary, flagSummary } from './AgentReach';
