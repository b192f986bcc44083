import { describeGpuShare, gpuShare, migComputeSlices } from './gpuShare';

describe('gpuShare', () => {
  it.each([
    ['a whole GPU', { kind: 'whole' as const }, 1],
    ['a DRA GPU device', { kind: 'dra' as const }, 1],
    [
      'an H100 3g.40gb slice',
      {
        kind: 'mig' as const,
        migProfile: '3g.40gb',
        product: 'NVIDIA-H100-80GB-HBM3',
      },
      3 / 7,
    ],
    [
      'a 1g.10gb+me slice',
      { kind: 'mig' as const, migProfile: '1g.10gb+me' },
      1 / 7,
    ],
    ['a 7g.80gb slice', { kind: 'mig' as const, migProfile: '7g.80gb' }, 1],
    [
      'an A30 2g.12gb slice (4 slices per GPU)',
      { kind: 'mig' as const, migProfile: '2g.12gb', product: 'NVIDIA-A30' },
      1 / 2,
    ],
    [
      'a time-sliced slot of 4',
      { kind: 'shared' as const, replicasPerGpu: 4 },
      1 / 4,
    ],
    ['an MPS slot of 2', { kind: 'shared' as const, replicasPerGpu: 2 }, 1 / 2],
    [
      'a DRA MIG device',
      { kind: 'dra' as const, migProfile: '1g.10gb' },
      1 / 7,
    ],
    [
      'a DRA partition the driver sizes',
      { kind: 'dra' as const, deviceShare: 0.25 },
      0.25,
    ],
  ])('values %s at its share of a physical GPU', (_what, pool, share) => {
    expect(gpuShare(pool)).toBeCloseTo(share, 10);
  });

  it.each([
    [
      'replicas it cannot read',
      { kind: 'shared' as const, replicasPerGpu: Number.NaN },
    ],
    ['a profile it cannot read', { kind: 'mig' as const, migProfile: 'big' }],
    [
      'a partition share out of range',
      { kind: 'dra' as const, deviceShare: -1 },
    ],
  ])(
    'counts %s as a whole GPU, overstating rather than hiding cost',
    (_what, pool) => {
      expect(gpuShare(pool)).toBe(1);
    },
  );

  it('reads compute slices of GPU and compute instance profiles', () => {
    expect(migComputeSlices('3g.40gb')).toBe(3);
    expect(migComputeSlices('1c.3g.40gb')).toBe(1);
    expect(migComputeSlices('gpu')).toBeUndefined();
  });

  it('says how a share was reached', () => {
    expect(
      describeGpuShare({
        kind: 'shared',
        replicasPerGpu: 4,
        sharingStrategy: 'time-slicing',
      }),
    ).toBe('1/4 GPU (time-slicing ×4)');
    expect(describeGpuShare({ kind: 'mig', migProfile: '3g.40gb' })).toBe(
      '3/7 GPU (MIG 3g.40gb)',
    );
    expect(describeGpuShare({ kind: 'whole' })).toBe('1 GPU');
  });
});
