import { Config, readDurationFromConfig } from '@backstage/config';
import { durationToMilliseconds, HumanDuration } from '@backstage/types';

/** Settings of the conformance recording (`aiPlatform.conformance`). */
export interface ConformanceSettings {
  frequency: HumanDuration;
  retentionMs: number;
}

const DEFAULT_FREQUENCY: HumanDuration = { hours: 1 };
const DEFAULT_RETENTION: HumanDuration = { days: 90 };

/** Reads `aiPlatform.conformance`, with its defaults. */
export function readConformanceSettings(config: Config): ConformanceSettings {
  const section = config.getOptionalConfig('aiPlatform.conformance');
  const read = (key: string, fallback: HumanDuration) =>
    section?.has(key) ? readDurationFromConfig(section, { key }) : fallback;
  const frequency = read('frequency', DEFAULT_FREQUENCY);
  const retentionMs = durationToMilliseconds(
    read('retention', DEFAULT_RETENTION),
  );
  if (durationToMilliseconds(frequency) <= 0 || retentionMs <= 0) {
    throw new Error(
      'aiPlatform.conformance: frequency and retention must be positive durations',
    );
  }
  return { frequency, retentionMs };
}
