import {
  BackstageCredentials,
  createServiceFactory,
  createServiceRef,
} from '@backstage/backend-plugin-api';
import {
  actionsServiceRef,
  type ActionsService,
} from '@backstage/backend-plugin-api/alpha';
import { ForwardedError, InputError } from '@backstage/errors';
import {
  AI_PLATFORM_ACTION_IDS,
  GovernanceRequest,
  GovernanceResult,
  ModelVersionRequest,
  parseGovernanceResult,
  parseResolvedModelVersion,
  ResolvedModelVersion,
} from '@ai-platform/backstage-plugin-ai-platform-common';

/**
 * What other plugins (the scaffolder module) ask the AI Platform backend,
 * typed by the governance contract of `-common`: the same rules and the
 * same answers templates and agents get.
 *
 * @public
 */
export interface AiPlatformService {
  /** Whether a new inference service is allowed, with every check. */
  checkInferenceService(
    request: GovernanceRequest,
    options: { credentials: BackstageCredentials },
  ): Promise<GovernanceResult>;
  /** A model version pinned to its digest, with the supply-chain policy applied. */
  resolveModelVersion(
    request: ModelVersionRequest,
    options: { credentials: BackstageCredentials },
  ): Promise<ResolvedModelVersion>;
}

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
 * The AI Platform service over the backend's registered actions (through
 * the actions service, so it works from any plugin of any backend). The
 * action's InputError (bad input, a 400) stays an InputError with the
 * action's own message; any other failure, and an answer that does not
 * match the contract, is forwarded naming the action.
 *
 * @public
 */
export function createAiPlatformService(
  actions: ActionsService,
): AiPlatformService {
  async function invoke<T>(
    id: string,
    input: unknown,
    credentials: BackstageCredentials,
    parse: (output: unknown) => T,
    what: string,
  ): Promise<T> {
    let output: unknown;
    try {
      ({ output } = await actions.invoke({
        id,
        input: input as InvokeInput,
        credentials,
      }));
    } catch (e) {
      const message = inputErrorMessage(e);
      if (message) throw new InputError(message);
      throw new ForwardedError(`${what} (${id}) could not be run`, e);
    }
    try {
      return parse(output);
    } catch (e) {
      throw new ForwardedError(
        `${what} (${id}) answered outside the AI Platform contract`,
        e,
      );
    }
  }
  return {
    checkInferenceService: (request, { credentials }) =>
      invoke(
        AI_PLATFORM_ACTION_IDS.checkInferenceService,
        request,
        credentials,
        parseGovernanceResult,
        'The governance check',
      ),
    resolveModelVersion: (request, { credentials }) =>
      invoke(
        AI_PLATFORM_ACTION_IDS.resolveModelVersion,
        request,
        credentials,
        parseResolvedModelVersion,
        'The model version',
      ),
  };
}

/**
 * The AI Platform backend as a typed service for other plugins. The
 * default implementation calls the backend's registered actions.
 *
 * @public
 */
export const aiPlatformServiceRef = createServiceRef<AiPlatformService>({
  id: 'ai-platform.service',
  scope: 'plugin',
  defaultFactory: async service =>
    createServiceFactory({
      service,
      deps: { actions: actionsServiceRef },
      factory: ({ actions }) => createAiPlatformService(actions),
    }),
});
