import { randomUUID } from 'node:crypto';
import type { LoggerService } from '@backstage/backend-plugin-api';
import { isError } from '@backstage/errors';

/**
 * The errors Backstage answers with their own status and message: what the
 * caller did (400, 401, 403, 404, 409) or what the portal depends on (503).
 */
const ANSWERED = new Set([
  'InputError',
  'AuthenticationError',
  'NotAllowedError',
  'NotFoundError',
  'ConflictError',
  'NotModifiedError',
  'NotImplementedError',
  'ServiceUnavailableError',
]);

function expected(error: unknown): boolean {
  if (!isError(error)) return false;
  const status =
    (error as { statusCode?: unknown }).statusCode ??
    (error as { status?: unknown }).status;
  if (typeof status === 'number' && status < 500) return true;
  return ANSWERED.has(error.name);
}

/**
 * In production an unexpected error (a 500: a bug, a file or library
 * failing) is answered with a generic message and a reference, never its own
 * message or stack, which may name the backend's files and paths; the whole
 * error is logged with the same reference. Expected errors pass unchanged,
 * as does everything outside production.
 */
export function hideUnexpected(
  error: unknown,
  logger: LoggerService,
  where: string,
  env: string | undefined,
): unknown {
  if (env !== 'production' || expected(error)) return error;
  const reference = randomUUID();
  logger.error(
    `${where} failed unexpectedly (reference ${reference}): ${
      isError(error) ? error.stack ?? error.message : String(error)
    }`,
  );
  const hidden = new Error(
    `The AI Platform backend failed to answer ${where}; its log has the reason under reference ${reference}`,
  );
  hidden.stack = `Error: ${hidden.message}`;
  return hidden;
}

/** How a plugin answers unexpected errors, decided once when it starts. */
export type ErrorHider = (error: unknown, where: string) => unknown;

/** {@link hideUnexpected} with the logger and NODE_ENV the plugin started with. */
export function errorHider(
  logger: LoggerService,
  env: string | undefined = process.env.NODE_ENV,
): ErrorHider {
  return (error, where) => hideUnexpected(error, logger, where, env);
}
