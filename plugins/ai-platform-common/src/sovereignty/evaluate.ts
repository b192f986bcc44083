/**
 * The one sovereignty evaluator: is a workload placement, a model version or
 * an agent allowed by the rules, and if not, every reason why.
 */

import { SOVEREIGNTY_LABELS } from '../labels';
import { jurisdictionWithin } from './jurisdictions';
import {
  allowedMessage,
  conflictFix,
  conflictMessage,
  defaultedFix,
  defaultedMessage,
  missingFix,
  missingMessage,
  Place,
  violationFix,
  violationMessage,
} from './messages';
import {
  ResolvedSovereigntyLabels,
  resolveSovereigntyLabels,
  SovereigntyLabelName,
  SovereigntyLabelSources,
} from './resolve';
import {
  DATA_CLASSIFICATIONS,
  DataClassification,
  isDataClassification,
  SovereigntyAspect,
  SovereigntyConstraint,
  SovereigntyRule,
} from './rules';

/**
 * The outcome of an evaluation or of one finding. `unknown` means the labels
 * do not allow an answer; it is never to be read as compliant.
 *
 * @public
 */
export type SovereigntyStatus = 'compliant' | 'violation' | 'unknown';

/**
 * What kind of finding this is.
 *
 * @public
 */
export type SovereigntyFindingCode =
  /** A label value is within the rule. */
  | 'allowed'
  /** A label value is outside the rule. */
  | 'not-allowed'
  /** A label the rule needs is not set. */
  | 'missing-label'
  /** The sources of a location contradict each other. */
  | 'conflicting-labels'
  /** A value was taken from a default (the topology region label). */
  | 'defaulted-label'
  /** The classification was read from the location's label. */
  | 'classification-from-label'
  /** Neither the subject nor the labels give a classification. */
  | 'missing-classification'
  /** The classification is not one of the four known ones. */
  | 'unknown-classification'
  /** The rules have no entry for the classification. */
  | 'no-rule'
  /** The namespace asked about does not exist, so its labels are not known. */
  | 'unknown-namespace';

/**
 * One reason in an evaluation.
 *
 * @public
 */
export interface SovereigntyFinding {
  /** The aspect of the rule that was checked, or the classification itself. */
  aspect: SovereigntyAspect | 'classification';
  status: SovereigntyStatus;
  code: SovereigntyFindingCode;
  /** What the finding is about, e.g. `workload chat-api`, `MCP server github`. */
  target: string;
  /** The sovereignty label the finding is about, if any. */
  label?: SovereigntyLabelName;
  /** A sentence saying what is (or is not) wrong. */
  message: string;
  /** What to change; absent on compliant findings that need nothing. */
  fix?: string;
}

/**
 * The answer of {@link evaluateSovereignty}.
 *
 * @public
 */
export interface SovereigntyEvaluation {
  /** `violation` if any finding is one; else `unknown` if any is; else `compliant`. */
  status: SovereigntyStatus;
  /** The classification that was evaluated, when it is known. */
  classification?: DataClassification;
  /** Every reason, compliant ones included, in evaluation order. */
  findings: SovereigntyFinding[];
}

/**
 * Fields shared by every subject kind.
 *
 * @public
 */
export interface SovereigntySubjectBase {
  /** Name of the workload, model version or agent, used in messages. */
  name: string;
  /**
   * The data classification. When absent, the `ai-platform.io/data-classification`
   * label of the subject's own location (placement or registry) is used.
   */
  classification?: string;
}

/**
 * A workload that processes data, placed on a cluster and namespace.
 *
 * @public
 */
export interface WorkloadPlacementSubject extends SovereigntySubjectBase {
  kind: 'workload';
  /** Labels of the target cluster and namespace (`run`). */
  placement: SovereigntyLabelSources;
}

/**
 * A model version stored in a registry.
 *
 * @public
 */
export interface ModelVersionSubject extends SovereigntySubjectBase {
  kind: 'modelVersion';
  /** Labels of the registry location the version is stored in (`store`). */
  registry: SovereigntyLabelSources;
}

/**
 * Something an agent calls, with its own location labels.
 *
 * @public
 */
export interface SovereigntyCallTarget {
  name: string;
  labels: SovereigntyLabelSources;
}

/**
 * An agent: where it runs, plus the MCP servers and models it sends data to.
 *
 * @public
 */
