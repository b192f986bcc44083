export { NotUnderstoodObjects } from './NotUnderstoodObjects';
