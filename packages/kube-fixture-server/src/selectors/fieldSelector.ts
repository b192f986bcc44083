import { statusErrors } from '../errors';
import { KubeObject, ResourceType } from '../types';
import { Matcher } from './labelSelector';

/** A parsed `fieldSelector`: the fields it reads and the test on them. */
export interface FieldSelector {
  fields: string[];
  matches: Matcher;
}

/**
 * Parses a `fieldSelector` (`field=value`, `field==value`, `field!=value`,
 * comma separated) and checks every field is one the kind supports, as
 * kube-apiserver does (`field label not supported: ...`).
 */
export function parseFieldSelector(
  selector: string | undefined,
  type: ResourceType,
): FieldSelector {
  const supported = new Set([
    'metadata.name',
    'metadata.namespace',
    ...(type.selectableFields ?? []),
  ]);
  const terms = (selector ?? '')
    .split(',')
    .map(t => t.trim())
    .filter(t => t !== '')
    .map(term => {
      const match = /^([^=!]+?)\s*(==|=|!=)\s*(.*)$/.exec(term);
      if (!match) {
        throw statusErrors.badRequest(
          `invalid selector: '${selector}'; can't understand '${term}'`,
        );
      }
      const [, field, op, value] = match;
      if (!supported.has(field)) {
        throw statusErrors.badRequest(`field label not supported: ${field}`);
      }
      return { field, negate: op === '!=', value };
    });
  return {
    fields: terms.map(t => t.field),
    matches: values =>
      terms.every(t => (values[t.field] === t.value) !== t.negate),
  };
}

/**
 * Reads the values a field selector compares. Absent fields read as the
 * empty string, and booleans as `true`/`false`, which is how the apiserver's
 * field sets present them.
 */
export function fieldValues(
  object: KubeObject,
  fields: string[],
): Record<string, string> {
  const values: Record<string, string> = {};
  for (const field of fields) {
    let value: unknown = object;
    for (const part of field.split('.')) {
      value =
        value && typeof value === 'object'
          ? (value as Record<string, unknown>)[part]
          : undefined;
    }
    values[field] = value === undefined || value === null ? '' : String(value);
  }
  return values;
}
