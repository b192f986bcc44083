import { createValidatedOpenApiRouter } from '@backstage/backend-openapi-utils';
import type {
  HttpAuthService,
  PermissionsService,
  UserInfoService,
} from '@backstage/backend-plugin-api';
import { stringify as csvStringify } from 'csv-stringify/sync';
import { InputError, NotAllowedError, NotFoundError } from '@backstage/errors';
import {
  AuthorizeResult,
  BasicPermission,
} from '@backstage/plugin-permission-common';
import {
  aiPlatformAgentReadPermission,
  aiPlatformGpuReadPermission,
  aiPlatformSovereigntyReadPermission,
  aiPlatformModelsReadPermission,
  aiPlatformConformanceReadPermission,
  aiPlatformCostReadPermission,
  CapacityRequest,
  CostGroupBy,
  CostWindow,
} from '@ai-platform/backstage-plugin-ai-platform-common';
import type {
  AgentRegistry,
  ClusterSource,
  ModelSource,
} from '@ai-platform/backstage-plugin-ai-platform-node';
import express from 'express';
import { summarizeCluster } from './clusters/inventory';
import type { GpuService } from './gpu/GpuService';
import type { ConformanceService } from './conformance/ConformanceService';
import { costVisibility } from './cost/access';
import type { CostService } from './cost/CostService';
import type { SovereigntyService } from './sovereignty/SovereigntyService';
import { spec } from './schema/openapi';

