import { statusErrors } from '../errors';
import { KubeObject, ResourceType, apiVersionOf } from '../types';

const DNS_SUBDOMAIN =
  /^[a-z0-9]([-a-z0-9]*[a-z0-9])?(\.[a-z0-9]([-a-z0-9]*[a-z0-9])?)*$/;

/**
 * Checks that a body is an object of the kind a request is for, and returns
 * a copy (top level and metadata) with the namespace settled: the request's,
 * else the object's, else `default`; none for cluster-scoped kinds.
 */
export function checkBody(
  type: ResourceType,
  body: KubeObject,
  namespace: string | undefined,
): KubeObject {
  if (!body || typeof body !== 'object' || !body.metadata) {
    throw statusErrors.badRequest(
      `the body is not a ${type.kind} object with metadata`,
    );
  }
  // Like kube-apiserver, a body without apiVersion and kind takes them
  // from the endpoint; a body that names another kind is refused.
  const object = {
    ...body,
    apiVersion: body.apiVersion ?? apiVersionOf(type),
    kind: body.kind ?? type.kind,
  };
  if (object.kind !== type.kind || object.apiVersion !== apiVersionOf(type)) {
    throw statusErrors.badRequest(
      `the object is a ${object.apiVersion}/${
        object.kind
      }, but the request is for ${apiVersionOf(type)}/${type.kind}`,
    );
  }
  const meta = { ...object.metadata };
  if (type.namespaced) {
    if (namespace && meta.namespace && meta.namespace !== namespace) {
      throw statusErrors.badRequest(
        'the namespace of the provided object does not match the namespace sent on the request',
      );
    }
    meta.namespace = namespace ?? meta.namespace ?? 'default';
  } else {
    delete meta.namespace;
  }
  return { ...object, metadata: meta };
}

/** Fails with 422 Invalid, as kube-apiserver does, on a missing or malformed name. */
export function checkName(type: ResourceType, object: KubeObject) {
  const name = object.metadata.name;
  if (!name) {
    throw statusErrors.invalid(
      type,
      '',
      'metadata.name',
      'Required value: name or generateName is required',
    );
  }
  if (name.length > 253 || !DNS_SUBDOMAIN.test(name)) {
    throw statusErrors.invalid(
      type,
      name,
      'metadata.name',
      `Invalid value: "${name}": a lowercase RFC 1123 subdomain must consist of lower case alphanumeric characters, '-' or '.', and must start and end with an alphanumeric character`,
    );
  }
}
