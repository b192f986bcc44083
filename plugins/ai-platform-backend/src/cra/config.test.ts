import { ConfigReader } from '@backstage/config';
import type { JsonObject } from '@backstage/types';
import { DEFAULT_CRA_RULES } from '@ai-platform/backstage-plugin-ai-platform-common';
import { readCraRules } from './config';

const read = (cra: JsonObject) =>
  readCraRules(new ConfigReader({ aiPlatform: { cra } }));

describe('readCraRules', () => {
  it('uses the defaults when nothing is configured', () => {
    expect(readCraRules(new ConfigReader({}))).toEqual(DEFAULT_CRA_RULES);
  });

  it('overrides one item and keeps the others', () => {
    const rules = read({
      items: { signature: { required: false, weight: 0 } },
      minSupportYears: 3,
    });
    expect(rules.items.signature).toEqual({ weight: 0, required: false });
    expect(rules.items.sbom).toEqual(DEFAULT_CRA_RULES.items.sbom);
    expect(rules.minSupportYears).toBe(3);
  });

  it('refuses an unknown item and a negative weight, naming the key', () => {
    expect(() => read({ items: { sboms: { weight: 1 } } })).toThrow(
      /aiPlatform\.cra\.items\.sboms is not a readiness item/,
    );
    expect(() => read({ items: { sbom: { weight: -1 } } })).toThrow(
      'aiPlatform.cra.items.sbom.weight must be a number of 0 or more, not -1',
    );
  });
});
