import {
  DEFAULT_SOVEREIGNTY_RULES,
  evaluateSovereignty,
  SOVEREIGNTY_LABELS,
} from '@ai-platform/backstage-plugin-ai-platform-common';
import { ConfigReader } from '@backstage/config';
import { JsonValue } from '@backstage/types';
import { parse } from 'yaml';
import { readSovereigntyRules } from './config';

function read(rules: JsonValue) {
  return readSovereigntyRules(
    new ConfigReader({ aiPlatform: { sovereignty: { rules } } }),
  );
}

/** The example of the backend README, as an operator would write it. */
const EXAMPLE = `
aiPlatform:
  sovereignty:
    rules:
      - classification: public
        run: {}
        store: {}
        callOut: {}
      - classification: confidential
        run:
          jurisdictions: [EU, ch]
          nonEuLawExposure: [none]
        store:
          jurisdictions: [EU]
          providers: [OVHcloud, eu-sovereign-cloud]
        callOut:
          jurisdictions: [EU]
          nonEuLawExposure: [none]
          residencyPolicies: [eu-only]
`;

describe('readSovereigntyRules', () => {
  it('returns the default rules when none are configured', () => {
    expect(readSovereigntyRules(new ConfigReader({}))).toEqual(
      DEFAULT_SOVEREIGNTY_RULES,
    );
  });

  it('defaults to EU-only without non-EU law exposure for confidential and restricted data', () => {
    const rules = readSovereigntyRules(new ConfigReader({}));
    const restricted = rules.find(r => r.classification === 'restricted');
    expect(restricted?.store).toEqual({
      jurisdictions: ['EU'],
      nonEuLawExposure: ['none'],
      residencyPolicies: ['eu-only'],
    });
    expect(rules.find(r => r.classification === 'public')?.run).toEqual({});
  });

  it('reads the documented YAML example and normalises its values', () => {
    const rules = readSovereigntyRules(new ConfigReader(parse(EXAMPLE)));
    expect(rules).toEqual([
      { classification: 'public', run: {}, store: {}, callOut: {} },
      {
        classification: 'confidential',
        run: { jurisdictions: ['EU', 'CH'], nonEuLawExposure: ['none'] },
        store: {
          jurisdictions: ['EU'],
          providers: ['ovhcloud', 'eu-sovereign-cloud'],
        },
        callOut: {
          jurisdictions: ['EU'],
          nonEuLawExposure: ['none'],
          residencyPolicies: ['eu-only'],
        },
      },
    ]);
  });

  it('replaces the defaults: a classification without a configured rule is unknown', () => {
    const rules = readSovereigntyRules(new ConfigReader(parse(EXAMPLE)));
    const evaluation = evaluateSovereignty(
      {
        kind: 'workload',
        name: 'wiki',
        classification: 'internal',
        placement: { cluster: { [SOVEREIGNTY_LABELS.jurisdiction]: 'DE' } },
      },
      rules,
    );
    expect(evaluation.status).toBe('unknown');
    expect(evaluation.findings[0].code).toBe('no-rule');
  });

  it.each([
    [
      'an unknown classification',
      [{ classification: 'secret', run: {}, store: {}, callOut: {} }],
      "aiPlatform.sovereignty.rules[0].classification is 'secret', which is not a data classification; use one of public, internal, confidential, restricted",
    ],
    [
      'a rule without a classification',
      [{ run: {}, store: {}, callOut: {} }],
      'aiPlatform.sovereignty.rules[0].classification is missing',
    ],
    [
      'a rule without a store aspect',
      [{ classification: 'public', run: {}, callOut: {} }],
      'aiPlatform.sovereignty.rules[0].store is missing; state where the data may go, or set it to {} to allow anywhere',
    ],
    [
      'a misspelt constraint key',
      [
        {
          classification: 'public',
          run: { jurisdiction: ['EU'] },
          store: {},
          callOut: {},
        },
      ],
      "aiPlatform.sovereignty.rules[0].run has the unknown key 'jurisdiction'; use only jurisdictions, regions, providers, nonEuLawExposure, residencyPolicies",
    ],
    [
      'a misspelt aspect',
      [
        {
          classification: 'public',
          run: {},
          store: {},
          callOut: {},
          callout: {},
        },
      ],
      "aiPlatform.sovereignty.rules[0] has the unknown key 'callout'",
    ],
    [
      'a jurisdiction that is not a country code',
      [
        {
          classification: 'public',
          run: {},
          store: { jurisdictions: ['EU', 'Europe'] },
          callOut: {},
        },
      ],
      "aiPlatform.sovereignty.rules[0].store.jurisdictions[1] is 'Europe', which is not a jurisdiction",
    ],
    [
      'an empty allow-list',
      [
        {
          classification: 'public',
          run: {},
          store: {},
          callOut: { providers: [] },
        },
      ],
      'aiPlatform.sovereignty.rules[0].callOut.providers is empty, which would allow nothing; list the allowed values, or remove the key to allow any',
    ],
    [
      'two rules for the same classification',
      [
        { classification: 'internal', run: {}, store: {}, callOut: {} },
        { classification: 'internal', run: {}, store: {}, callOut: {} },
      ],
      'aiPlatform.sovereignty.rules[1] is a second rule for internal',
    ],
    [
      'an empty rule list',
      [],
      'aiPlatform.sovereignty.rules is empty, so no data could go anywhere; add a rule per classification, or remove the key to use the default rules',
    ],
  ])('rejects %s with a message naming the key', (_name, rules, message) => {
    expect(() => read(rules)).toThrow(
      expect.objectContaining({
        name: 'InputError',
        message: expect.stringContaining(message),
      }),
    );
  });
});
