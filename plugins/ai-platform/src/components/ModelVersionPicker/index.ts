export { ModelVersionPicker, validateModelVersion } from './ModelVersionPicker';