/** The REST API of the AI Platform backend: a thin layer over the domain services. */
export async function createRouter(options: {
  clusters: ClusterSource;
  gpu: GpuService;
  sovereignty: SovereigntyService;
  agents: AgentRegistry;
  models: ModelSource;
  conformance: ConformanceService;
  cost: CostService;
  httpAuth: HttpAuthService;
  permissions: PermissionsService;
  userInfo: UserInfoService;
}): Promise<express.Router> {
  const { clusters, gpu, sovereignty, agents, models, httpAuth, permissions } =
    options;
  const { conformance, cost, userInfo } = options;
  const router = createValidatedOpenApiRouter(spec);
  router.use(express.json());

  /** Lets a request through only if the caller has the permission. */
  const requireRead =
    (permission: BasicPermission, what: string): express.RequestHandler =>
    async (req, _res, next) => {
      const credentials = await httpAuth.credentials(req);
      const [decision] = await permissions.authorize([{ permission }], {
        credentials,
      });
      if (decision.result !== AuthorizeResult.ALLOW) {
        throw new NotAllowedError(
          `You may not read ${what} (permission ${permission.name})`,
        );
      }
      next();
    };

  router.use('/gpu', requireRead(aiPlatformGpuReadPermission, 'GPU data'));
  const requireAgentsRead = requireRead(
    aiPlatformAgentReadPermission,
    'the agent registry',
  );
  router.use('/agents', requireAgentsRead);
  router.use('/mcp-servers', requireAgentsRead);
  router.use(
    '/sovereignty',
    requireRead(aiPlatformSovereigntyReadPermission, 'sovereignty verdicts'),
  );

  router.get('/sovereignty/report', async (req, res) => {
    const credentials = await httpAuth.credentials(req);
    res.json({ ...(await sovereignty.report(credentials)) });
  });

  router.get('/sovereignty/entity', async (req, res) => {
    const credentials = await httpAuth.credentials(req);
    res.json({ ...(await sovereignty.entity(req.query.ref, credentials)) });
  });

  router.get('/sovereignty/clusters', async (req, res) => {
    res.json({ ...sovereignty.clusterPlacements(req.query.classification) });
  });

  const requireModelsRead = requireRead(
    aiPlatformModelsReadPermission,
    'models',
  );
  router.use('/models', requireModelsRead);
  router.use('/deployments', requireModelsRead);

  router.get('/models', async (_req, res) => {
    res.json({ ...(await models.listModels()) });
  });

  router.get('/models/:registry/:repository/versions', async (req, res) => {
    const { registry, repository } = req.params;
    res.json({ ...(await models.listVersions(registry, repository)) });
  });

  router.get(
    '/models/:registry/:repository/versions/:tag',
    async (req, res) => {
      const { registry, repository, tag } = req.params;
      res.json({ ...(await models.getVersion(registry, repository, tag)) });
    },
  );

  router.get('/models/:registry/:repository/compare', async (req, res) => {
    const { registry, repository } = req.params;
    res.json({
      ...(await models.compare(registry, repository, req.query.a, req.query.b)),
    });
  });

  router.get('/models/:registry/:repository/deployments', async (req, res) => {
    const { registry, repository } = req.params;
    res.json({
      items: await models.whereDeployed(registry, repository, req.query.tag),
    });
  });

  router.get('/deployments/by-digest/:digest', async (req, res) => {
    res.json({ ...(await models.deploymentsByDigest(req.params.digest)) });
  });

  router.get('/clusters', async (_req, res) => {
    res.json({ items: clusters.clusters().map(summarizeCluster) });
  });

  router.get('/clusters/:name', async (req, res) => {
    const view = clusters.cluster(req.params.name);
    if (!view) {
      throw new NotFoundError(
        `No cluster named '${req.params.name}' is configured; GET /clusters lists the configured ones`,
      );
    }
    res.json({ ...summarizeCluster(view) });
  });

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

  router.get('/agents', async (req, res) => {
    const { cluster, owner, q } = req.query;
    res.json({ ...agents.listAgents({ cluster, owner, q }) });
  });

  router.get('/agents/:cluster/:namespace/:name', async (req, res) => {
    const { cluster, namespace, name } = req.params;
    const agent = agents.getAgent(cluster, namespace, name);
    if (!agent) {
      throw new NotFoundError(
        `No agent ${namespace}/${name} is cached for cluster '${cluster}'; GET /agents lists the known ones`,
      );
    }
    res.json({ ...agent });
  });

  router.get('/mcp-servers', async (_req, res) => {
    res.json({ ...agents.listMcpServers() });
  });

  // --- conformance ---
  router.use(
    '/conformance',
    requireRead(aiPlatformConformanceReadPermission, 'conformance results'),
  );

  router.get('/conformance', async (_req, res) => {
    res.json({ ...conformance.matrix() });
  });

  router.get('/conformance/clusters/:cluster', async (req, res) => {
    res.json({ ...conformance.cluster(req.params.cluster) });
  });

  router.get('/conformance/clusters/:cluster/trend', async (req, res) => {
    const since = req.query.since ? new Date(req.query.since) : undefined;
    if (since && Number.isNaN(since.getTime())) {
      throw new InputError(
        `'${req.query.since}' is not a time; give ISO 8601, e.g. 2026-11-01T00:00:00Z`,
      );
    }
    res.json({ ...(await conformance.trend(req.params.cluster, since)) });
  });

  router.get(
    '/conformance/clusters/:cluster/self-assessment.yaml',
    async (req, res) => {
      const { cluster } = req.params;
      const body = conformance.selfAssessmentYaml(cluster);
      // attachment() would set text/yaml from the extension: type comes after.
      res
        .attachment(`${cluster}-ai-conformance.yaml`)
        .type('application/yaml')
        .send(body);
    },
  );
  // --- end conformance ---

  // --- cost ---
  router.use('/cost', requireRead(aiPlatformCostReadPermission, 'GPU cost'));
  const visibilityOf = async (req: express.Request) =>
    costVisibility({
      credentials: await httpAuth.credentials(req),
      permissions,
      userInfo,
    });

  router.get('/cost', async (req, res) => {
    const visibility = await visibilityOf(req);
    res.json({
      ...(await cost.report({
        window: (req.query.window ?? '30d') as CostWindow,
        groupBy: (req.query.groupBy ?? 'team') as CostGroupBy,
        visibility,
      })),
    });
  });

  router.get('/cost/export.csv', async (req, res) => {
    const visibility = await visibilityOf(req);
    // The validated router has checked both against their enums.
    const window = (req.query.window ?? '30d') as CostWindow;
    const groupBy = (req.query.groupBy ?? 'team') as CostGroupBy;
    const report = await cost.report({ window, groupBy, visibility });
    const records = [
      ...report.rows.map(r => [
        groupBy,
        r.key,
        r.label,
        r.gpuHours,
        r.cost,
        report.currency,
      ]),
      ...report.idle.rows.map(r => [
        'idle',
        `${r.cluster}/${r.product}`,
        `idle ${r.product} on ${r.cluster}`,
        r.gpuHours,
        r.cost,
        report.currency,
      ]),
    ];
    res
      .type('text/csv')
      .attachment(`gpu-cost-${window}-by-${groupBy}.csv`)
      .send(
        csvStringify(records, {
          header: true,
          columns: [
            'group_by',
            'key',
            'label',
            'gpu_hours',
            'cost',
            'currency',
          ],
        }),
      );
  });

  router.get('/cost/entity', async (req, res) => {
    const visibility = await visibilityOf(req);
    const credentials = await httpAuth.credentials(req);
    const { groupBy, filter } = await cost.entityScope(
      req.query.entityRef,
      credentials,
    );
    res.json({
      ...(await cost.report({
        window: (req.query.window ?? '30d') as CostWindow,
        groupBy,
        filter,
        visibility,
      })),
    });
  });
  // --- end cost ---

  return router;
}
