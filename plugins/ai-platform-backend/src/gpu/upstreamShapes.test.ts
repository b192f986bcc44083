import {
  configuredDeviceClassRecogniser,
  DEFAULT_GPU_DEVICE_CLASSES,
  deviceClassRecognition,
  GpuDeviceClasses,
} from './deviceClasses';
import { computeClusterGpus } from './clusterGpus';
import { readDraDevices } from './dra';
import { findCapacity } from './finder';
import { UNKNOWN_PRODUCT } from './nodes';
import {
  clusterView,
  exampleObjects,
  notUnderstoodOf,
  upstreamObjects,
} from '../__testUtils__/clusterViews';
import {
  parseAmount,
  parseDeviceCount,
} from '@ai-platform/backstage-plugin-ai-platform-common';
import { projectDefault } from '../clusters/kinds';

const mib = (quantity: string) => {
  const parsed = parseAmount(quantity);
  if (!parsed.ok) throw new Error(parsed.reason);
  return parsed.amount / 2 ** 20;
};

describe('DRA devices from any driver (upstream samples)', () => {
  const exampleSlices = upstreamObjects(
    'dra-example-driver--resourceslices.yaml',
  );
  const objects = upstreamObjects(
    'dra-example-driver--resourceslices.yaml',
    'dra-example-driver--deviceclass.yaml',
    'dra-example-driver--basic-multiple-requests.yaml',
    'amd-gpu-dra-driver--resourceslice-trimmed.yaml',
    'amd-gpu-dra-driver--deviceclass.yaml',
  );
  // What the YAML says: every device of the example driver's slices.
  const expectedDevices = exampleSlices
    .filter(s => s.spec.driver === 'gpu.example.com')
    .flatMap(s => s.spec.devices.map((d: any) => ({ slice: s, device: d })));

  it('counts the example driver GPUs when its DeviceClass is configured as a GPU class', () => {
    const state = computeClusterGpus(
      clusterView('dra', objects),
      deviceClassRecognition([
        configuredDeviceClassRecogniser([
          ...DEFAULT_GPU_DEVICE_CLASSES,
          'gpu.example.com',
        ]),
      ]),
    );
    const products = [
      ...new Set(
        expectedDevices.map(({ device }) => device.attributes.model.string),
      ),
    ];
    expect(state.products.map(p => p.product)).toEqual(products);
    const pool = state.pools.find(p => p.kind === 'dra')!;
    expect(pool).toMatchObject({
      resource: 'gpu.example.com',
      capacity: expectedDevices.length,
      allocatable: expectedDevices.length,
      allocated: 0,
      free: expectedDevices.length,
      memoryMiB: mib(expectedDevices[0].device.capacity.memory.value),
    });
    expect(state.products[0].physicalGpus).toBe(expectedDevices.length);
    // The pending claim template asks for devices of a GPU class: nothing pending
    // without a ResourceClaim, and the pod itself asks for no device-plugin GPU.
    expect(state.pods).toEqual([]);
  });

  it('does not count devices of a class that is not a GPU class', () => {
    const state = computeClusterGpus(clusterView('dra', objects));
    expect(state.pools).toEqual([]);
  });

  it('says "unknown" when the driver publishes no product attribute', () => {
    const slice = structuredClone(exampleSlices[0]);
    for (const device of slice.spec.devices) delete device.attributes.model;
    const devices = readDraDevices(
      [projectDefault(slice)],
      new GpuDeviceClasses(
        upstreamObjects('dra-example-driver--deviceclass.yaml').map(
          projectDefault,
        ),
        name => name === 'gpu.example.com',
      ),
    );
    expect(devices).toHaveLength(slice.spec.devices.length);
    expect(new Set(devices.map(d => d.product))).toEqual(
      new Set([UNKNOWN_PRODUCT]),
    );
  });

  it('reads the v1beta1 shape (attributes and capacity under `basic`)', () => {
    const v1 = exampleSlices[0];
    const v1beta1 = {
      ...structuredClone(v1),
      apiVersion: 'resource.k8s.io/v1beta1',
      spec: {
        ...v1.spec,
        devices: v1.spec.devices.map((d: any) => ({
          name: d.name,
          basic: { attributes: d.attributes, capacity: d.capacity },
        })),
      },
    };
    const classes = new GpuDeviceClasses(
      [],
      name => name === 'gpu.example.com',
    );
    expect(readDraDevices([projectDefault(v1beta1)], classes)).toEqual(
      readDraDevices([projectDefault(v1)], classes),
    );
  });

  it('reports the trimmed AMD slice (no driver, no pool) as not understood', () => {
    const trimmed = upstreamObjects(
      'amd-gpu-dra-driver--resourceslice-trimmed.yaml',
    )[0];
    expect(notUnderstoodOf(objects)).toEqual([
      {
        kind: 'resource.k8s.io/ResourceSlice',
        namespace: undefined,
        name: trimmed.metadata.name,
        reasons: [
          `spec.driver or spec.pool.name is missing; its ${trimmed.spec.devices.length} device(s) are not counted`,
        ],
      },
    ]);
  });
});

