import type {
  CachedObject,
  ClusterView,
  GpuDeviceClassRecogniser,
} from '@ai-platform/backstage-plugin-ai-platform-node';

/**
 * Whether a DRA device class (by name, with its DeviceClass object when the
 * cache holds it) hands out GPUs.
 */
export type IsGpuDeviceClass = (name: string, object?: CachedObject) => boolean;

/**
 * The suite's own recogniser: a class whose name says so (`gpu.nvidia.com`,
 * `gpu.amd.com`, `gpu.intel.com`, `gpu.example.com`) hands out GPUs. It
 * answers only for such names and leaves every other class to others.
 */
export const gpuNameRecogniser: GpuDeviceClassRecogniser = {
  id: 'name',
  recognise: ({ name }) => (/gpu/i.test(name) ? true : undefined),
};

/**
 * One answer from the recognisers: the first that answers decides, in
 * order; a class none answers for is not a GPU class.
 */
export function deviceClassRecognition(
  recognisers: readonly GpuDeviceClassRecogniser[],
): IsGpuDeviceClass {
  return (name, object) => {
    for (const recogniser of recognisers) {
      const verdict = recogniser.recognise({ name, object });
      if (verdict !== undefined) return verdict;
    }
    return false;
  };
}

/** The recognition of the suite's own recognisers only. */
export const suiteDeviceClassRecognition = deviceClassRecognition([
  gpuNameRecogniser,
]);

/**
 * Whether a device class of one cluster hands out GPUs, with the cluster's
 * DeviceClass objects given to the recognisers.
 */
export function gpuClassesOf(
  view: ClusterView,
  recognition: IsGpuDeviceClass = suiteDeviceClassRecognition,
): (name: string) => boolean {
  const objects = new Map(
    view
      .list('resource.k8s.io/DeviceClass')
      .map(c => [c.metadata.name, c] as const),
  );
  return name => recognition(name, objects.get(name));
}
