import {
  DEFAULT_SOVEREIGNTY_RULES,
  evaluateSovereignty,
  type SovereigntyEvaluation,
  type SovereigntyRule,
} from '@ai-platform/backstage-plugin-ai-platform-common';
import type { RegistryConfig } from '../registry/config';

/**
 * Where a model repository is stored, checked against the sovereignty
 * `store` rule: for a given classification (a service that will process
 * such data), or for the registry's own classification label when none is
 * given (the Models page). The models list and the governance check both
 * ask this one function.
 */
export function evaluateModelStorage(
  registry: Pick<RegistryConfig, 'name' | 'labels'>,
  repository: string,
  rules: readonly SovereigntyRule[] = DEFAULT_SOVEREIGNTY_RULES,
  classification?: string,
): SovereigntyEvaluation {
  return evaluateSovereignty(
    {
      kind: 'modelVersion',
      name: `${registry.name}/${repository}`,
      ...(classification ? { classification } : {}),
      registry: {
        entity: registry.labels,
        description: `registry ${registry.name}`,
      },
    },
    rules,
  );
}