describe('hostile GPU objects', () => {
  const objects = upstreamObjects('hostile--gpu.yaml');
  const view = clusterView('hostile', objects);
  const state = computeClusterGpus(view);
  const nodes = objects.filter(o => o.kind === 'Node');
  const gfdCount = (n: any) =>
    Number(n.metadata.labels?.['nvidia.com/gpu.count'] ?? NaN);
  const advertised = (n: any) => {
    const [name, value] = Object.entries(n.status.capacity).find(([k]) =>
      /gpu/.test(k),
    )!;
    return { name, parsed: parseDeviceCount(value) };
  };
  // From the YAML: which nodes are believable.
  const believable = nodes.filter(n => {
    const { parsed } = advertised(n);
    if (!parsed.ok) return false;
    const limit = Number.isNaN(gfdCount(n)) ? 64 : gfdCount(n);
    return parsed.count <= limit;
  });
  const implausible = nodes.filter(n => {
    const { parsed } = advertised(n);
    return parsed.ok && !believable.includes(n);
  });
  const unreadable = nodes.filter(n => !advertised(n).parsed.ok);

  it('leaves implausible and unreadable nodes out of every figure', () => {
    const counted = believable.reduce(
      (sum, n) => sum + (advertised(n).parsed as { count: number }).count,
      0,
    );
    expect(state.products.map(p => p.physicalGpus)).toEqual([counted]);
    expect(state.pools.map(p => [p.resource, p.capacity, p.free])).toEqual([
      ['nvidia.com/gpu', counted, counted],
    ]);
    expect(state.implausibleNodes.map(n => n.node).sort()).toEqual(
      implausible.map(n => n.metadata.name).sort(),
    );
    expect(
      state.implausibleNodes.find(n => n.node === 'phantom-2k')!.reason,
    ).toBe(
      'nvidia.com/gpu advertises 2000 GPUs, but GPU Feature Discovery counts 8 GPUs (label nvidia.com/gpu.count)',
    );
  });

  it('never offers an implausible node in the finder', () => {
    const places = [{ view, state }];
    const counted = (advertised(believable[0]).parsed as { count: number })
      .count;
    const fits = findCapacity({ gpus: counted }, places);
    expect(fits.candidates.map(c => [c.freeGpus, c.largestFreeOnNode])).toEqual(
      [[counted, counted]],
    );
    expect(findCapacity({ gpus: counted + 1 }, places).candidates).toEqual([]);
  });

  it('shows readable GPU quota keys of any prefix and drops only the bad one', () => {
    const quota = objects.find(o => o.kind === 'ResourceQuota')!;
    const rows = state.quotas.flatMap(q => q.quotas.flatMap(x => x.resources));
    expect(rows).toEqual([
      {
        key: 'limits.nvidia.com/gpu',
        resource: 'nvidia.com/gpu',
        scope: 'limits',
        hard: Number(quota.status.hard['limits.nvidia.com/gpu']),
        used: Number(quota.status.used['limits.nvidia.com/gpu']),
      },
    ]);
    expect(state.queues).toEqual([]);
  });

  it('names every object it does not understand, and only those', () => {
    const reported = notUnderstoodOf(objects);
    expect(reported.map(r => `${r.kind} ${r.name}`).sort()).toEqual(
      [
        ...implausible.map(n => `core/Node ${n.metadata.name}`),
        ...unreadable.map(n => `core/Node ${n.metadata.name}`),
        'core/Pod bad-request',
        'core/ResourceQuota hostile-quota',
        'kueue.x-k8s.io/ClusterQueue hostile-cq',
        'resource.k8s.io/DeviceClass gpu.broken.example',
      ].sort(),
    );
    const negative = reported.find(r => r.name === 'negative-gpus')!;
    expect(negative.reasons).toEqual([
      "status.capacity['nvidia.com/gpu']: '-4' is negative; nvidia.com/gpu not counted",
      "status.allocatable['nvidia.com/gpu']: '-4' is negative; nvidia.com/gpu not counted",
    ]);
  });
});

describe('Kueue quotas on DRA classes and extended GPU resources (upstream samples)', () => {
  const files = [
    'kueue--dra-sample-dra-queues.yaml',
    'kueue--dra-sample-dra-counter-queues.yaml',
    'kueue--serving-workloads-sample-hami.yaml',
    'kueue--tas-sample-gpu-queues.yaml',
  ];

  it.each(files)('shows every GPU resource of %s in its own unit', file => {
    const objects = upstreamObjects(file);
    const state = computeClusterGpus(clusterView('kueue', objects));
    const queue = objects.find(o => o.kind === 'ClusterQueue')!;
    const expected = queue.spec.resourceGroups.flatMap((g: any) =>
      g.flavors.flatMap((f: any) =>
        f.resources
          .filter((r: any) => !['cpu', 'memory'].includes(r.name))
          .map((r: any) => {
            const amount = parseAmount(r.nominalQuota);
            return [f.name, r.name, amount.ok ? amount.amount : NaN];
          }),
      ),
    );
    expect(state.queues).toHaveLength(1);
    expect(
      state.queues[0].quotas.map(q => [q.flavor, q.resource, q.nominal]),
    ).toEqual(expected);
    expect(notUnderstoodOf(objects)).toEqual([]);
  });

  it('gives GPU memory and cores their units', () => {
    const hami = computeClusterGpus(
      clusterView('kueue', upstreamObjects(files[2])),
    ).queues[0];
    expect(hami.quotas.map(q => [q.resource, q.unit])).toEqual([
      ['nvidia.com/gpu', undefined],
      ['nvidia.com/total-gpucores', 'percent'],
      ['nvidia.com/total-gpumem', 'MiB'],
    ]);
    const counter = computeClusterGpus(
      clusterView('kueue', upstreamObjects(files[1])),
    ).queues[0];
    expect(counter.quotas.map(q => [q.resource, q.unit])).toEqual([
      ['gpu.memory', 'bytes'],
    ]);
  });
});

describe('the demo clusters', () => {
  it.each(['eu-sovereign-fra', 'eu-hyperscaler-par', 'us-east-virginia'])(
    '%s holds nothing the backend does not understand',
    name => {
      expect(notUnderstoodOf(exampleObjects(name))).toEqual([]);
    },
  );
});
