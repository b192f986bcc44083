import { statusErrors } from '../errors';

/** Where a list page ends: the list's resourceVersion and the last key served. */
export interface ContinuePosition {
  rv: number;
  start: string;
}

/** An opaque continue token (base64url JSON), as clients must treat it. */
export function encodeContinue(rv: number, start: string): string {
  return Buffer.from(JSON.stringify({ rv, start })).toString('base64url');
}

/**
 * Reads a continue token: 400 when it is not one this server issued, 410
 * Expired when the history it refers to was compacted, as kube-apiserver
 * does once etcd compacted the list's revision.
 */
export function decodeContinue(
  token: string,
  compactedRevision: number,
): ContinuePosition {
  const invalid = () =>
    statusErrors.badRequest(
      'invalid continue token: it is not one this server issued',
    );
  let decoded: { rv?: unknown; start?: unknown };
  try {
    decoded = JSON.parse(Buffer.from(token, 'base64url').toString('utf8'));
  } catch {
    throw invalid();
  }
  if (typeof decoded.rv !== 'number' || typeof decoded.start !== 'string') {
    throw invalid();
  }
  if (decoded.rv < compactedRevision) {
    throw statusErrors.expired(
      'The provided continue parameter is too old to display a consistent list result. You can start a new list without the continue parameter.',
    );
  }
  return { rv: decoded.rv, start: decoded.start };
}
