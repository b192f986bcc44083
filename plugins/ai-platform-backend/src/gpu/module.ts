import {
  aiPlatformGpuReadPermission,
  CapacityRequest,
  SovereigntyRule,
} from '@ai-platform/backstage-plugin-ai-platform-common';
import type { ClusterSource } from '@ai-platform/backstage-plugin-ai-platform-node';
import type { DomainModule } from '../domain';
import { registerGpuActions } from './actions';
import type { IsGpuDeviceClass } from './deviceClasses';
import { GpuService } from './GpuService';
import { sovereigntyPlacementCheck } from './placement';

/**
 * The GPU domain: capacity, quotas, queues and workloads per cluster, and
 * the capacity finder with the sovereignty rules as its placement check.
 */
export function createGpuModule(options: {
  clusters: ClusterSource;
  rules: readonly SovereigntyRule[];
  deviceClasses: IsGpuDeviceClass;
}): DomainModule<GpuService> {
  const gpu = new GpuService({
    clusters: options.clusters,
    deviceClasses: options.deviceClasses,
    placementCheck: sovereigntyPlacementCheck(options.rules),
  });
  return {
    service: gpu,
    registerActions(actionsRegistry) {
      registerGpuActions(actionsRegistry, gpu, options.clusters);
    },
    addRoutes(router, { requireRead }) {
      router.use('/gpu', requireRead(aiPlatformGpuReadPermission, 'GPU data'));

      router.get('/gpu/overview', async (req, res) => {
        const { cluster, jurisdiction, product, team } = req.query;
        res.json({ ...gpu.overview({ cluster, jurisdiction, product, team }) });
      });

      router.get('/gpu/teams/:team', async (req, res) => {
        res.json({ ...gpu.teamUsage(req.params.team) });
      });

      router.get('/gpu/workloads', async (req, res) => {
        res.json({ ...gpu.workloads(req.query.labelSelector) });
      });

      router.get('/gpu/capacity', async (req, res) => {
        const q = req.query;
        res.json({
          ...gpu.findCapacity({
            gpus: Number(q.gpus),
            product: q.product,
            minMemoryGiB:
              q.minMemoryGiB === undefined ? undefined : Number(q.minMemoryGiB),
            jurisdiction: q.jurisdiction,
            classification: q.classification,
            team: q.team,
            placement: q.placement as CapacityRequest['placement'],
          }),
        });
      });
    },
  };
}
