import type { ModelDeployment } from '@ai-platform/backstage-plugin-ai-platform-common';

/** `sha256:0123456789ab`: the algorithm and the first 12 hex digits. */
export function shortDigest(digest: string | undefined): string {
  if (!digest) return '';
  const [algorithm, hex] = digest.split(':');
  return hex ? `${algorithm}:${hex.slice(0, 12)}` : digest.slice(0, 19);
}

const UNITS = ['B', 'KiB', 'MiB', 'GiB', 'TiB'];

/** Bytes in binary units, e.g. `1.5 KiB`; exact bytes below 1 KiB. */
export function formatBytes(bytes: number): string {
  if (!Number.isFinite(bytes)) return '';
  let value = Math.abs(bytes);
  let unit = 0;
  while (value >= 1024 && unit < UNITS.length - 1) {
    value /= 1024;
    unit++;
  }
  const sign = bytes < 0 ? '-' : '';
  const shown = unit === 0 ? String(value) : value.toFixed(value < 10 ? 2 : 1);
  return `${sign}${shown} ${UNITS[unit]}`;
}

/** `cluster / namespace / Kind name`. */
export function deploymentLabel(d: ModelDeployment): string {
  return `${d.cluster} / ${d.namespace} / ${d.kind} ${d.name}`;
}

/** The `registry/repository` an annotation names, split at the first slash. */
export function parseModelRef(
  ref: string | undefined,
): { registry: string; repository: string } | undefined {
  if (!ref) return undefined;
  const slash = ref.indexOf('/');
  if (slash <= 0 || slash === ref.length - 1) return undefined;
  return { registry: ref.slice(0, slash), repository: ref.slice(slash + 1) };
}

/** The catalog entity name of every model: the one rule of `-common`. */
export { modelEntityNames } from '@ai-platform/backstage-plugin-ai-platform-common';

/**
 * Whether an entity is an `ai-model` Resource, which has a Versions tab.
 *
 * @public
 */
export function isAiModelEntity(entity: {
  kind: string;
  spec?: { [key: string]: unknown };
}): boolean {
  return (
    entity.kind.toLocaleLowerCase('en-US') === 'resource' &&
    entity.spec?.type === 'ai-model'
  );
}
