export { FilterBar, FilterSelect, filterFieldSx } from './Filters';
