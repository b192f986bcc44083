import type {
  ClusterPlacement,
  ModelVersionSummary,
} from '@ai-platform/backstage-plugin-ai-platform-common';

/**
 * The value of the `AiPlatformModelVersionPicker` field.
 *
 * @public
 */
export interface ModelVersionFieldValue {
  registry: string;
  repository: string;
  tag: string;
  /** The digest the tag pointed to when it was chosen. */
  digest?: string;
}

/**
 * The value of the `AiPlatformGpuProfilePicker` field.
 *
 * @public
 */
export interface GpuProfileFieldValue {
  gpuProduct: string;
  /** Whole GPUs; 1 with a MIG profile. */
  gpus: number;
  /** A MIG slice of the product, e.g. `3g.40gb`, instead of whole GPUs. */
  migProfile?: string;
}

type JsonLike = { [key: string]: unknown };

/**
 * The whole form's data as the scaffolder hands it to a field: the values of
 * every step so far (`formContext.formData`), falling back to the field's own
 * step when a form gives no context.
 */
export function formDataOf(props: {
  formContext?: { formData?: unknown };
  registry?: { formContext?: { formData?: unknown } };
}): JsonLike {
  const data =
    props.formContext?.formData ?? props.registry?.formContext?.formData;
  return data && typeof data === 'object' ? (data as JsonLike) : {};
}

/** The string in `field` of the form data; dotted paths reach into objects. */
export function stringAt(data: JsonLike, field: string): string | undefined {
  const value = valueAt(data, field);
  return typeof value === 'string' && value.trim() ? value.trim() : undefined;
}

/** The value in `field` of the form data; `a.b` reads `data.a.b`. */
export function valueAt(data: JsonLike, field: string): unknown {
  let current: unknown = data;
  for (const part of field.split('.')) {
    if (!current || typeof current !== 'object') return undefined;
    current = (current as JsonLike)[part];
  }
  return current;
}

/** A model version value read from the form, if it names one completely. */
export function modelVersionAt(
  data: JsonLike,
  field: string,
): ModelVersionFieldValue | undefined {
  const value = valueAt(data, field) as Partial<ModelVersionFieldValue>;
  if (!value || typeof value !== 'object') return undefined;
  const { registry, repository, tag, digest } = value;
  if (!registry || !repository || !tag) return undefined;
  return { registry, repository, tag, ...(digest ? { digest } : {}) };
}

/** The evaluator's sentences for why a cluster may not take the data. */
export function placementReasons(placement: ClusterPlacement): string[] {
  return placement.findings
    .filter(f => f.status !== 'compliant')
    .map(f => f.message);
}

/** `version` from a version list by tag, when it could be read. */
export function findVersion(
  versions: ReadonlyArray<ModelVersionSummary | { status: 'error' }>,
  tag: string,
): ModelVersionSummary | undefined {
  return versions.find(
    (v): v is ModelVersionSummary => v.status === 'ok' && v.tag === tag,
  );
}
