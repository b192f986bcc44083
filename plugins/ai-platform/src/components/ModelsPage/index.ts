export { ModelsPage, ModelsContent } from './ModelsPage';
