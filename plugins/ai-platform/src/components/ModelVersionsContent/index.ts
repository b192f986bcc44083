export { ModelVersionsContent } from './ModelVersionsContent';
