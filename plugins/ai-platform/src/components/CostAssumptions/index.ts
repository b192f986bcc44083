export { CostAssumptions } from './CostAssumptions';
