import { ClusterPicker, validateCluster } from './ClusterPicker';
import type { ClusterPickerUiOptions } from './ClusterPicker/ClusterPicker';
import { GpuProfilePicker, validateGpuProfile } from './GpuProfilePicker';
import type { GpuProfilePickerUiOptions } from './GpuProfilePicker/GpuProfilePicker';
import { ModelVersionPicker, validateModelVersion } from './ModelVersionPicker';
import type {
  GpuProfileFieldValue,
  ModelVersionFieldValue,
} from '../lib/formFields';

/*
 * The three scaffolder fields, once, as the options both frontend systems
 * take: `createScaffolderFieldExtension` (legacy) and `createFormField` (new).
 * The names are the `ui:field` values templates use; do not change them.
 */

export const modelVersionPicker = {
  name: 'AiPlatformModelVersionPicker',
  component: ModelVersionPicker,
  validation: validateModelVersion,
};

export const clusterPicker = {
  name: 'AiPlatformClusterPicker',
  component: ClusterPicker,
  validation: validateCluster,
};

export const gpuProfilePicker = {
  name: 'AiPlatformGpuProfilePicker',
  component: GpuProfilePicker,
  validation: validateGpuProfile,
};

export type {
  ClusterPickerUiOptions,
  GpuProfilePickerUiOptions,
  GpuProfileFieldValue,
  ModelVersionFieldValue,
};
