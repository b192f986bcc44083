import { createExtensionPoint } from '@backstage/backend-plugin-api';
import type { SovereigntyRule } from '@ai-platform/backstage-plugin-ai-platform-common';

/**
 * A named set of sovereignty rules, e.g. a regulator's or a customer
 * contract's.
 *
 * @public
 */
export interface SovereigntyRuleSet {
  /** Names the set in logs, e.g. `config` or `bsi-c5`. */
  readonly id: string;
  readonly rules: readonly SovereigntyRule[];
}

/**
 * Where other modules of the `ai-platform` plugin add to the sovereignty
 * domain.
 *
 * @public
 */
export interface AiPlatformSovereigntyExtensionPoint {
  /**
   * Adds rule sets. Their rules apply together with the configured ones
   * (`aiPlatform.sovereignty.rules`) everywhere the plugin judges a
   * placement: the sovereignty pages, the capacity finder, the governance
   * check and the agent actions.
   */
  addRuleSet(...ruleSets: SovereigntyRuleSet[]): void;
}

/**
 * The sovereignty domain's extension point.
 *
 * @public
 */
export const aiPlatformSovereigntyExtensionPoint =
  createExtensionPoint<AiPlatformSovereigntyExtensionPoint>({
    id: 'ai-platform.sovereignty',
  });
