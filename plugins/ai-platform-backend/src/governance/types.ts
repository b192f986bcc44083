import type {
  GovernanceCheck,
  GovernanceCheckId,
} from '@ai-platform/backstage-plugin-ai-platform-common';

export type {
  GovernanceCheck,
  GovernanceCheckId,
  GovernanceRequest,
  GovernanceResult,
} from '@ai-platform/backstage-plugin-ai-platform-common';

export const pass = (
  id: GovernanceCheckId,
  message: string,
): GovernanceCheck => ({ id, status: 'pass', message });

export const fail = (
  id: GovernanceCheckId,
  message: string,
  fix: string,
): GovernanceCheck => ({ id, status: 'fail', message, fix });

export const notEvaluated = (
  id: GovernanceCheckId,
  message: string,
): GovernanceCheck => ({ id, status: 'not-evaluated', message });
