/**
 * The entity ref of the Group named by an `ai-platform.io/team` value: a
 * group name in the default namespace, or a full entity ref.
 */
export function teamRef(value: string): string {
  const trimmed = value.trim().toLocaleLowerCase('en-US');
  if (trimmed.includes(':')) return trimmed;
  if (trimmed.includes('/')) return `group:${trimmed}`;
  return `group:default/${trimmed}`;
}
