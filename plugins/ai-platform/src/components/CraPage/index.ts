export { CraPage } from './CraPage';
