import {
  DATA_CLASSIFICATIONS,
  DEFAULT_SOVEREIGNTY_RULES,
  isDataClassification,
  isJurisdictionCode,
  normalizeJurisdiction,
  SOVEREIGNTY_ASPECTS,
  SovereigntyConstraint,
  SovereigntyRule,
} from '@ai-platform/backstage-plugin-ai-platform-common';
import { Config } from '@backstage/config';
import { InputError } from '@backstage/errors';

const RULES_KEY = 'aiPlatform.sovereignty.rules';

const RULE_KEYS = ['classification', ...SOVEREIGNTY_ASPECTS];

/** The lists of a constraint, each matched against one label. */
const CONSTRAINT_KEYS = [
  'jurisdictions',
  'regions',
  'providers',
  'nonEuLawExposure',
  'residencyPolicies',
] as const satisfies ReadonlyArray<keyof SovereigntyConstraint>;

type ConstraintKey = (typeof CONSTRAINT_KEYS)[number];

/** Typos such as `jurisdiction` would otherwise silently allow anything. */
function rejectUnknownKeys(
  config: Config,
  path: string,
  known: readonly string[],
): void {
  const unknown = config.keys().filter(key => !known.includes(key));
  if (unknown.length > 0) {
    throw new InputError(
      `${path} has the unknown key '${unknown[0]}'; use only ${known.join(
        ', ',
      )}`,
    );
  }
}

function readClassification(rule: Config, path: string) {
  const classification = rule.getOptionalString('classification');
  if (!classification) {
    throw new InputError(
      `${path}.classification is missing; set it to one of ${DATA_CLASSIFICATIONS.join(
        ', ',
      )}`,
    );
  }
  if (!isDataClassification(classification)) {
    throw new InputError(
      `${path}.classification is '${classification}', which is not a data classification; use one of ${DATA_CLASSIFICATIONS.join(
        ', ',
      )}`,
    );
  }
  return classification;
}

/** Jurisdictions are codes and compared as such; the rest by lower case. */
function normalizeValue(key: ConstraintKey, value: string, path: string) {
  if (key !== 'jurisdictions') {
    return value.trim().toLowerCase();
  }
  if (!isJurisdictionCode(value)) {
    throw new InputError(
      `${path} is '${value}', which is not a jurisdiction; use an ISO 3166-1 alpha-2 country code such as DE or FR, or EU for any EU member state`,
    );
  }
  return normalizeJurisdiction(value);
}

function readList(
  constraint: Config,
  path: string,
  key: ConstraintKey,
): string[] | undefined {
  const values = constraint.getOptionalStringArray(key);
  if (values === undefined) {
    return undefined;
  }
  if (values.length === 0) {
    throw new InputError(
      `${path}.${key} is empty, which would allow nothing; list the allowed values, or remove the key to allow any`,
    );
  }
  return values.map((value, i) =>
    normalizeValue(key, value, `${path}.${key}[${i}]`),
  );
}

function readConstraint(
  rule: Config,
  path: string,
  aspect: string,
): SovereigntyConstraint {
  const constraint = rule.getOptionalConfig(aspect);
  if (!constraint) {
    // An omitted aspect must not mean "anywhere" by accident.
    throw new InputError(
      `${path}.${aspect} is missing; state where the data may go, or set it to {} to allow anywhere`,
    );
  }
  const aspectPath = `${path}.${aspect}`;
  rejectUnknownKeys(constraint, aspectPath, CONSTRAINT_KEYS);
  const result: { [K in ConstraintKey]?: string[] } = {};
  for (const key of CONSTRAINT_KEYS) {
    const values = readList(constraint, aspectPath, key);
    if (values) {
      result[key] = values;
    }
  }
  return result;
}

function readRule(rule: Config, index: number): SovereigntyRule {
  const path = `${RULES_KEY}[${index}]`;
  rejectUnknownKeys(rule, path, RULE_KEYS);
  return {
    classification: readClassification(rule, path),
    run: readConstraint(rule, path, 'run'),
    store: readConstraint(rule, path, 'store'),
    callOut: readConstraint(rule, path, 'callOut'),
  };
}

/**
 * Reads `aiPlatform.sovereignty.rules`. Without the key, the default rules of
 * the common package apply; with it, the configured rules replace them
 * entirely. Throws an InputError naming the bad key and how to fix it.
 */
export function readSovereigntyRules(config: Config): SovereigntyRule[] {
  const configured = config.getOptionalConfigArray(RULES_KEY);
  if (!configured) {
    return [...DEFAULT_SOVEREIGNTY_RULES];
  }
  if (configured.length === 0) {
    throw new InputError(
      `${RULES_KEY} is empty, so no data could go anywhere; add a rule per classification, or remove the key to use the default rules`,
    );
  }
  const rules = configured.map(readRule);
  const seen = new Set<string>();
  rules.forEach((rule, index) => {
    if (seen.has(rule.classification)) {
      throw new InputError(
        `${RULES_KEY}[${index}] is a second rule for ${rule.classification}; merge it into the first one, each classification may have one rule`,
      );
    }
    seen.add(rule.classification);
  });
  return rules;
}
