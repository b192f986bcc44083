import { fraGpus, parGpus, use1Gpus } from '../testing/gpuFixtures';
import { physicalBreakdown, physicalBreakdownText } from './gpuReconcile';

describe('physicalBreakdown', () => {
  it('adds up to the physical GPUs: whole, MIG-partitioned and shared', () => {
    // par: 16 A100 (2 whole, the rest in MIG) and 8 L40S shared as 32 slots.
    expect(physicalBreakdown([parGpus])).toEqual({
      physical: 24,
      whole: 2,
      mig: 14,
      shared: 8,
      notOffered: 0,
    });
    const all = physicalBreakdown([fraGpus, parGpus, use1Gpus]);
    expect(all.whole + all.mig + all.shared + all.notOffered).toBe(
      all.physical,
    );
  });

  it('counts physical GPUs that no pool offers as not offered, not as MIG', () => {
    const product = { ...use1Gpus.products[0], physicalGpus: 20 };
    const b = physicalBreakdown([{ ...use1Gpus, products: [product] }]);
    expect(b.mig).toBe(0);
    expect(b.notOffered).toBe(20 - b.whole);
  });
});

describe('physicalBreakdownText', () => {
  it('says how the physical GPUs reconcile with the whole, MIG and shared figures', () => {
    expect(
      physicalBreakdownText(physicalBreakdown([parGpus]), parGpus.totals),
    ).toBe(
      'Of the 24 physical GPUs, 2 GPUs offered whole (2 of 2 GPUs allocatable are allocated), 14 GPUs partitioned into 64 MIG slices and 8 GPUs shared as 32 slots (time-slicing or MPS). Each GPU counts once; slices and slots are counted in their own units, never added to GPUs.',
    );
  });
});
