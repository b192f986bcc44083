/**
 * Where a KServe object says its model is, and whether KServe can fetch it.
 *
 * KServe v1beta1's `PredictorSpec` names the model either in `model` (any
 * framework, with `modelFormat`) or in one of the framework shorthands
 * (`sklearn`, `pytorch`, …); each is a `PredictorExtensionSpec` with a
 * `storageUri`. `storageUris` lists several. LLMInferenceService (v1alpha1
 * and v1alpha2) names it in `spec.model.uri`. Every reader of the suite
 * (model deployments, model hygiene, cost per model, the cluster layer's
 * "not understood" list) takes the addresses from here.
 */

/**
 * The framework fields of KServe's v1beta1 `PredictorSpec`, in the order
 * KServe's `GetImplementations` looks at them (kserve
 * pkg/apis/serving/v1beta1/predictor.go).
 *
 * @public
 */
export const KSERVE_PREDICTOR_FRAMEWORKS = [
  'xgboost',
  'pytorch',
  'triton',
  'sklearn',
  'tensorflow',
  'onnx',
  'pmml',
  'lightgbm',
  'paddle',
  'huggingface',
] as const;

/**
 * The storage URI prefixes KServe's webhook accepts
 * (`SupportedStorageURIPrefixList`, pkg/webhook/admission/pod/storage_initializer_injector.go),
 * Azure Blob and File being `https://` too.
 *
 * @public
 */
export const KSERVE_STORAGE_URI_PREFIXES = [
  'gs://',
  's3://',
  'pvc://',
  'file://',
  'https://',
  'http://',
  'hdfs://',
  'webhdfs://',
  'oci://',
  'hf://',
] as const;

/**
 * What kind of store a model address points at.
 *
 * @public
 */
export type ModelUriScheme =
  | 'gs'
  | 's3'
  | 'pvc'
  | 'file'
  | 'https'
  | 'http'
  | 'hdfs'
  | 'webhdfs'
  | 'oci'
  | 'hf'
  | 'local-path';

/**
 * A model address judged: valid with its scheme, or invalid with the reason.
 *
 * @public
 */
export type ModelUriClass =
  | { valid: true; scheme: ModelUriScheme }
  | { valid: false; reason: string };

const SCHEME = /^([A-Za-z][A-Za-z0-9+.-]*):/;
const MAX_URI_LENGTH = 2048;

/**
 * Whether KServe can fetch a model from this address. A value with a URI
 * scheme must use one KServe's storage initializer downloads from (the
 * prefixes above, lowercase as KServe compares them); a value without one
 * is a path on the model volume, as KServe reads it. `javascript:`, `data:`,
 * `ftp://` and the like are invalid, never merely "unpinned".
 *
 * @public
 */
export function classifyModelUri(uri: unknown): ModelUriClass {
  if (typeof uri !== 'string') {
    return { valid: false, reason: `is ${describe(uri)}, not a string` };
  }
  if (uri.trim() === '') return { valid: false, reason: 'is empty' };
  if (uri.length > MAX_URI_LENGTH) {
    return {
      valid: false,
      reason: `is ${uri.length} characters long (more than ${MAX_URI_LENGTH})`,
    };
  }
  // eslint-disable-next-line no-control-regex
  if (/[\s\u0000-\u001f\u007f]/.test(uri)) {
    return {
      valid: false,
      reason: 'contains whitespace or control characters',
    };
  }
  const scheme = SCHEME.exec(uri)?.[1];
  if (scheme === undefined) return { valid: true, scheme: 'local-path' };
  const prefix = KSERVE_STORAGE_URI_PREFIXES.find(p => uri.startsWith(p));
  if (prefix) {
    if (uri.length === prefix.length) {
      return { valid: false, reason: `names nothing after ${prefix}` };
    }
    return { valid: true, scheme: prefix.slice(0, -3) as ModelUriScheme };
  }
  const known = KSERVE_STORAGE_URI_PREFIXES.find(
    p => p.slice(0, -3) === scheme.toLowerCase(),
  );
  const hint = known
    ? `; write it as ${known}…`
    : ` (KServe downloads from ${KSERVE_STORAGE_URI_PREFIXES.join(', ')})`;
  return {
    valid: false,
    reason: `uses the scheme '${truncate(
      scheme,
    )}:', which KServe does not fetch models from${hint}`,
  };
}

