import type { SovereigntyRule } from '@ai-platform/backstage-plugin-ai-platform-common';
import type {
  ClusterSource,
  ModelSource,
} from '@ai-platform/backstage-plugin-ai-platform-node';
import type { ConformanceService } from '../conformance/ConformanceService';
import type { DomainModule } from '../domain';
import type { GpuService } from '../gpu/GpuService';
import type { RegistryConfig } from '../registry/config';
import { registerGovernanceActions } from './actions';
import type { GovernancePolicy } from './config';
import { GovernanceService } from './GovernanceService';

/**
 * The governance domain: the one check of a new inference service against
 * every rule, over the GPU, models, sovereignty and conformance domains.
 */
export function createGovernanceModule(options: {
  clusters: ClusterSource;
  gpu: GpuService;
  models: ModelSource;
  registries: readonly RegistryConfig[];
  rules: readonly SovereigntyRule[];
  policy: GovernancePolicy;
  conformance: Pick<ConformanceService, 'cluster'>;
}): DomainModule<GovernanceService> {
  const { clusters, conformance } = options;
  const governance = new GovernanceService({
    ...options,
    // The conformance domain gives each cluster its score.
    conformanceScore: name => {
      if (!clusters.cluster(name)) return undefined;
      return conformance.cluster(name).score;
    },
  });
  return {
    service: governance,
    registerActions(actionsRegistry) {
      registerGovernanceActions(actionsRegistry, governance);
    },
  };
}
