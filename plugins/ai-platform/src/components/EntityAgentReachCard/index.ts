export {
  EntityAgentReachCard,
  agentOfEntity,
  hasAgentReach,
} from './EntityAgentReachCard';
