import type {
  ConformanceScore,
  SovereigntyRule,
} from '@ai-platform/backstage-plugin-ai-platform-common';
import type {
  ClusterSource,
  ModelSource,
} from '@ai-platform/backstage-plugin-ai-platform-node';
import type { GpuService } from '../gpu/GpuService';
import type { GovernancePolicy } from './config';
import { checkLimits, checkName } from './limits';
import type { RegistryConfig } from '../registry/config';
import {
  checkFit,
  checkStorage,
  checkSupplyChain,
  resolveModel,
} from './modelChecks';
import {
  checkCapacity,
  checkConformance,
  checkNamespace,
  checkQuota,
  checkSovereignty,
} from './placementChecks';
import {
  fail,
  GovernanceCheck,
  GovernanceRequest,
  GovernanceResult,
  notEvaluated,
} from './types';

/**
 * The governance check of a new inference service: every rule a template
 * or an agent must pass before anything is rendered or committed, over the
 * cluster caches, the GPU domain, the sovereignty rules and the models
 * domain. It never throws for a bad request: each problem is a failed check
 * with what to change, so a form can show them all at once.
 */
export class GovernanceService {
  constructor(
    private readonly options: {
      clusters: ClusterSource;
      gpu: GpuService;
      models: ModelSource;
      /** The registries, for where each model is stored. */
      registries: readonly Pick<RegistryConfig, 'name' | 'labels'>[];
      rules: readonly SovereigntyRule[];
      policy: GovernancePolicy;
      /** The cluster's conformance score, when the conformance domain has one. */
      conformanceScore?: (cluster: string) => ConformanceScore | undefined;
    },
  ) {}

  async check(request: GovernanceRequest): Promise<GovernanceResult> {
    const { clusters, gpu, models, registries, rules, policy } = this.options;
    const checks: GovernanceCheck[] = [checkName(request.name)];
    const limits = checkLimits(request, policy);
    // Quota and capacity need counts to compare; a bad count is already a failure.
    const gpusValid = [request.gpus, request.replicas].every(
      n => Number.isInteger(n) && n >= 1,
    );

    const view = clusters.cluster(request.cluster);
    if (!view) {
      const known = clusters.clusters().map(c => c.name);
      const unknown = `There is no cluster named '${request.cluster}'`;
      checks.push(
        fail(
          'namespace',
          unknown,
          `Choose one of the configured clusters: ${
            known.join(', ') || '(none)'
          }`,
        ),
        ...limits,
        ...(['gpu-quota', 'gpu-capacity', 'sovereignty'] as const).map(id =>
          notEvaluated(id, `${unknown}, so this was not checked`),
        ),
      );
    } else {
      const namespace = checkNamespace(request, view);
      const placed = namespace.status === 'pass';
      const why = `the namespace did not pass its check, so this was not checked`;
      checks.push(
        namespace,
        ...limits,
        placed && gpusValid
          ? checkQuota(request, view, gpu)
          : notEvaluated(
              'gpu-quota',
              placed
                ? 'Quota: the GPU or replica count is not a whole number of at least 1, so quota was not compared'
                : `Quota: ${why}`,
            ),
        gpusValid
          ? checkCapacity(request, gpu)
          : notEvaluated(
              'gpu-capacity',
              'The GPU count is not valid, so free GPUs were not counted',
            ),
        checkSovereignty(request, clusters, rules),
      );
    }

    const resolved = await resolveModel(request, models);
    checks.push(resolved.check, checkStorage(request, registries, rules));
    if (resolved.version) {
      checks.push(
        ...checkSupplyChain(resolved.version, policy),
        checkFit(request, resolved.version),
      );
    } else {
      const why = 'the model version did not resolve, so this was not checked';
      checks.push(
        notEvaluated('model-signature', `Signature: ${why}`),
        notEvaluated('model-sbom', `SBOM: ${why}`),
        notEvaluated('model-fit', `Fit: ${why}`),
      );
    }
    checks.push(
      checkConformance(
        request.cluster,
        this.options.conformanceScore?.(request.cluster),
        policy.minConformanceScore,
      ),
    );

    return {
      allowed: checks.every(c => c.status !== 'fail'),
      checks,
      ...(resolved.version ? { resolvedDigest: resolved.version.digest } : {}),
    };
  }
}
