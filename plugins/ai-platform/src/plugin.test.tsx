import { getComponentData } from '@backstage/core-plugin-api';
import {
  AiPlatformClusterPickerFieldExtension,
  AiPlatformGpuProfilePickerFieldExtension,
  AiPlatformModelVersionPickerFieldExtension,
} from './plugin';

// The key under which ScaffolderFieldExtensions finds field extensions.
const FIELD_EXTENSION_KEY = 'scaffolder.extensions.field.v1';

describe('legacy scaffolder field exports', () => {
  it.each([
    [
      AiPlatformModelVersionPickerFieldExtension,
      'AiPlatformModelVersionPicker',
    ],
    [AiPlatformClusterPickerFieldExtension, 'AiPlatformClusterPicker'],
    [AiPlatformGpuProfilePickerFieldExtension, 'AiPlatformGpuProfilePicker'],
  ])('%#: exposes the field %s with its validation', (Extension, name) => {
    const field = getComponentData<{ name: string; validation?: unknown }>(
      <Extension />,
      FIELD_EXTENSION_KEY,
    );
    expect(field?.name).toBe(name);
    expect(typeof field?.validation).toBe('function');
  });
});
