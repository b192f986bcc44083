/**
 * The extended resources through which device plugins hand out GPUs, and how
 * to read one name. Shapes: NVIDIA/k8s-device-plugin (whole GPUs, MIG mixed
 * strategy, `.shared` renaming when sharing is configured to rename).
 */

export const NVIDIA_GPU = 'nvidia.com/gpu';
const NVIDIA_SHARED = 'nvidia.com/gpu.shared';
const MIG_PREFIX = 'nvidia.com/mig-';
const OTHER_WHOLE_GPUS = [
  'amd.com/gpu',
  'gpu.intel.com/i915',
  'gpu.intel.com/xe',
];

export type GpuResource =
  | { type: 'gpu'; resource: string }
  | { type: 'shared'; resource: string }
  | { type: 'mig'; resource: string; profile: string };

/** What a resource name on a node or in a pod's requests means, if it is a GPU. */
export function parseGpuResource(name: string): GpuResource | undefined {
  if (name === NVIDIA_GPU || OTHER_WHOLE_GPUS.includes(name)) {
    return { type: 'gpu', resource: name };
  }
  if (name === NVIDIA_SHARED) return { type: 'shared', resource: name };
  if (name.startsWith(MIG_PREFIX)) {
    return {
      type: 'mig',
      resource: name,
      profile: name.slice(MIG_PREFIX.length),
    };
  }
  return undefined;
}

/** Whether a resource name is a GPU of any kind. */
export function isGpuResource(name: string): boolean {
  return parseGpuResource(name) !== undefined;
}
