export { SupplyChainMarks, SupplyChainMark } from './SupplyChainMarks';
