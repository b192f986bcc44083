import { replicasText, shareText } from './servingFormat';

describe('replicasText', () => {
  it('says how many replicas are ready of those desired', () => {
    expect(replicasText({ desired: 3, ready: 2, pods: 3 })).toBe('2 / 3 ready');
  });

  it('adds the autoscaling range only when it is a range, and prefill replicas', () => {
    expect(
      replicasText({ desired: 2, min: 2, max: 4, ready: 2, pods: 2 }),
    ).toBe('2 / 2 ready · scales 2–4');
    expect(
      replicasText({ desired: 2, min: 2, max: 2, ready: 2, pods: 2 }),
    ).toBe('2 / 2 ready');
    expect(replicasText({ desired: 1, ready: 1, pods: 1, prefill: 2 })).toBe(
      '1 / 1 ready · 2 prefill',
    );
  });
});

describe('shareText', () => {
  it('rounds to one decimal', () => {
    expect(shareText(100)).toBe('100%');
    expect(shareText(200 / 3)).toBe('66.7%');
  });
});
