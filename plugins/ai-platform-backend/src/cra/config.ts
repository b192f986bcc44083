import {
  CRA_ITEM_IDS,
  CraItemId,
  CraRules,
  DEFAULT_CRA_RULES,
} from '@ai-platform/backstage-plugin-ai-platform-common';
import type { Config } from '@backstage/config';
import { InputError } from '@backstage/errors';

/**
 * Reads `aiPlatform.cra` over the default rules. An unknown item or a
 * negative weight is refused at start-up with the key that is wrong.
 */
export function readCraRules(config: Config): CraRules {
  const section = config.getOptionalConfig('aiPlatform.cra');
  const items = { ...DEFAULT_CRA_RULES.items };
  const configured = section?.getOptionalConfig('items');
  for (const key of configured?.keys() ?? []) {
    if (!(CRA_ITEM_IDS as readonly string[]).includes(key)) {
      throw new InputError(
        `aiPlatform.cra.items.${key} is not a readiness item; use one of ${CRA_ITEM_IDS.join(
          ', ',
        )}`,
      );
    }
    const item = configured!.getConfig(key);
    const id = key as CraItemId;
    const weight = item.getOptionalNumber('weight') ?? items[id].weight;
    if (!Number.isFinite(weight) || weight < 0) {
      throw new InputError(
        `aiPlatform.cra.items.${key}.weight must be a number of 0 or more, not ${weight}`,
      );
    }
    items[id] = {
      weight,
      required: item.getOptionalBoolean('required') ?? items[id].required,
    };
  }
  const minSupportYears =
    section?.getOptionalNumber('minSupportYears') ??
    DEFAULT_CRA_RULES.minSupportYears;
  if (!Number.isFinite(minSupportYears) || minSupportYears < 0) {
    throw new InputError(
      `aiPlatform.cra.minSupportYears must be 0 or more, not ${minSupportYears}`,
    );
  }
  return { items, minSupportYears };
}