export interface AgentSubject extends SovereigntySubjectBase {
  kind: 'agent';
  /** Labels of the cluster and namespace the agent runs in (`run`). */
  placement: SovereigntyLabelSources;
  /** MCP servers the agent calls (`callOut`). */
  mcpServers?: readonly SovereigntyCallTarget[];
  /** Models (inference endpoints) the agent calls (`callOut`). */
  models?: readonly SovereigntyCallTarget[];
}

/**
 * What {@link evaluateSovereignty} can evaluate.
 *
 * @public
 */
export type SovereigntySubject =
  | WorkloadPlacementSubject
  | ModelVersionSubject
  | AgentSubject;

/** One location of a subject, checked against one aspect of the rule. */
interface Location {
  aspect: SovereigntyAspect;
  target: string;
  sources: SovereigntyLabelSources;
}

/** How one constraint list is matched against one label. */
interface LabelCheck {
  label: SovereigntyLabelName;
  allowed: (c: SovereigntyConstraint) => readonly string[] | undefined;
  within: (allowed: string, actual: string) => boolean;
}

const sameValue = (allowed: string, actual: string) =>
  allowed.trim().toLowerCase() === actual;

const CHECKS: readonly LabelCheck[] = [
  {
    label: 'jurisdiction',
    allowed: c => c.jurisdictions,
    within: jurisdictionWithin,
  },
  { label: 'region', allowed: c => c.regions, within: sameValue },
  { label: 'provider', allowed: c => c.providers, within: sameValue },
  {
    label: 'nonEuLawExposure',
    allowed: c => c.nonEuLawExposure,
    within: sameValue,
  },
  {
    label: 'residencyPolicy',
    allowed: c => c.residencyPolicies,
    within: sameValue,
  },
];

function locationsOf(subject: SovereigntySubject): Location[] {
  switch (subject.kind) {
    case 'workload':
      return [
        {
          aspect: 'run',
          target: `workload ${subject.name}`,
          sources: subject.placement,
        },
      ];
    case 'modelVersion':
      return [
        {
          aspect: 'store',
          target: `model version ${subject.name}`,
          sources: subject.registry,
        },
      ];
    case 'agent':
      return [
        {
          aspect: 'run',
          target: `agent ${subject.name}`,
          sources: subject.placement,
        },
        ...(subject.mcpServers ?? []).map(s => ({
          aspect: 'callOut' as const,
          target: `MCP server ${s.name}`,
          sources: s.labels,
        })),
        ...(subject.models ?? []).map(m => ({
          aspect: 'callOut' as const,
          target: `model ${m.name}`,
          sources: m.labels,
        })),
      ];
    default:
      return assertNever(subject);
  }
}

function assertNever(value: never): never {
  throw new Error(`Unknown sovereignty subject ${JSON.stringify(value)}`);
}

function worst(statuses: readonly SovereigntyStatus[]): SovereigntyStatus {
  if (statuses.includes('violation')) {
    return 'violation';
  }
  return statuses.includes('unknown') ? 'unknown' : 'compliant';
}

function classificationFinding(
  target: string,
  code: SovereigntyFindingCode,
  message: string,
  fix: string,
): SovereigntyFinding {
  return {
    aspect: 'classification',
    // Only a classification read from a label is usable; the others leave
    // nothing to evaluate.
    status: code === 'classification-from-label' ? 'compliant' : 'unknown',
    code,
    target,
    label: 'dataClassification',
    message,
    fix,
  };
}

/**
 * The classification: the subject's own, else its location's label. Its
 * findings explain where it came from or why there is none.
 */
function classify(
  subject: SovereigntySubject,
  target: string,
  resolved: ResolvedSovereigntyLabels,
): { classification?: DataClassification; findings: SovereigntyFinding[] } {
  const key = SOVEREIGNTY_LABELS.dataClassification;
  const fromLabel = resolved.values.dataClassification;
  const raw = subject.classification?.trim().toLowerCase() ?? fromLabel?.value;
  if (!raw) {
    const finding = classificationFinding(
      target,
      'missing-classification',
      `The data classification of ${target} is not stated and ${key} is not set, so no rule can be applied.`,
      `State the data classification (${DATA_CLASSIFICATIONS.join(
        ', ',
      )}), or set ${key} on its location.`,
    );
    return { findings: [finding] };
  }
  if (!isDataClassification(raw)) {
    const finding = classificationFinding(
      target,
      'unknown-classification',
      `The data classification '${raw}' of ${target} is not one of ${DATA_CLASSIFICATIONS.join(
        ', ',
      )}, so no rule can be applied.`,
      `Use one of the classifications ${DATA_CLASSIFICATIONS.join(', ')}.`,
    );
    return { findings: [finding] };
  }
  if (subject.classification !== undefined || !fromLabel) {
    return { classification: raw, findings: [] };
  }
  const finding = classificationFinding(
    target,
    'classification-from-label',
    `The data classification ${raw} of ${target} is taken from ${key} on the ${fromLabel.origin}, because none was stated.`,
    'State the data classification explicitly if the label does not describe this data.',
  );
  return { classification: raw, findings: [finding] };
}

