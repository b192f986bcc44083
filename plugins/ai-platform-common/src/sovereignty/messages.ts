/**
 * The wording of findings. Kept apart from the evaluation logic so that the
 * sentences a user reads can be reviewed in one place.
 */

import { SOVEREIGNTY_LABELS, TOPOLOGY_REGION_LABEL } from '../labels';
import type {
  ResolvedSovereigntyLabel,
  SovereigntyLabelConflict,
  SovereigntyLabelName,
} from './resolve';
import type { SovereigntyAspect } from './rules';

/** Names of well-known non-EU laws, so messages say more than a label value. */
const LAW_NAMES: Readonly<Record<string, string>> = {
  'us-cloud-act': 'the US CLOUD Act',
  'us-fisa-702': 'US FISA section 702',
};

/** What happens to the data in each aspect, after "may". */
const DATA_VERBS: Record<SovereigntyAspect, string> = {
  run: 'be processed',
  store: 'be stored',
  callOut: 'be sent',
};

/** How the user changes the location in each aspect. */
const MOVE_VERBS: Record<SovereigntyAspect, string> = {
  run: 'Run it',
  store: 'Store it',
  callOut: 'Call a service',
};

/** The place a location is described by, as a message subject. */
export interface Place {
  aspect: SovereigntyAspect;
  target: string;
  description?: string;
  classification: string;
}

function orList(values: readonly string[]): string {
  if (values.length <= 1) {
    return values.join('');
  }
  return `${values.slice(0, -1).join(', ')} or ${values[values.length - 1]}`;
}

function subject(place: Place): string {
  const where = place.description ? ` (${place.description})` : '';
  const text = `${place.target}${where}`;
  return text.charAt(0).toUpperCase() + text.slice(1);
}

function lawName(value: string): string {
  return LAW_NAMES[value] ?? `the law behind '${value}'`;
}

/** "is in jurisdiction US", "is exposed to the US CLOUD Act", ... */
function stateOf(label: SovereigntyLabelName, value: string): string {
  switch (label) {
    case 'jurisdiction':
      return `is in jurisdiction ${value}`;
    case 'region':
      return `is in region ${value}`;
    case 'provider':
      return `is run by provider ${value}`;
    case 'nonEuLawExposure':
      return value === 'none'
        ? 'is not exposed to non-EU law'
        : `is exposed to ${lawName(value)}`;
    case 'residencyPolicy':
      return `is under residency policy ${value}`;
    default:
      return `has ${label} ${value}`;
  }
}

/** "only in EU", "only where the non-EU law exposure is none", ... */
function allowedPhrase(
  label: SovereigntyLabelName,
  allowed: readonly string[],
): string {
  switch (label) {
    case 'jurisdiction':
      return `only in ${orList(allowed)}`;
    case 'region':
      return `only in region ${orList(allowed)}`;
    case 'provider':
      return `only by provider ${orList(allowed)}`;
    case 'nonEuLawExposure':
      return `only where the non-EU law exposure is ${orList(allowed)}`;
    case 'residencyPolicy':
      return `only under residency policy ${orList(allowed)}`;
    default:
      return `only where ${label} is ${orList(allowed)}`;
  }
}

function source(value: ResolvedSovereigntyLabel): string {
  return `${value.key}: ${value.value} on the ${value.origin}`;
}

export function allowedMessage(
  place: Place,
  label: SovereigntyLabelName,
  value: ResolvedSovereigntyLabel,
): string {
  return `${subject(place)} ${stateOf(label, value.value)} (${source(
    value,
  )}), which is allowed for ${place.classification} data.`;
}

export function violationMessage(
  place: Place,
  label: SovereigntyLabelName,
  value: ResolvedSovereigntyLabel,
  allowed: readonly string[],
): string {
  return `${subject(place)} ${stateOf(label, value.value)} (${source(
    value,
  )}), but ${place.classification} data may ${
    DATA_VERBS[place.aspect]
  } ${allowedPhrase(label, allowed)}.`;
}

export function violationFix(
  place: Place,
  label: SovereigntyLabelName,
  allowed: readonly string[],
): string {
  const hint =
    label === 'nonEuLawExposure' && allowed.every(a => a === 'none')
      ? ' (a provider not subject to non-EU law, e.g. an EU sovereign cloud)'
      : '';
  return `${MOVE_VERBS[place.aspect]} where ${
    SOVEREIGNTY_LABELS[label]
  } is ${orList(allowed)}${hint}, or correct the data classification if ${
    place.classification
  } is wrong.`;
}

export function missingMessage(
  place: Place,
  label: SovereigntyLabelName,
): string {
  return `${subject(place)} has no ${
    SOVEREIGNTY_LABELS[label]
  } label, so whether ${place.classification} data may ${
    DATA_VERBS[place.aspect]
  } there is unknown.`;
}

export function missingFix(label: SovereigntyLabelName): string {
  const fallback =
    label === 'region' ? ` (or ${TOPOLOGY_REGION_LABEL} as a default)` : '';
  return `Set the label ${SOVEREIGNTY_LABELS[label]}${fallback} on the cluster, namespace or catalog entity that describes this location.`;
}

export function conflictMessage(
  place: Place,
  conflict: SovereigntyLabelConflict,
): string {
  return `${subject(place)} has contradicting labels, so whether ${
    place.classification
  } data may ${DATA_VERBS[place.aspect]} there is unknown: ${conflict.message}`;
}

export function conflictFix(conflict: SovereigntyLabelConflict): string {
  const keys = [...new Set(conflict.values.map(v => v.key))].join(' and ');
  return `Correct ${keys} on the ${[
    ...new Set(conflict.values.map(v => v.origin)),
  ].join(' and ')} so that they agree.`;
}

export function defaultedMessage(
  place: Place,
  value: ResolvedSovereigntyLabel,
): string {
  return `${subject(place)} has no ${
    SOVEREIGNTY_LABELS.region
  } label; its region ${value.value} is a default taken from ${
    value.key
  } on the ${value.origin}.`;
}

export function defaultedFix(): string {
  return `Set ${SOVEREIGNTY_LABELS.region} to state the region explicitly.`;
}
