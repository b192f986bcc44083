/**
 * The OpenAPI 3.1 description of the AI Platform backend's REST API. The
 * router is created from it (`createValidatedOpenApiRouter`), so request
 * parameters are validated against it and handlers are typed by it; the
 * document itself is served at `/openapi.json`.
 *
 * Response bodies are described at the top level; their full TypeScript
 * types live in `@ai-platform/backstage-plugin-ai-platform-common`.
 */

const object = (description: string) =>
  ({
    type: 'object',
    description,
    additionalProperties: true,
  } as const);

const json = (description: string) =>
  ({
    description,
    content: { 'application/json': { schema: object(description) } },
  } as const);

const error = {
  description:
    'A Backstage error body: `error.name` and `error.message` say what was wrong.',
  content: { 'application/json': { schema: object('Error') } },
} as const;

const STRING = { type: 'string' } as const;

function query<S extends object = typeof STRING, R extends boolean = false>(
  name: string,
  description: string,
  schema?: S,
  required?: R,
) {
  return {
    in: 'query',
    name,
    description,
    required: (required ?? false) as R,
    schema: (schema ?? STRING) as S,
  } as const;
}

const path = (name: string, description: string) =>
  ({
    in: 'path',
    name,
    required: true,
    description,
    schema: { type: 'string', minLength: 1 },
  } as const);

const REGISTRY = path(
  'registry',
  'Registry name from aiPlatform.registries, e.g. ghcr-example-org.',
);
const REPOSITORY = path(
  'repository',
  'Repository in the registry, URL-encoded as one segment: models%2Fllama-3.1-8b-instruct.',
);

const COST_WINDOW = query('window', 'The window, ending now (default 30d).', {
  type: 'string',
  enum: ['24h', '7d', '30d'],
} as const);
const COST_GROUP_BY = query('groupBy', 'How rows are grouped (default team).', {
  type: 'string',
  enum: [
    'team',
    'model',
    'service',
    'workload',
    'cluster',
    'jurisdiction',
    'namespace',
    'product',
  ],
} as const);
const COST_TEAM = query(
  'team',
  "Only this team's rows, as a Group entity ref, e.g. group:default/eu-inference (the drill-down from a team).",
);
const COST_SERVICE = query(
  'service',
  "Only this service's rows, as `<cluster>/<namespace>/<name>` (the drill-down from a service to its workloads).",
);

