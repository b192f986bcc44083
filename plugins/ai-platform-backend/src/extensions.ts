import type { BackendPluginRegistrationPoints } from '@backstage/backend-plugin-api';
import {
  aiPlatformConformanceExtensionPoint,
  aiPlatformCostExtensionPoint,
  aiPlatformGpuExtensionPoint,
  aiPlatformSovereigntyExtensionPoint,
  ConformancePlatformCheck,
  GpuDeviceClassRecogniser,
  GpuPriceSource,
  SovereigntyRuleSet,
} from '@ai-platform/backstage-plugin-ai-platform-node';

/** What modules of the plugin added through its extension points. */
export interface PluginExtensions {
  deviceClassRecognisers: GpuDeviceClassRecogniser[];
  platformChecks: ConformancePlatformCheck[];
  priceSources: GpuPriceSource[];
  ruleSets: SovereigntyRuleSet[];
}

/**
 * Registers the plugin's extension points; the lists fill while modules
 * register, before the plugin's init runs.
 */
export function registerExtensionPoints(
  env: BackendPluginRegistrationPoints,
): PluginExtensions {
  const added: PluginExtensions = {
    deviceClassRecognisers: [],
    platformChecks: [],
    priceSources: [],
    ruleSets: [],
  };
  env.registerExtensionPoint(aiPlatformGpuExtensionPoint, {
    addDeviceClassRecogniser(...recognisers) {
      added.deviceClassRecognisers.push(...recognisers);
    },
  });
  env.registerExtensionPoint(aiPlatformConformanceExtensionPoint, {
    addPlatformCheck(...checks) {
      added.platformChecks.push(...checks);
    },
  });
  env.registerExtensionPoint(aiPlatformCostExtensionPoint, {
    addPriceSource(...sources) {
      added.priceSources.push(...sources);
    },
  });
  env.registerExtensionPoint(aiPlatformSovereigntyExtensionPoint, {
    addRuleSet(...ruleSets) {
      added.ruleSets.push(...ruleSets);
    },
  });
  return added;
}
