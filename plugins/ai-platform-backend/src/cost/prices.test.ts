import type { GpuPriceSource } from '@ai-platform/backstage-plugin-ai-platform-node';
import { gpuPricing } from './prices';

const settings = {
  prices: { 'NVIDIA-H100-80GB-HBM3': 4, default: 2 },
  providers: { ovhcloud: { 'NVIDIA-H100-80GB-HBM3': 3 } },
  clusters: {},
};
const H100 = 'NVIDIA-H100-80GB-HBM3';

describe('GPU price sources', () => {
  it('asks the added sources first and the configured tables last, and says which priced', () => {
    const billing: GpuPriceSource = {
      id: 'billing',
      priceOf: q => (q.cluster === 'fra' ? 2.5 : undefined),
    };
    const pricing = gpuPricing(settings, [billing], () => {});
    expect(pricing({ cluster: 'fra', product: H100 })).toEqual({
      cluster: 'fra',
      product: H100,
      price: 2.5,
      source: 'module',
      setting: "price source 'billing'",
    });
    expect(
      pricing({ cluster: 'par', provider: 'ovhcloud', product: H100 }),
    ).toMatchObject({ price: 3, source: 'provider' });
    expect(pricing({ cluster: 'par', product: H100 })).toMatchObject({
      price: 4,
      source: 'global',
    });
    expect(pricing({ cluster: 'par', product: 'NVIDIA-L4' })).toMatchObject({
      price: 2,
      source: 'default',
    });
  });

  it('does not believe a price that is not a number of 0 or more, and says so once', () => {
    const broken: GpuPriceSource = { id: 'broken', priceOf: () => -1 };
    const nan: GpuPriceSource = { id: 'nan', priceOf: () => Number.NaN };
    const messages: string[] = [];
    const pricing = gpuPricing(settings, [broken, nan], m => messages.push(m));
    const query = { cluster: 'par', product: 'NVIDIA-L4' };
    expect(pricing(query).price).toBe(2);
    expect(pricing(query).price).toBe(2);
    expect(messages).toEqual([
      expect.stringContaining("'broken' gave -1"),
      expect.stringContaining("'nan' gave NaN"),
    ]);
  });
});
