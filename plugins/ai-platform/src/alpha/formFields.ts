import { createFormField } from '@backstage/plugin-scaffolder-react/alpha';
import {
  clusterPicker,
  gpuProfilePicker,
  modelVersionPicker,
} from '../components/formFields';

/* Loaded lazily by the FormFieldBlueprint extensions of ./plugin. */

export const modelVersionFormField = createFormField(modelVersionPicker);
export const clusterFormField = createFormField(clusterPicker);
export const gpuProfileFormField = createFormField(gpuProfilePicker);
