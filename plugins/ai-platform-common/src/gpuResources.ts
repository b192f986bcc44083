/**
 * What a unit of a GPU-related resource is, so figures of different
 * resources are never added together and each is shown in its own unit:
 * whole GPUs, MIG instances, shared slots, DRA devices, GPU memory or GPU
 * cores as the scheduler extension that defines the resource counts them.
 *
 * @public
 */
export type GpuResourceUnit =
  | 'gpus'
  | 'mig-instances'
  | 'shared-slots'
  | 'devices'
  | 'bytes'
  | 'MiB'
  | 'GiB'
  | 'percent'
  | 'units';

/**
 * The unit of a GPU-related resource name as it appears in pod requests,
 * ResourceQuota keys (without prefix) and Kueue/KAI quotas.
 *
 * - `nvidia.com/gpu`, `amd.com/gpu`, `gpu.intel.com/*`: whole GPUs
 * - `nvidia.com/mig-<profile>`: MIG instances; `nvidia.com/gpu.shared`: shared slots
 * - `deviceclass/<class>`: DRA devices of a DeviceClass
 * - HAMi (Project-HAMi/HAMi): `nvidia.com/gpumem` and Kueue's `nvidia.com/total-gpumem`
 *   MiB; `nvidia.com/gpumem-percentage`, `nvidia.com/gpucores` and
 *   `nvidia.com/total-gpucores` percent of one GPU
 * - Alibaba GPU sharing: `aliyun.com/gpu-mem` GiB
 * - Kueue DRA counter mappings such as `gpu.memory`: bytes (a quantity)
 *
 * @public
 */
export function gpuResourceUnit(resource: string): GpuResourceUnit {
  if (resource.startsWith('deviceclass/')) return 'devices';
  if (resource.startsWith('nvidia.com/mig-')) return 'mig-instances';
  if (resource === 'nvidia.com/gpu.shared') return 'shared-slots';
  if (/gpumem$/.test(resource)) return 'MiB';
  if (resource === 'aliyun.com/gpu-mem') return 'GiB';
  if (/percentage$|cores?$/i.test(resource)) return 'percent';
  if (/mem(ory)?$/i.test(resource)) return 'bytes';
  if (
    ['nvidia.com/gpu', 'amd.com/gpu'].includes(resource) ||
    resource.startsWith('gpu.intel.com/')
  ) {
    return 'gpus';
  }
  return 'units';
}

/**
 * Whether a Kueue or KAI quota resource concerns GPUs: a device-plugin GPU
 * resource, a GPU DeviceClass, or a resource named after GPUs (Kueue maps
 * DRA device classes and counters to such names through
 * `resources.deviceClassMappings`, e.g. `gpu.memory`, `example.com/gpu`;
 * HAMi adds `nvidia.com/gpumem` and `nvidia.com/gpucores`).
 *
 * @public
 */
export function isGpuQuotaResourceName(resource: string): boolean {
  return /gpu/i.test(resource) || resource.startsWith('nvidia.com/mig-');
}
