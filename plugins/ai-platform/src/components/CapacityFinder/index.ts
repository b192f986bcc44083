export { CapacityFinder } from './CapacityFinder';
export type { CapacityFinderProps } from './CapacityFinder';
