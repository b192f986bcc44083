/** A Kubernetes LabelSelector (`matchLabels` and `matchExpressions`). */
export interface LabelSelector {
  matchLabels?: Record<string, string>;
  matchExpressions?: Array<{
    key: string;
    operator: 'In' | 'NotIn' | 'Exists' | 'DoesNotExist' | string;
    values?: string[];
  }>;
}

/** Whether labels match a LabelSelector; an empty selector matches everything. */
export function matchesSelector(
  selector: LabelSelector | undefined,
  labels: Record<string, string> = {},
): boolean {
  if (!selector) return true;
  for (const [key, value] of Object.entries(selector.matchLabels ?? {})) {
    if (labels[key] !== value) return false;
  }
  for (const e of selector.matchExpressions ?? []) {
    const has = e.key in labels;
    const values = e.values ?? [];
    const ok =
      e.operator === 'In'
        ? has && values.includes(labels[e.key])
        : e.operator === 'NotIn'
        ? !has || !values.includes(labels[e.key])
        : e.operator === 'Exists'
        ? has
        : e.operator === 'DoesNotExist'
        ? !has
        : false;
    if (!ok) return false;
  }
  return true;
}

/**
 * Parses the string form of a label selector (`app=x,tier in (a,b),!beta`),
 * as `kubectl -l` and the `backstage.io/kubernetes-label-selector` annotation
 * write it. Throws an Error naming the part it cannot read.
 */
export function parseLabelSelector(text: string): LabelSelector {
  const selector: Required<LabelSelector> = {
    matchLabels: {},
    matchExpressions: [],
  };
  // Split on commas outside parentheses.
  const parts = text.match(/(?:[^,(]|\([^)]*\))+/g) ?? [];
  for (const raw of parts) {
    const part = raw.trim();
    if (!part) continue;
    let m: RegExpExecArray | null;
    if ((m = /^([\w./-]+)\s*(?:==|=)\s*([\w.-]*)$/.exec(part))) {
      selector.matchLabels[m[1]] = m[2];
    } else if ((m = /^([\w./-]+)\s*!=\s*([\w.-]*)$/.exec(part))) {
      selector.matchExpressions.push({
        key: m[1],
        operator: 'NotIn',
        values: [m[2]],
      });
    } else if ((m = /^([\w./-]+)\s+(in|notin)\s*\(([^)]*)\)$/i.exec(part))) {
      selector.matchExpressions.push({
        key: m[1],
        operator: m[2].toLowerCase() === 'in' ? 'In' : 'NotIn',
        values: m[3]
          .split(',')
          .map(v => v.trim())
          .filter(Boolean),
      });
    } else if ((m = /^!([\w./-]+)$/.exec(part))) {
      selector.matchExpressions.push({ key: m[1], operator: 'DoesNotExist' });
    } else if ((m = /^([\w./-]+)$/.exec(part))) {
      selector.matchExpressions.push({ key: m[1], operator: 'Exists' });
    } else {
      throw new Error(
        `Cannot read '${part}' in label selector '${text}'; use key=value, key!=value, key in (a,b), key or !key`,
      );
    }
  }
  if (parts.every(p => !p.trim())) {
    throw new Error('The label selector is empty; give at least one key=value');
  }
  return selector;
}
