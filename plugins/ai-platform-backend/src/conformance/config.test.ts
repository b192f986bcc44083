import { ConfigReader } from '@backstage/config';
import { readConformanceSettings } from './config';

describe('readConformanceSettings', () => {
  it('records hourly and keeps 90 days by default', () => {
    expect(readConformanceSettings(new ConfigReader({}))).toEqual({
      frequency: { hours: 1 },
      retentionMs: 90 * 24 * 3600_000,
    });
  });

  it('reads ISO and human durations', () => {
    const settings = readConformanceSettings(
      new ConfigReader({
        aiPlatform: {
          conformance: { frequency: 'PT15M', retention: { days: 7 } },
        },
      }),
    );
    expect(settings.frequency).toEqual({ minutes: 15 });
    expect(settings.retentionMs).toBe(7 * 24 * 3600_000);
  });

  it('rejects a zero retention with the key in the message', () => {
    expect(() =>
      readConformanceSettings(
        new ConfigReader({
          aiPlatform: { conformance: { retention: { days: 0 } } },
        }),
      ),
    ).toThrow(/aiPlatform.conformance/);
  });
});