export const spec = {
  openapi: '3.1.0',
  info: {
    title: 'ai-platform',
    version: '1',
    description:
      'AI Platform backend: clusters, GPU capacity and quota, the capacity finder, the agent and MCP server registry, sovereignty verdicts, and models (OCI model artifacts, their versions and where they are deployed). Cluster reads are answered from watch caches and never wait on a cluster.',
    license: {
      name: 'Apache-2.0',
      url: 'http://www.apache.org/licenses/LICENSE-2.0.html',
    },
  },
  servers: [{ url: '/' }],
  components: {
    schemas: {},
  },
  paths: {
    '/clusters': {
      get: {
        operationId: 'ListClusters',
        description:
          'Every configured cluster with its health, served AI APIs and cache sizes.',
        responses: { '200': json('ClusterList'), default: error },
      },
    },
    '/clusters/{name}': {
      get: {
        operationId: 'GetCluster',
        description: 'One configured cluster.',
        parameters: [
          {
            in: 'path',
            name: 'name',
            required: true,
            schema: { type: 'string' },
          },
        ],
        responses: { '200': json('ClusterSummary'), default: error },
      },
    },
    '/sovereignty/report': {
      get: {
        operationId: 'GetSovereigntyReport',
        description:
          'Every catalog entity (inference services, agents, MCP servers, models, clusters) and labelled namespace that violates the sovereignty rules or cannot be judged, with every reason.',
        responses: { '200': json('SovereigntyReport'), default: error },
      },
    },
    '/sovereignty/entity': {
      get: {
        operationId: 'GetEntitySovereignty',
        description: "One entity's sovereignty labels and verdict.",
        parameters: [
          {
            in: 'query',
            name: 'ref',
            description: 'Entity ref, e.g. component:default/mistral-small-eu.',
            required: true,
            schema: { type: 'string', minLength: 3 },
          },
        ],
        responses: { '200': json('SovereigntyReportItem'), default: error },
      },
    },
    '/sovereignty/clusters': {
      get: {
        operationId: 'ListClusterPlacements',
        description:
          'Every configured cluster judged for a data classification by the run rule: allowed or not, with the reason of each finding, and the health of each cluster.',
        parameters: [
          query(
            'classification',
            'Data classification: public, internal, confidential or restricted.',
            { type: 'string', minLength: 1 } as const,
            true,
          ),
        ],
        responses: { '200': json('ClusterPlacementList'), default: error },
      },
    },
    '/agents': {
      get: {
        operationId: 'ListAgents',
        description:
          'The kagent agents of every cluster with identity, owner, model, MCP servers, readiness and sovereignty, and the health of each cluster read.',
        parameters: [
          query('cluster', 'Only this cluster.'),
          query('owner', 'Group entity ref or name of the owning team.'),
          query(
            'q',
            'Text in the name, namespace, description, model, MCP servers or skills.',
          ),
        ],
        responses: { '200': json('AgentList'), default: error },
      },
    },
    '/agents/{cluster}/{namespace}/{name}': {
      get: {
        operationId: 'GetAgent',
        description: 'One agent.',
        parameters: [
          { in: 'path', name: 'cluster', required: true, schema: STRING },
          { in: 'path', name: 'namespace', required: true, schema: STRING },
          { in: 'path', name: 'name', required: true, schema: STRING },
        ],
        responses: { '200': json('AiAgent'), default: error },
      },
    },
    '/mcp-servers': {
      get: {
        operationId: 'ListMcpServers',
        description:
          'The MCP servers of every cluster (RemoteMCPServer, MCPServer, legacy ToolServer) with their tools and the agents that use them.',
        responses: { '200': json('McpServerList'), default: error },
      },
    },
    '/gpu/overview': {
      get: {
        operationId: 'GetGpuOverview',
        description:
          'GPU pools per cluster and product (whole GPUs, MIG slices, shared slots, DRA devices), namespace quotas and Kueue/KAI queues.',
        parameters: [
          query('cluster', 'Only this cluster.'),
          query(
            'jurisdiction',
            'ISO 3166-1 alpha-2 code, or EU for any member state.',
          ),
          query('product', 'GPU product, e.g. NVIDIA-H100-80GB-HBM3.'),
          query(
            'team',
            'Group entity ref or name: only its quotas and queues.',
          ),
        ],
        responses: { '200': json('GpuOverview'), default: error },
      },
    },
    '/gpu/teams/{team}': {
      get: {
        operationId: 'GetTeamGpuUsage',
        description: "A team's GPU quotas, queues and usage across clusters.",
        parameters: [
          {
            in: 'path',
            name: 'team',
            required: true,
            description:
              'Group entity ref (group:default/eu-inference) or name.',
            schema: { type: 'string' },
          },
        ],
        responses: { '200': json('TeamGpuUsage'), default: error },
      },
    },
    '/gpu/workloads': {
      get: {
        operationId: 'GetWorkloadGpus',
        description:
          'The GPU pods matching a Kubernetes label selector, in every cluster.',
        parameters: [
          {
            in: 'query',
            name: 'labelSelector',
            description:
              'A label selector as kubectl -l takes it, e.g. app.kubernetes.io/name=mistral-small-eu.',
            required: true,
            schema: { type: 'string', minLength: 1 },
          },
        ],
        responses: { '200': json('WorkloadGpus'), default: error },
      },
    },
    '/gpu/capacity': {
      get: {
        operationId: 'FindGpuCapacity',
        description:
          'Where the requested whole GPUs fit now, best first, and why every other cluster or namespace was excluded.',
        parameters: [
          query(
            'gpus',
            'Whole GPUs wanted.',
            { type: 'integer', minimum: 1, maximum: 512 },
            true,
          ),
          query('product', 'GPU product, e.g. NVIDIA-H100-80GB-HBM3.'),
          query('minMemoryGiB', 'Minimum memory per GPU, in GiB.', {
            type: 'number',
            exclusiveMinimum: 0,
          }),
          query('jurisdiction', 'ISO 3166-1 alpha-2 code, or EU.'),
          query(
            'classification',
            'Data classification, checked with the sovereignty rules.',
          ),
          query(
            'team',
            'Group entity ref or name: quota is checked in its namespaces.',
          ),
          query('placement', 'All GPUs on one node, or spread over nodes.', {
            type: 'string',
            enum: ['single-node', 'spread'],
          }),
        ],
        responses: { '200': json('CapacityResult'), default: error },
      },
    },
    '/models': {
      get: {
        operationId: 'ListModels',
        description:
          'Every model repository of the configured registries, with its latest version, version and deployment counts, signed/SBOM counts and storage sovereignty status.',
        responses: { '200': json('ModelList'), default: error },
      },
    },
    '/models/{registry}/{repository}/versions': {
      get: {
        operationId: 'ListModelVersions',
        description:
          'The versions (tags) of a model repository, newest first: digest, metadata, size, signed, SBOM, GPU fit and deployments.',
        parameters: [REGISTRY, REPOSITORY],
        responses: { '200': json('ModelVersionList'), default: error },
      },
    },
    '/models/{registry}/{repository}/versions/{tag}': {
      get: {
        operationId: 'GetModelVersion',
        description:
          'One version with its manifest, layers and referrers (signatures, SBOMs, attestations).',
        parameters: [REGISTRY, REPOSITORY, path('tag', 'The tag, e.g. 1.1.0.')],
        responses: { '200': json('ModelVersionDetail'), default: error },
      },
    },
    '/models/{registry}/{repository}/compare': {
      get: {
        operationId: 'CompareModelVersions',
        description:
          'What differs between two versions: metadata, size, signature and SBOM, and layers.',
        parameters: [
          REGISTRY,
          REPOSITORY,
          query('a', 'The first tag.', STRING, true),
          query('b', 'The second tag.', STRING, true),
        ],
        responses: { '200': json('ModelVersionComparison'), default: error },
      },
    },
    '/models/{registry}/{repository}/deployments': {
      get: {
        operationId: 'GetModelDeployments',
        description:
          'The workloads across clusters that run a version of the repository, or of one tag.',
        parameters: [REGISTRY, REPOSITORY, query('tag', 'Only this tag.')],
        responses: { '200': json('ModelDeploymentList'), default: error },
      },
    },
    '/conformance': {
      get: {
        operationId: 'GetConformanceMatrix',
        description:
          'Every cluster against every Kubernetes AI Conformance requirement (status pass/fail/unknown, MUST/SHOULD for the cluster minor, evidence, what an active test would still prove), the platform hygiene checks and a score per cluster.',
        responses: { '200': json('ConformanceMatrix'), default: error },
      },
    },
    '/conformance/clusters/{cluster}': {
      get: {
        operationId: 'GetClusterConformance',
        description: "One cluster's conformance and hygiene checks.",
        parameters: [path('cluster', 'A configured cluster name.')],
        responses: { '200': json('ClusterConformance'), default: error },
      },
    },
    '/conformance/clusters/{cluster}/trend': {
      get: {
        operationId: 'GetConformanceTrend',
        description:
          "The cluster's recorded conformance scores, oldest first (recorded by a scheduled task).",
        parameters: [
          path('cluster', 'A configured cluster name.'),
          query(
            'since',
            'Only scores recorded at or after this ISO 8601 time, e.g. 2026-11-01T00:00:00Z.',
          ),
        ],
        responses: { '200': json('ConformanceTrend'), default: error },
      },
    },
    '/conformance/clusters/{cluster}/self-assessment.yaml': {
      get: {
        operationId: 'GetConformanceSelfAssessment',
        description:
          "The cluster's self-assessment in the CNCF checklist shape (metadata, spec.<category>[] with id, description, level, status, evidence, notes) for the checklist of its Kubernetes minor.",
        parameters: [path('cluster', 'A configured cluster name.')],
        responses: {
          '200': {
            description: 'The checklist as YAML.',
            content: { 'application/yaml': { schema: { type: 'string' } } },
          },
          default: error,
        },
      },
    },
    '/cost': {
      get: {
        operationId: 'GetGpuCost',
        description:
          'GPU cost over a window ending now: allocated GPU-hours × price per GPU product (aiPlatform.cost.prices), grouped, with a time series, idle GPUs apart and rows of teams the caller may not see left out (ai-platform.cost.read.all).',
        parameters: [COST_WINDOW, COST_GROUP_BY, COST_TEAM, COST_SERVICE],
        responses: { '200': json('CostReport'), default: error },
      },
    },
    '/cost/export.csv': {
      get: {
        operationId: 'ExportGpuCost',
        description:
          'The rows, idle rows and prices of `GET /cost` as CSV, one record type per `record` column value (row, idle, price).',
        parameters: [COST_WINDOW, COST_GROUP_BY, COST_TEAM, COST_SERVICE],
        responses: {
          '200': {
            description:
              'record, group_by, key, label, cluster, product, gpu_hours, allocatable_gpu_hours, utilisation, cost, currency, price_per_gpu_hour, price_source, price_setting, idle_known_from, window_from, window_to.',
            content: { 'text/csv': { schema: { type: 'string' } } },
          },
          default: error,
        },
      },
    },
    '/cost/entity': {
      get: {
        operationId: 'GetEntityGpuCost',
        description:
          "GPU cost of one catalog entity: a Group (its team's workloads) or an inference-service Component (its pods).",
        parameters: [
          query(
            'entityRef',
            'e.g. group:default/eu-inference or component:default/mistral-small-eu',
            STRING,
            true,
          ),
          COST_WINDOW,
        ],
        responses: { '200': json('CostReport'), default: error },
      },
    },
    '/deployments/of-workload': {
      get: {
        operationId: 'GetWorkloadDeployments',
        description:
          "The model references of one workload (KServe InferenceService, LLMInferenceService or pod), each with the digest its pods run ('unknown (tag reference)' when they do not say) and the drift of its tag.",
        parameters: [
          query(
            'namespace',
            'The namespace of the workload.',
            { type: 'string', minLength: 1, maxLength: 253 } as const,
            true,
          ),
          query(
            'name',
            'The name of the workload.',
            { type: 'string', minLength: 1, maxLength: 253 } as const,
            true,
          ),
          query('cluster', 'Only on this cluster.'),
        ],
        responses: { '200': json('ModelDeploymentList'), default: error },
      },
    },
    '/deployments/by-digest/{digest}': {
      get: {
        operationId: 'GetDeploymentsByDigest',
        description:
          'The model versions with a digest, and the workloads that run it.',
        parameters: [
          {
            in: 'path',
            name: 'digest',
            required: true,
            description: 'sha256:<64 hex digits>',
            schema: { type: 'string', pattern: '^sha256:[a-f0-9]{64}$' },
          },
        ],
        responses: { '200': json('DigestDeployments'), default: error },
      },
    },
    // --- serving ---
    '/serving/routing': {
      get: {
        operationId: 'GetInferenceRouting',
        description:
          'Every HTTPRoute (parents, backends with weight, share and existence), InferencePool (v1 and v1alpha2: selector, target ports, endpoint picker, selected pods, routes to it) and InferenceObjective / InferenceModel, with problems flagged.',
        parameters: [
          query('cluster', 'Only this cluster.'),
          query('namespace', 'Only this namespace.'),
          query(
            'service',
            'Only the path to the InferenceService or LLMInferenceService of this name: the routes in front of it, its pools and their objectives.',
          ),
        ],
        responses: { '200': json('RoutingOverview'), default: error },
      },
    },
    '/serving/inference-services': {
      get: {
        operationId: 'ListInferenceServices',
        description:
          'Every KServe InferenceService and LLMInferenceService across clusters: model address and the version it runs, replicas desired and ready, GPUs asked per replica (device-plugin resources and DRA claims), GPUs held, and the HTTPRoutes in front of it.',
        parameters: [
          query('cluster', 'Only this cluster.'),
          query('namespace', 'Only this namespace.'),
          query('service', 'Only services of this name.'),
        ],
        responses: {
          '200': json('InferenceServiceInventory'),
          default: error,
        },
      },
    },
    // --- cra ---
    '/cra': {
      get: {
        operationId: 'GetCraReadiness',
        description:
          'Cyber Resilience Act readiness of every model version (by manifest digest) and inference service, gaps first: per item (SBOM, provenance, signature, security contact, support period, disclosure policy, sovereignty, versions run) pass/missing/invalid/unknown with its reason and evidence, and a score under the configured rules.',
        parameters: [
          query(
            'team',
            'Only rows owned by this Group: a name (eu-inference) or an entity ref.',
          ),
        ],
        responses: { '200': json('CraReport'), default: error },
      },
    },
    '/cra/entity': {
      get: {
        operationId: 'GetEntityCraReadiness',
        description:
          "CRA readiness of one entity: an ai-model Resource's versions, or an inference-service Component.",
        parameters: [
          query(
            'entityRef',
            'e.g. resource:default/llama-3.1-8b-instruct or component:default/mistral-small-eu',
            STRING,
            true,
          ),
        ],
        responses: { '200': json('CraEntityReadiness'), default: error },
      },
    },
    '/cra/export.csv': {
      get: {
        operationId: 'ExportCraReadinessCsv',
        description:
          'The CRA report as CSV for an auditor: one line per product and item.',
        parameters: [
          query(
            'team',
            'Only rows owned by this Group: a name (eu-inference) or an entity ref.',
          ),
        ],
        responses: {
          '200': {
            description:
              'kind, id, title, owner, digest, tags, score, ready, item, status, required, weight, reason, evidence, generated_at.',
            content: { 'text/csv': { schema: { type: 'string' } } },
          },
          default: error,
        },
      },
    },
    '/cra/export.json': {
      get: {
        operationId: 'ExportCraReadinessJson',
        description:
          'The CRA report as a JSON file (the answer of GET /cra, with the rules in force).',
        parameters: [
          query(
            'team',
            'Only rows owned by this Group: a name (eu-inference) or an entity ref.',
          ),
        ],
        responses: { '200': json('CraReport'), default: error },
      },
    },
    // --- end cra ---
  },
} as const;
