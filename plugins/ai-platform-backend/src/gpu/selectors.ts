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
    if (!matchesExpression(e, labels)) return false;
  }
  return true;
}

function matchesExpression(
  e: NonNullable<LabelSelector['matchExpressions']>[number],
  labels: Record<string, string>,
): boolean {
  const has = e.key in labels;
  const values = e.values ?? [];
  switch (e.operator) {
    case 'In':
      return has && values.includes(labels[e.key]);
    case 'NotIn':
      return !has || !values.includes(labels[e.key]);
    case 'Exists':
      return has;
    case 'DoesNotExist':
      return !has;
    default:
      return false;
  }
}

type Requirement = NonNullable<LabelSelector['matchExpressions']>[number];

/** The forms of one requirement, and what each becomes. */
const REQUIREMENTS: Array<{
  pattern: RegExp;
  read(m: RegExpExecArray): {
    label?: [string, string];
    expression?: Requirement;
  };
}> = [
  {
    pattern: /^([\w./-]+)\s*(?:==|=)\s*([\w.-]*)$/,
    read: m => ({ label: [m[1], m[2]] }),
  },
  {
    pattern: /^([\w./-]+)\s*!=\s*([\w.-]*)$/,
    read: m => ({
      expression: { key: m[1], operator: 'NotIn', values: [m[2]] },
    }),
  },
  {
    pattern: /^([\w./-]+)\s+(in|notin)\s*\(([^)]*)\)$/i,
    read: m => ({
      expression: {
        key: m[1],
        operator: m[2].toLowerCase() === 'in' ? 'In' : 'NotIn',
        values: m[3]
          .split(',')
          .map(v => v.trim())
          .filter(Boolean),
      },
    }),
  },
  {
    pattern: /^!([\w./-]+)$/,
    read: m => ({ expression: { key: m[1], operator: 'DoesNotExist' } }),
  },
  {
    pattern: /^([\w./-]+)$/,
    read: m => ({ expression: { key: m[1], operator: 'Exists' } }),
  },
];

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
    const form = REQUIREMENTS.map(r => ({ r, m: r.pattern.exec(part) })).find(
      x => x.m,
    );
    if (!form) {
      throw new Error(
        `Cannot read '${part}' in label selector '${text}'; use key=value, key!=value, key in (a,b), key or !key`,
      );
    }
    const { label, expression } = form.r.read(form.m!);
    if (label) selector.matchLabels[label[0]] = label[1];
    if (expression) selector.matchExpressions.push(expression);
  }
  if (parts.every(p => !p.trim())) {
    throw new Error('The label selector is empty; give at least one key=value');
  }
  return selector;
}
