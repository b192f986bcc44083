import { ResourceType, qualifiedResource } from './types';

/** The `Status` object kube-apiserver answers failures with. */
export interface StatusObject {
  kind: 'Status';
  apiVersion: 'v1';
  metadata: Record<string, never>;
  status: 'Failure';
  message: string;
  reason: string;
  details?: Record<string, unknown>;
  code: number;
}

/**
 * A failure that maps to one kube-apiserver `Status` response. Thrown by the
 * store and the selectors, turned into a response by the router.
 */
export class StatusError extends Error {
  readonly code: number;
  readonly reason: string;
  readonly details?: Record<string, unknown>;

  constructor(
    code: number,
    reason: string,
    message: string,
    details?: Record<string, unknown>,
  ) {
    super(message);
    this.name = 'StatusError';
    this.code = code;
    this.reason = reason;
    this.details = details;
  }

  toStatus(): StatusObject {
    return {
      kind: 'Status',
      apiVersion: 'v1',
      metadata: {},
      status: 'Failure',
      message: this.message,
      reason: this.reason,
      ...(this.details ? { details: this.details } : {}),
      code: this.code,
    };
  }
}

function statusDetails(type: ResourceType, name?: string) {
  return {
    ...(name !== undefined ? { name } : {}),
    ...(type.group ? { group: type.group } : {}),
    kind: type.plural,
  };
}

export const statusErrors = {
  badRequest: (message: string) => new StatusError(400, 'BadRequest', message),
  unauthorized: () => new StatusError(401, 'Unauthorized', 'Unauthorized'),
  notFound: (type: ResourceType, name: string) =>
    new StatusError(
      404,
      'NotFound',
      `${qualifiedResource(type)} "${name}" not found`,
      statusDetails(type, name),
    ),
  /**
   * A path that names nothing served. kube-apiserver answers it with a
   * plain-text `404 page not found` rather than a Status; see sendStatus.
   */
  pathNotFound: () =>
    new StatusError(404, 'NotFound', '404 page not found', {
      plainText: true,
    }),
  methodNotAllowed: (method: string) =>
    new StatusError(
      405,
      'MethodNotAllowed',
      `the server does not allow this method on the requested resource (${method})`,
    ),
  alreadyExists: (type: ResourceType, name: string) =>
    new StatusError(
      409,
      'AlreadyExists',
      `${qualifiedResource(type)} "${name}" already exists`,
      statusDetails(type, name),
    ),
  conflict: (type: ResourceType, name: string) =>
    new StatusError(
      409,
      'Conflict',
      `Operation cannot be fulfilled on ${qualifiedResource(
        type,
      )} "${name}": the object has been modified; please apply your changes to the latest version and try again`,
      statusDetails(type, name),
    ),
  expired: (message: string) => new StatusError(410, 'Expired', message),
  unsupportedMediaType: (contentType: string) =>
    new StatusError(
      415,
      'UnsupportedMediaType',
      `the body of the request was in an unknown format - accepted media types include: application/json, application/merge-patch+json, application/strategic-merge-patch+json, application/json-patch+json (got ${contentType})`,
    ),
  invalid: (type: ResourceType, name: string, field: string, why: string) =>
    new StatusError(
      422,
      'Invalid',
      `${type.kind} "${name}" is invalid: ${field}: ${why}`,
      {
        ...statusDetails(type, name),
        kind: type.kind,
        causes: [{ reason: 'FieldValueInvalid', message: why, field }],
      },
    ),
  invalidPatch: (message: string) => new StatusError(422, 'Invalid', message),
  internal: (message: string) => new StatusError(500, 'InternalError', message),
  serviceUnavailable: (message: string) =>
    new StatusError(503, 'ServiceUnavailable', message),
};
