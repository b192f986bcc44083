import {
  bytesPerParameter,
  estimateModelMemory,
  fitModel,
  fitTier,
  migProfile,
  wholeGpuProfile,
} from '.';

describe('bytesPerParameter', () => {
  it.each([
    ['float32', undefined, 4],
    ['bfloat16', undefined, 2],
    ['float16', undefined, 2],
    ['float8_e4m3', undefined, 1],
    ['int8', undefined, 1],
    ['int4', undefined, 0.5],
    ['float16,float8_e4m3', undefined, 2],
    ['bfloat16', 'awq', 0.5],
    [undefined, 'q4_k_m', 0.5],
    ['BF16', undefined, 2],
    ['complex64', undefined, undefined],
    [undefined, undefined, undefined],
  ])('%s with quantization %s takes %s bytes', (precision, quant, bytes) => {
    expect(bytesPerParameter(precision, quant)).toBe(bytes);
  });
});

describe('estimateModelMemory', () => {
  it.each([
    // AI Runway's rule: ceil(8e9 x 2 x 1.2 / 1024^3) = 18 GB for an 8B fp16 model.
    [{ parameterCount: 8e9, precision: 'bfloat16' }, 14.9, 17.88],
    [{ parameterCount: 24e9, precision: 'bfloat16' }, 44.7, 53.64],
    [{ parameterCount: 7.2e9, precision: 'float16' }, 13.41, 16.09],
    [{ parameterCount: 8e9, precision: 'float8_e4m3' }, 7.45, 8.94],
    [{ parameterCount: 3.8e9, precision: 'int4' }, 1.77, 2.12],
    [{ parameterCount: 70e9, precision: 'float32' }, 260.77, 312.92],
  ])('%j: weights %s GiB, total %s GiB', (input, weights, total) => {
    const estimate = estimateModelMemory(input);
    expect(estimate.method).toBe('weights-x1.2');
    expect(estimate.weightsGiB).toBeCloseTo(weights, 1);
    expect(estimate.totalGiB).toBeCloseTo(total, 1);
  });

  it('sizes the KV cache from context length, concurrency and the transformer shape', () => {
    // Llama 3.1 8B: 32 layers, 8 KV heads, head size 128: 128 KiB per token.
    const estimate = estimateModelMemory({
      parameterCount: 8e9,
      precision: 'bfloat16',
      contextLength: 8192,
      concurrency: 16,
      architecture: { layers: 32, kvHeads: 8, headDim: 128 },
    });
    expect(estimate.method).toBe('weights+kv-cache');
    expect(estimate.kvCacheGiB).toBe(16); // 8192 x 128 KiB x 16
    expect(estimate.totalGiB).toBeCloseTo(14.9 + 16 + 1.49, 1);
  });

  it('says why the KV cache was not sized when only a context length is given', () => {
    const estimate = estimateModelMemory({
      parameterCount: 8e9,
      precision: 'bfloat16',
      contextLength: 8192,
    });
    expect(estimate.method).toBe('weights-x1.2');
    expect(estimate.assumptions[0]).toContain('could not be sized');
  });

  it.each([
    [{ parameterCount: 0, precision: 'bf16' }, 'positive number'],
    [{ parameterCount: 8e9, precision: 'complex64' }, 'no known byte width'],
    [
      {
        parameterCount: 8e9,
        precision: 'bf16',
        contextLength: -1,
        architecture: { layers: 32, kvHeads: 8, headDim: 128 },
      },
      'contextLength must be a positive integer',
    ],
  ])('rejects %j', (input, message) => {
    expect(() => estimateModelMemory(input)).toThrow(message);
  });
});

describe('fitModel', () => {
  const H100 = 'NVIDIA-H100-80GB-HBM3';
  const A100 = 'NVIDIA-A100-SXM4-80GB';
  const profiles = [
    migProfile(A100, '1g.10gb'),
    migProfile(A100, '3g.40gb'),
    wholeGpuProfile('NVIDIA-L40S', 48),
    wholeGpuProfile(H100, 80),
    wholeGpuProfile(H100, 80, 2),
  ];
  const tiers = (parameterCount: number, precision: string) =>
    Object.fromEntries(
      fitModel({ parameterCount, precision }, profiles).profiles.map(p => [
        p.id,
        p.tier,
      ]),
    );

  it.each([
    [
      '8B bf16 (17.9 GiB)',
      8e9,
      'bfloat16',
      {
        [`${A100} MIG 1g.10gb`]: 'does-not-fit',
        [`${A100} MIG 3g.40gb`]: 'comfortable',
        'NVIDIA-L40S': 'comfortable',
        [H100]: 'comfortable',
      },
    ],
    [
      '24B bf16 (53.6 GiB)',
      24e9,
      'bfloat16',
      {
        [`${A100} MIG 3g.40gb`]: 'does-not-fit',
        'NVIDIA-L40S': 'does-not-fit',
        [H100]: 'comfortable',
        [`2 x ${H100}`]: 'comfortable',
      },
    ],
    [
      '30B bf16 (67.1 GiB)',
      30e9,
      'bfloat16',
      { [H100]: 'tight', [`2 x ${H100}`]: 'comfortable' },
    ],
    [
      '3.8B int4 (2.1 GiB)',
      3.8e9,
      'int4',
      { [`${A100} MIG 1g.10gb`]: 'comfortable' },
    ],
  ])('%s', (_name, parameterCount, precision, expected) => {
    expect(tiers(parameterCount, precision)).toMatchObject(expected);
  });

  it('lists fitting profiles first, smallest first, and recommends the smallest comfortable one', () => {
    const fit = fitModel(
      { parameterCount: 8e9, precision: 'bfloat16' },
      profiles,
    );
    expect(fit.recommended?.id).toBe(`${A100} MIG 3g.40gb`);
    expect(fit.profiles.at(-1)?.tier).toBe('does-not-fit');
  });

  it('judges the default profiles, MIG slices included, when none are given', () => {
    const fit = fitModel({ parameterCount: 3.8e9, precision: 'int4' });
    expect(fit.recommended?.migProfile).toBe('1g.10gb');
  });

  it.each([
    [0.8, 'comfortable'],
    [0.81, 'tight'],
    [1, 'tight'],
    [1.01, 'does-not-fit'],
  ])('utilization %s is %s', (u, tier) => {
    expect(fitTier(u)).toBe(tier);
  });

  it('rejects a MIG profile name without a memory size', () => {
    expect(() => migProfile(A100, 'big')).toThrow('is not a MIG profile name');
  });
});
