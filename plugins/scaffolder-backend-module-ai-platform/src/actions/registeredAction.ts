import type { ActionsService } from '@backstage/backend-plugin-api/alpha';
import type { BackstageCredentials } from '@backstage/backend-plugin-api';
import { ForwardedError, InputError } from '@backstage/errors';

type InvokeInput = Parameters<ActionsService['invoke']>[0]['input'];

/** The error body a registered action's 4xx answer carries, when it has one. */
function inputErrorMessage(error: unknown): string | undefined {
  const e = error as {
    name?: string;
    message?: string;
    body?: { error?: { name?: string; message?: string } };
  };
  if (e?.name === 'InputError') return e.message;
  if (e?.body?.error?.name === 'InputError') return e.body.error.message;
  return undefined;
}

/**
 * Calls a registered action of the AI Platform backend. Its InputError
 * (bad input, answered over HTTP as a 400) stays an InputError with the
 * action's own message, so the task fails saying what to change; anything
 * else is forwarded with what could not be run.
 */
export async function invokeRegisteredAction<T>(options: {
  actions: ActionsService;
  id: string;
  input: unknown;
  credentials: BackstageCredentials;
  what: string;
}): Promise<T> {
  const { actions, id, input, credentials, what } = options;
  try {
    const { output } = await actions.invoke({
      id,
      input: input as InvokeInput,
      credentials,
    });
    return output as unknown as T;
  } catch (e) {
    const message = inputErrorMessage(e);
    if (message) throw new InputError(message);
    throw new ForwardedError(`${what} (${id}) could not be run`, e);
  }
}
