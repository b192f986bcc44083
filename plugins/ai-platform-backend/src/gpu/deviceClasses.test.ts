import type { GpuDeviceClassRecogniser } from '@ai-platform/backstage-plugin-ai-platform-node';
import { clusterView } from '../__testUtils__/clusterViews';
import type { KubeObject } from '../clusters/kinds';
import { computeClusterGpus } from './clusterGpus';
import {
  deviceClassRecognition,
  gpuNameRecogniser,
  suiteDeviceClassRecognition,
} from './deviceClasses';

// A DeviceClass in the upstream shape (resource.k8s.io/v1), of a driver whose
// class name does not say "gpu", and a quota and a pending claim on it.
const acceleratorClass: KubeObject = {
  apiVersion: 'resource.k8s.io/v1',
  kind: 'DeviceClass',
  metadata: { name: 'accel.example.com' },
  spec: {
    selectors: [
      { cel: { expression: "device.driver == 'accel.example.com'" } },
    ],
  },
};
const quota: KubeObject = {
  apiVersion: 'v1',
  kind: 'ResourceQuota',
  metadata: { name: 'accelerators', namespace: 'team-a' },
  spec: {
    hard: { 'accel.example.com.deviceclass.resource.k8s.io/devices': '4' },
  },
  status: {
    hard: { 'accel.example.com.deviceclass.resource.k8s.io/devices': '4' },
    used: { 'accel.example.com.deviceclass.resource.k8s.io/devices': '1' },
  },
};
const claim: KubeObject = {
  apiVersion: 'resource.k8s.io/v1',
  kind: 'ResourceClaim',
  metadata: { name: 'train', namespace: 'team-a' },
  spec: {
    devices: {
      requests: [
        {
          name: 'accel',
          exactly: { deviceClassName: 'accel.example.com', count: 2 },
        },
      ],
    },
  },
};

/** Says yes to classes whose selectors name the driver it knows. */
const exampleDriverRecogniser: GpuDeviceClassRecogniser = {
  id: 'example-driver',
  recognise: ({ object }) => {
    const selectors = (object?.spec?.selectors ?? []) as Array<{
      cel?: { expression?: string };
    }>;
    return selectors.some(s =>
      s.cel?.expression?.includes("device.driver == 'accel.example.com'"),
    )
      ? true
      : undefined;
  },
};

describe('GPU device-class recognisers', () => {
  const view = clusterView('c', [acceleratorClass, quota, claim]);

  it('leaves a class whose name does not say gpu out by default', () => {
    const state = computeClusterGpus(view);
    // No GPU quota and no GPU demand: the namespace is not on the GPU page.
    expect(state.quotas.find(q => q.namespace === 'team-a')).toBeUndefined();
  });

  it('counts quotas and pending claims on a class a recogniser knows, reading its DeviceClass', () => {
    const state = computeClusterGpus(
      view,
      deviceClassRecognition([exampleDriverRecogniser, gpuNameRecogniser]),
    );
    const teamA = state.quotas.find(q => q.namespace === 'team-a')!;
    expect(teamA.quotas).toEqual([
      {
        name: 'accelerators',
        resources: [
          {
            key: 'accel.example.com.deviceclass.resource.k8s.io/devices',
            resource: 'deviceclass/accel.example.com',
            hard: 4,
            used: 1,
          },
        ],
      },
    ]);
    expect(teamA.pending).toEqual({ 'dra-devices': 2 });
  });

  it('lets the first recogniser that answers decide, and no answer means no GPU', () => {
    const no: GpuDeviceClassRecogniser = {
      id: 'no',
      recognise: ({ name }) => (name === 'gpu.nvidia.com' ? false : undefined),
    };
    const recognition = deviceClassRecognition([no, gpuNameRecogniser]);
    expect(recognition('gpu.nvidia.com')).toBe(false);
    expect(recognition('gpu.amd.com')).toBe(true);
    expect(recognition('fpga.example.com')).toBe(false);
    expect(suiteDeviceClassRecognition('gpu.intel.com')).toBe(true);
  });
});
