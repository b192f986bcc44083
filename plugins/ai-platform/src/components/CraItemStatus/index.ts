export { CraItemStatus } from './CraItemStatus';
export { CraItemsDetail } from './CraItemsDetail';