/** The findings of one constrained label at one location. */
function checkLabel(
  place: Place,
  check: LabelCheck,
  allowed: readonly string[],
  resolved: ResolvedSovereigntyLabels,
): SovereigntyFinding {
  const { label } = check;
  const base = { aspect: place.aspect, target: place.target, label };
  const conflict = resolved.conflicts.find(c => c.label === label);
  if (conflict) {
    return {
      ...base,
      status: 'unknown',
      code: 'conflicting-labels',
      message: conflictMessage(place, conflict),
      fix: conflictFix(conflict),
    };
  }
  const value = resolved.values[label];
  if (!value) {
    return {
      ...base,
      status: 'unknown',
      code: 'missing-label',
      message: missingMessage(place, label),
      fix: missingFix(label),
    };
  }
  if (allowed.some(a => check.within(a, value.value))) {
    return {
      ...base,
      status: 'compliant',
      code: 'allowed',
      message: allowedMessage(place, label, value),
    };
  }
  return {
    ...base,
    status: 'violation',
    code: 'not-allowed',
    message: violationMessage(place, label, value, allowed),
    fix: violationFix(place, label, allowed),
  };
}

/** Every finding of one location against its aspect of the rule. */
function checkLocation(
  location: Location,
  resolved: ResolvedSovereigntyLabels,
  rule: SovereigntyRule,
): SovereigntyFinding[] {
  const place: Place = {
    aspect: location.aspect,
    target: location.target,
    description: location.sources.description,
    classification: rule.classification,
  };
  const constraint = rule[location.aspect];
  const findings = CHECKS.flatMap(check => {
    const allowed = check.allowed(constraint);
    return allowed ? [checkLabel(place, check, allowed, resolved)] : [];
  });
  const region = resolved.values.region;
  if (region?.defaulted) {
    findings.push({
      aspect: location.aspect,
      target: location.target,
      label: 'region',
      status: 'compliant',
      code: 'defaulted-label',
      message: defaultedMessage(place, region),
      fix: defaultedFix(),
    });
  }
  return findings;
}

function noRule(
  target: string,
  classification: DataClassification,
): SovereigntyFinding {
  return {
    aspect: 'classification',
    status: 'unknown',
    code: 'no-rule',
    target,
    label: 'dataClassification',
    message: `No sovereignty rule covers ${classification} data, so whether ${target} is allowed is unknown.`,
    fix: `Add a rule for ${classification} to aiPlatform.sovereignty.rules, or remove that key to use the default rules.`,
  };
}

function result(
  findings: SovereigntyFinding[],
  classification?: DataClassification,
): SovereigntyEvaluation {
  return {
    status: worst(findings.map(f => f.status)),
    classification,
    findings,
  };
}

/**
 * Evaluates a workload placement, a model version or an agent against the
 * sovereignty rules. Every location of the subject is checked against the
 * rule's aspect for it (`run` for placements, `store` for registries,
 * `callOut` for the MCP servers and models an agent calls), and every reason
 * is returned, not only the first. A label the rule needs that is missing or
 * contradictory makes the answer `unknown`, never `compliant`. Labels the rule
 * does not constrain are not judged, so public data on an unlabelled cluster
 * is compliant: the rule allows it anywhere.
 *
 * @public
 */
export function evaluateSovereignty(
  subject: SovereigntySubject,
  rules: readonly SovereigntyRule[],
): SovereigntyEvaluation {
  const locations = locationsOf(subject);
  const resolved = locations.map(l => resolveSovereigntyLabels(l.sources));
  const { classification, findings } = classify(
    subject,
    locations[0].target,
    resolved[0],
  );
  if (!classification) {
    return result(findings);
  }
  const rule = rules.find(r => r.classification === classification);
  if (!rule) {
    return result(
      [...findings, noRule(locations[0].target, classification)],
      classification,
    );
  }
  const checked = locations.flatMap((location, i) =>
    checkLocation(location, resolved[i], rule),
  );
  return result([...findings, ...checked], classification);
}