/**
 * One model address of a KServe object, with the field it was read from.
 *
 * @public
 */
export interface KServeModelAddress {
  /** e.g. `spec.predictor.pytorch.storageUri`. */
  field: string;
  uri: string;
  /** Set when a framework shorthand or `model` names it. */
  framework?: string;
  judged: ModelUriClass;
}

/**
 * What a KServe object says about its model: every address (valid or not)
 * and the problems that make part of it unreadable.
 *
 * @public
 */
export interface KServeModelReading {
  addresses: KServeModelAddress[];
  problems: string[];
}

type Obj = Record<string, unknown>;

function isObject(value: unknown): value is Obj {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

function describe(value: unknown): string {
  if (value === null) return 'null';
  if (Array.isArray(value)) return 'a list';
  return `a${typeof value === 'object' ? 'n' : ''} ${typeof value}`;
}

function truncate(text: string, max = 80): string {
  return text.length > max ? `${text.slice(0, max)}…` : text;
}

/**
 * The model addresses of a KServe InferenceService (v1beta1) or
 * LLMInferenceService (v1alpha1, v1alpha2), from its `kind` and `spec`.
 * Invalid addresses are returned judged invalid (so a hygiene check can say
 * why), with a problem naming the field; a spec that names more than one
 * predictor implementation, which KServe's webhook refuses, is a problem too.
 *
 * @public
 */
export function readKServeModel(object: {
  kind?: string;
  spec?: unknown;
}): KServeModelReading {
  const addresses: KServeModelAddress[] = [];
  const problems: string[] = [];
  const add = (field: string, value: unknown, framework?: string) => {
    if (value === undefined || value === null) return;
    const judged = classifyModelUri(value);
    if (typeof value === 'string') {
      addresses.push({
        field,
        uri: value,
        ...(framework ? { framework } : {}),
        judged,
      });
    }
    if (!judged.valid) {
      problems.push(
        `${field} ${typeof value === 'string' ? `'${truncate(value)}' ` : ''}${
          judged.reason
        }; the model is not known`,
      );
    }
  };
  const spec = object.spec;
  if (!isObject(spec)) return { addresses, problems };

  if (object.kind === 'LLMInferenceService') {
    const model = spec.model;
    if (isObject(model)) add('spec.model.uri', model.uri);
    return { addresses, problems };
  }

  const predictor = spec.predictor;
  if (!isObject(predictor)) return { addresses, problems };
  const implementations: string[] = [];
  for (const framework of [...KSERVE_PREDICTOR_FRAMEWORKS, 'model'] as const) {
    const entry = predictor[framework];
    if (entry === undefined || entry === null) continue;
    if (!isObject(entry)) {
      problems.push(
        `spec.predictor.${framework} is ${describe(entry)}, not an object`,
      );
      continue;
    }
    implementations.push(framework);
    const name =
      framework === 'model' && isObject(entry.modelFormat)
        ? entry.modelFormat.name
        : framework;
    add(
      `spec.predictor.${framework}.storageUri`,
      entry.storageUri,
      typeof name === 'string' ? name : undefined,
    );
  }
  if (implementations.length > 1) {
    problems.push(
      `spec.predictor names ${
        implementations.length
      } implementations (${implementations.join(
        ', ',
      )}); KServe accepts exactly one`,
    );
  }
  // Not in v1beta1's schema, but written by older tooling; read, not required.
  add('spec.predictor.storageUri', predictor.storageUri);
  const many = predictor.storageUris;
  if (Array.isArray(many)) {
    many.forEach((entry, i) => {
      if (isObject(entry))
        add(`spec.predictor.storageUris[${i}].uri`, entry.uri);
      else {
        problems.push(
          `spec.predictor.storageUris[${i}] is ${describe(
            entry,
          )}, not an object`,
        );
      }
    });
  } else if (many !== undefined && many !== null) {
    problems.push(
      `spec.predictor.storageUris is ${describe(many)}, not a list`,
    );
  }
  return { addresses, problems };
}
