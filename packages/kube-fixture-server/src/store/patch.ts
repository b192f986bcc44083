import { statusErrors } from '../errors';

type Json = unknown;

/** Applies an RFC 7386 JSON merge patch (also used for strategic merge). */
export function mergePatch(target: Json, patch: Json): Json {
  if (!isObject(patch)) return patch;
  const result: Record<string, Json> = isObject(target) ? { ...target } : {};
  for (const [key, value] of Object.entries(patch)) {
    if (value === null) delete result[key];
    else result[key] = mergePatch(result[key], value);
  }
  return result;
}

interface JsonPatchOperation {
  op: string;
  path: string;
  value?: Json;
  from?: string;
}

/**
 * Applies an RFC 6902 JSON patch with the operations clients send to
 * Kubernetes: add, remove, replace and test.
 */
export function jsonPatch(target: Json, operations: Json): Json {
  if (!Array.isArray(operations)) {
    throw statusErrors.badRequest(
      'a JSON patch must be an array of operations',
    );
  }
  let result = structuredClone(target);
  for (const operation of operations as JsonPatchOperation[]) {
    result = applyOperation(result, operation);
  }
  return result;
}

function applyOperation(doc: Json, operation: JsonPatchOperation): Json {
  const segments = (operation.path ?? '')
    .split('/')
    .slice(1)
    .map(s => s.replace(/~1/g, '/').replace(/~0/g, '~'));
  if (segments.length === 0) {
    if (operation.op === 'add' || operation.op === 'replace')
      return operation.value;
    throw statusErrors.badRequest(
      `unsupported JSON patch on the root: ${operation.op}`,
    );
  }
  const last = segments.pop()!;
  let parent: any = doc;
  for (const segment of segments) {
    parent = parent?.[Array.isArray(parent) ? Number(segment) : segment];
  }
  if (parent === null || typeof parent !== 'object') {
    throw statusErrors.badRequest(
      `JSON patch path ${operation.path} does not exist in the object`,
    );
  }
  const isArray = Array.isArray(parent);
  const index = last === '-' ? parent.length : Number(last);
  switch (operation.op) {
    case 'add':
      if (isArray) parent.splice(index, 0, operation.value);
      else parent[last] = operation.value;
      break;
    case 'replace':
      if (isArray) parent[index] = operation.value;
      else parent[last] = operation.value;
      break;
    case 'remove':
      if (isArray) parent.splice(index, 1);
      else delete parent[last];
      break;
    case 'test':
      if (
        JSON.stringify(parent[isArray ? index : last]) !==
        JSON.stringify(operation.value)
      ) {
        throw statusErrors.invalidPatch(
          `JSON patch test failed at ${operation.path}`,
        );
      }
      break;
    default:
      throw statusErrors.badRequest(
        `unsupported JSON patch operation: ${operation.op}`,
      );
  }
  return doc;
}

function isObject(value: Json): value is Record<string, Json> {
  return value !== null && typeof value === 'object' && !Array.isArray(value);
}
