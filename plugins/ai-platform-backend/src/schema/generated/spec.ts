// Generated from src/schema/openapi.yaml by scripts/generate-openapi.js
// (`yarn openapi:generate`); edit the document, not this file.

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
  servers: [
    {
      url: '/',
    },
  ],
  paths: {
    '/clusters': {
      get: {
        operationId: 'ListClusters',
        description:
          'Every configured cluster with its health, served AI APIs and cache sizes.',
        responses: {
          '200': {
            description: 'ClusterList',
            content: {
              'application/json': {
                schema: {
                  $ref: '#/components/schemas/ClusterList',
                },
              },
            },
          },
          default: {
            description:
              'A Backstage error body: `error.name` and `error.message` say what was wrong.',
            content: {
              'application/json': {
                schema: {
                  $ref: '#/components/schemas/Error',
                },
              },
            },
          },
        },
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
            schema: {
              type: 'string',
            },
          },
        ],
        responses: {
          '200': {
            description: 'ClusterSummary',
            content: {
              'application/json': {
                schema: {
                  $ref: '#/components/schemas/ClusterSummary',
                },
              },
            },
          },
          default: {
            description:
              'A Backstage error body: `error.name` and `error.message` say what was wrong.',
            content: {
              'application/json': {
                schema: {
                  $ref: '#/components/schemas/Error',
                },
              },
            },
          },
        },
      },
    },
    '/sovereignty/report': {
      get: {
        operationId: 'GetSovereigntyReport',
        description:
          'Every catalog entity (inference services, agents, MCP servers, models, clusters) and labelled namespace that violates the sovereignty rules or cannot be judged, with every reason.',
        responses: {
          '200': {
            description: 'SovereigntyReport',
            content: {
              'application/json': {
                schema: {
                  $ref: '#/components/schemas/SovereigntyReport',
                },
              },
            },
          },
          default: {
            description:
              'A Backstage error body: `error.name` and `error.message` say what was wrong.',
            content: {
              'application/json': {
                schema: {
                  $ref: '#/components/schemas/Error',
                },
              },
            },
          },
        },
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
            schema: {
              type: 'string',
              minLength: 3,
            },
          },
        ],
        responses: {
          '200': {
            description: 'SovereigntyReportItem',
            content: {
              'application/json': {
                schema: {
                  $ref: '#/components/schemas/SovereigntyReportItem',
                },
              },
            },
          },
          default: {
            description:
              'A Backstage error body: `error.name` and `error.message` say what was wrong.',
            content: {
              'application/json': {
                schema: {
                  $ref: '#/components/schemas/Error',
                },
              },
            },
          },
        },
      },
    },
    '/sovereignty/clusters': {
      get: {
        operationId: 'ListClusterPlacements',
        description:
          'Every configured cluster judged for a data classification by the run rule: allowed or not, with the reason of each finding, and the health of each cluster.',
        parameters: [
          {
            in: 'query',
            name: 'classification',
            description:
              'Data classification: public, internal, confidential or restricted.',
            required: true,
            schema: {
              type: 'string',
              minLength: 1,
            },
          },
        ],
        responses: {
          '200': {
            description: 'ClusterPlacementList',
            content: {
              'application/json': {
                schema: {
                  $ref: '#/components/schemas/ClusterPlacementList',
                },
              },
            },
          },
          default: {
            description:
              'A Backstage error body: `error.name` and `error.message` say what was wrong.',
            content: {
              'application/json': {
                schema: {
                  $ref: '#/components/schemas/Error',
                },
              },
            },
          },
        },
      },
    },
    '/agents': {
      get: {
        operationId: 'ListAgents',
        description:
          'The kagent agents of every cluster with identity, owner, model, MCP servers, readiness and sovereignty, and the health of each cluster read.',
        parameters: [
          {
            in: 'query',
            name: 'cluster',
            description: 'Only this cluster.',
            required: false,
            schema: {
              type: 'string',
            },
          },
          {
            in: 'query',
            name: 'owner',
            description: 'Group entity ref or name of the owning team.',
            required: false,
            schema: {
              type: 'string',
            },
          },
          {
            in: 'query',
            name: 'q',
            description:
              'Text in the name, namespace, description, model, MCP servers or skills.',
            required: false,
            schema: {
              type: 'string',
            },
          },
        ],
        responses: {
          '200': {
            description: 'AgentList',
            content: {
              'application/json': {
                schema: {
                  $ref: '#/components/schemas/AgentList',
                },
              },
            },
          },
          default: {
            description:
              'A Backstage error body: `error.name` and `error.message` say what was wrong.',
            content: {
              'application/json': {
                schema: {
                  $ref: '#/components/schemas/Error',
                },
              },
            },
          },
        },
      },
    },
    '/agents/{cluster}/{namespace}/{name}': {
      get: {
        operationId: 'GetAgent',
        description: 'One agent.',
        parameters: [
          {
            in: 'path',
            name: 'cluster',
            required: true,
            schema: {
              type: 'string',
            },
          },
          {
            in: 'path',
            name: 'namespace',
            required: true,
            schema: {
              type: 'string',
            },
          },
          {
            in: 'path',
            name: 'name',
            required: true,
            schema: {
              type: 'string',
            },
          },
        ],
        responses: {
          '200': {
            description: 'AiAgent',
            content: {
              'application/json': {
                schema: {
                  $ref: '#/components/schemas/AiAgent',
                },
              },
            },
          },
          default: {
            description:
              'A Backstage error body: `error.name` and `error.message` say what was wrong.',
            content: {
              'application/json': {
                schema: {
                  $ref: '#/components/schemas/Error',
                },
              },
            },
          },
        },
      },
    },
    '/mcp-servers': {
      get: {
        operationId: 'ListMcpServers',
        description:
          'The MCP servers of every cluster (RemoteMCPServer, MCPServer, legacy ToolServer) with their tools and the agents that use them.',
        responses: {
          '200': {
            description: 'McpServerList',
            content: {
              'application/json': {
                schema: {
                  $ref: '#/components/schemas/McpServerList',
                },
              },
            },
          },
          default: {
            description:
              'A Backstage error body: `error.name` and `error.message` say what was wrong.',
            content: {
              'application/json': {
                schema: {
                  $ref: '#/components/schemas/Error',
                },
              },
            },
          },
        },
      },
    },
    '/gpu/overview': {
      get: {
        operationId: 'GetGpuOverview',
        description:
          'GPU pools per cluster and product (whole GPUs, MIG slices, shared slots, DRA devices), namespace quotas and Kueue/KAI queues.',
        parameters: [
          {
            in: 'query',
            name: 'cluster',
            description: 'Only this cluster.',
            required: false,
            schema: {
              type: 'string',
            },
          },
          {
            in: 'query',
            name: 'jurisdiction',
            description: 'ISO 3166-1 alpha-2 code, or EU for any member state.',
            required: false,
            schema: {
              type: 'string',
            },
          },
          {
            in: 'query',
            name: 'product',
            description: 'GPU product, e.g. NVIDIA-H100-80GB-HBM3.',
            required: false,
            schema: {
              type: 'string',
            },
          },
          {
            in: 'query',
            name: 'team',
            description:
              'Group entity ref or name: only its quotas and queues.',
            required: false,
            schema: {
              type: 'string',
            },
          },
        ],
        responses: {
          '200': {
            description: 'GpuOverview',
            content: {
              'application/json': {
                schema: {
                  $ref: '#/components/schemas/GpuOverview',
                },
              },
            },
          },
          default: {
            description:
              'A Backstage error body: `error.name` and `error.message` say what was wrong.',
            content: {
              'application/json': {
                schema: {
                  $ref: '#/components/schemas/Error',
                },
              },
            },
          },
        },
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
            schema: {
              type: 'string',
            },
          },
        ],
        responses: {
          '200': {
            description: 'TeamGpuUsage',
            content: {
              'application/json': {
                schema: {
                  $ref: '#/components/schemas/TeamGpuUsage',
                },
              },
            },
          },
          default: {
            description:
              'A Backstage error body: `error.name` and `error.message` say what was wrong.',
            content: {
              'application/json': {
                schema: {
                  $ref: '#/components/schemas/Error',
                },
              },
            },
          },
        },
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
            schema: {
              type: 'string',
              minLength: 1,
            },
          },
        ],
        responses: {
          '200': {
            description: 'WorkloadGpus',
            content: {
              'application/json': {
                schema: {
                  $ref: '#/components/schemas/WorkloadGpus',
                },
              },
            },
          },
          default: {
            description:
              'A Backstage error body: `error.name` and `error.message` say what was wrong.',
            content: {
              'application/json': {
                schema: {
                  $ref: '#/components/schemas/Error',
                },
              },
            },
          },
        },
      },
    },
    '/gpu/capacity': {
      get: {
        operationId: 'FindGpuCapacity',
        description:
          'Where the requested whole GPUs fit now, best first, and why every other cluster or namespace was excluded.',
        parameters: [
          {
            in: 'query',
            name: 'gpus',
            description: 'Whole GPUs wanted.',
            required: true,
            schema: {
              type: 'integer',
              minimum: 1,
              maximum: 512,
            },
          },
          {
            in: 'query',
            name: 'product',
            description: 'GPU product, e.g. NVIDIA-H100-80GB-HBM3.',
            required: false,
            schema: {
              type: 'string',
            },
          },
          {
            in: 'query',
            name: 'minMemoryGiB',
            description: 'Minimum memory per GPU, in GiB.',
            required: false,
            schema: {
              type: 'number',
              exclusiveMinimum: 0,
            },
          },
          {
            in: 'query',
            name: 'jurisdiction',
            description: 'ISO 3166-1 alpha-2 code, or EU.',
            required: false,
            schema: {
              type: 'string',
            },
          },
          {
            in: 'query',
            name: 'classification',
            description:
              'Data classification, checked with the sovereignty rules.',
            required: false,
            schema: {
              type: 'string',
            },
          },
          {
            in: 'query',
            name: 'team',
            description:
              'Group entity ref or name: quota is checked in its namespaces.',
            required: false,
            schema: {
              type: 'string',
            },
          },
          {
            in: 'query',
            name: 'placement',
            description: 'All GPUs on one node, or spread over nodes.',
            required: false,
            schema: {
              type: 'string',
              enum: ['single-node', 'spread'],
            },
          },
        ],
        responses: {
          '200': {
            description: 'CapacityResult',
            content: {
              'application/json': {
                schema: {
                  $ref: '#/components/schemas/CapacityResult',
                },
              },
            },
          },
          default: {
            description:
              'A Backstage error body: `error.name` and `error.message` say what was wrong.',
            content: {
              'application/json': {
                schema: {
                  $ref: '#/components/schemas/Error',
                },
              },
            },
          },
        },
      },
    },
    '/models': {
      get: {
        operationId: 'ListModels',
        description:
          'Every model repository of the configured registries, with its latest version, version and deployment counts, signed/SBOM counts and storage sovereignty status.',
        responses: {
          '200': {
            description: 'ModelList',
            content: {
              'application/json': {
                schema: {
                  $ref: '#/components/schemas/ModelList',
                },
              },
            },
          },
          default: {
            description:
              'A Backstage error body: `error.name` and `error.message` say what was wrong.',
            content: {
              'application/json': {
                schema: {
                  $ref: '#/components/schemas/Error',
                },
              },
            },
          },
        },
      },
    },
    '/models/{registry}/{repository}/versions': {
      get: {
        operationId: 'ListModelVersions',
        description:
          'The versions (tags) of a model repository, newest first: digest, metadata, size, signed, SBOM, GPU fit and deployments.',
        parameters: [
          {
            in: 'path',
            name: 'registry',
            required: true,
            description:
              'Registry name from aiPlatform.registries, e.g. ghcr-example-org.',
            schema: {
              type: 'string',
              minLength: 1,
            },
          },
          {
            in: 'path',
            name: 'repository',
            required: true,
            description:
              'Repository in the registry, URL-encoded as one segment: models%2Fllama-3.1-8b-instruct.',
            schema: {
              type: 'string',
              minLength: 1,
            },
          },
        ],
        responses: {
          '200': {
            description: 'ModelVersionList',
            content: {
              'application/json': {
                schema: {
                  $ref: '#/components/schemas/ModelVersionList',
                },
              },
            },
          },
          default: {
            description:
              'A Backstage error body: `error.name` and `error.message` say what was wrong.',
            content: {
              'application/json': {
                schema: {
                  $ref: '#/components/schemas/Error',
                },
              },
            },
          },
        },
      },
    },
    '/models/{registry}/{repository}/versions/{tag}': {
      get: {
        operationId: 'GetModelVersion',
        description:
          'One version with its manifest, layers and referrers (signatures, SBOMs, attestations).',
        parameters: [
          {
            in: 'path',
            name: 'registry',
            required: true,
            description:
              'Registry name from aiPlatform.registries, e.g. ghcr-example-org.',
            schema: {
              type: 'string',
              minLength: 1,
            },
          },
          {
            in: 'path',
            name: 'repository',
            required: true,
            description:
              'Repository in the registry, URL-encoded as one segment: models%2Fllama-3.1-8b-instruct.',
            schema: {
              type: 'string',
              minLength: 1,
            },
          },
          {
            in: 'path',
            name: 'tag',
            required: true,
            description: 'The tag, e.g. 1.1.0.',
            schema: {
              type: 'string',
              minLength: 1,
            },
          },
        ],
        responses: {
          '200': {
            description: 'ModelVersionDetail',
            content: {
              'application/json': {
                schema: {
                  $ref: '#/components/schemas/ModelVersionDetail',
                },
              },
            },
          },
          default: {
            description:
              'A Backstage error body: `error.name` and `error.message` say what was wrong.',
            content: {
              'application/json': {
                schema: {
                  $ref: '#/components/schemas/Error',
                },
              },
            },
          },
        },
      },
    },
    '/models/{registry}/{repository}/compare': {
      get: {
        operationId: 'CompareModelVersions',
        description:
          'What differs between two versions: metadata, size, signature and SBOM, and layers.',
        parameters: [
          {
            in: 'path',
            name: 'registry',
            required: true,
            description:
              'Registry name from aiPlatform.registries, e.g. ghcr-example-org.',
            schema: {
              type: 'string',
              minLength: 1,
            },
          },
          {
            in: 'path',
            name: 'repository',
            required: true,
            description:
              'Repository in the registry, URL-encoded as one segment: models%2Fllama-3.1-8b-instruct.',
            schema: {
              type: 'string',
              minLength: 1,
            },
          },
          {
            in: 'query',
            name: 'a',
            description: 'The first tag.',
            required: true,
            schema: {
              type: 'string',
            },
          },
          {
            in: 'query',
            name: 'b',
            description: 'The second tag.',
            required: true,
            schema: {
              type: 'string',
            },
          },
        ],
        responses: {
          '200': {
            description: 'ModelVersionComparison',
            content: {
              'application/json': {
                schema: {
                  $ref: '#/components/schemas/ModelVersionComparison',
                },
              },
            },
          },
          default: {
            description:
              'A Backstage error body: `error.name` and `error.message` say what was wrong.',
            content: {
              'application/json': {
                schema: {
                  $ref: '#/components/schemas/Error',
                },
              },
            },
          },
        },
      },
    },
    '/models/{registry}/{repository}/deployments': {
      get: {
        operationId: 'GetModelDeployments',
        description:
          'The workloads across clusters that run a version of the repository, or of one tag.',
        parameters: [
          {
            in: 'path',
            name: 'registry',
            required: true,
            description:
              'Registry name from aiPlatform.registries, e.g. ghcr-example-org.',
            schema: {
              type: 'string',
              minLength: 1,
            },
          },
          {
            in: 'path',
            name: 'repository',
            required: true,
            description:
              'Repository in the registry, URL-encoded as one segment: models%2Fllama-3.1-8b-instruct.',
            schema: {
              type: 'string',
              minLength: 1,
            },
          },
          {
            in: 'query',
            name: 'tag',
            description: 'Only this tag.',
            required: false,
            schema: {
              type: 'string',
            },
          },
        ],
        responses: {
          '200': {
            description: 'ModelDeploymentList',
            content: {
              'application/json': {
                schema: {
                  $ref: '#/components/schemas/ModelDeploymentList',
                },
              },
            },
          },
          default: {
            description:
              'A Backstage error body: `error.name` and `error.message` say what was wrong.',
            content: {
              'application/json': {
                schema: {
                  $ref: '#/components/schemas/Error',
                },
              },
            },
          },
        },
      },
    },
    '/conformance': {
      get: {
        operationId: 'GetConformanceMatrix',
        description:
          'Every cluster against every Kubernetes AI Conformance requirement (status pass/fail/unknown, MUST/SHOULD for the cluster minor, evidence, what an active test would still prove), the platform hygiene checks and a score per cluster.',
        responses: {
          '200': {
            description: 'ConformanceMatrix',
            content: {
              'application/json': {
                schema: {
                  $ref: '#/components/schemas/ConformanceMatrix',
                },
              },
            },
          },
          default: {
            description:
              'A Backstage error body: `error.name` and `error.message` say what was wrong.',
            content: {
              'application/json': {
                schema: {
                  $ref: '#/components/schemas/Error',
                },
              },
            },
          },
        },
      },
    },
    '/conformance/clusters/{cluster}': {
      get: {
        operationId: 'GetClusterConformance',
        description: "One cluster's conformance and hygiene checks.",
        parameters: [
          {
            in: 'path',
            name: 'cluster',
            required: true,
            description: 'A configured cluster name.',
            schema: {
              type: 'string',
              minLength: 1,
            },
          },
        ],
        responses: {
          '200': {
            description: 'ClusterConformance',
            content: {
              'application/json': {
                schema: {
                  $ref: '#/components/schemas/ClusterConformance',
                },
              },
            },
          },
          default: {
            description:
              'A Backstage error body: `error.name` and `error.message` say what was wrong.',
            content: {
              'application/json': {
                schema: {
                  $ref: '#/components/schemas/Error',
                },
              },
            },
          },
        },
      },
    },
    '/conformance/clusters/{cluster}/trend': {
      get: {
        operationId: 'GetConformanceTrend',
        description:
          "The cluster's recorded conformance scores, oldest first (recorded by a scheduled task).",
        parameters: [
          {
            in: 'path',
            name: 'cluster',
            required: true,
            description: 'A configured cluster name.',
            schema: {
              type: 'string',
              minLength: 1,
            },
          },
          {
            in: 'query',
            name: 'since',
            description:
              'Only scores recorded at or after this ISO 8601 time, e.g. 2026-11-01T00:00:00Z.',
            required: false,
            schema: {
              type: 'string',
            },
          },
        ],
        responses: {
          '200': {
            description: 'ConformanceTrend',
            content: {
              'application/json': {
                schema: {
                  $ref: '#/components/schemas/ConformanceTrend',
                },
              },
            },
          },
          default: {
            description:
              'A Backstage error body: `error.name` and `error.message` say what was wrong.',
            content: {
              'application/json': {
                schema: {
                  $ref: '#/components/schemas/Error',
                },
              },
            },
          },
        },
      },
    },
    '/conformance/clusters/{cluster}/self-assessment.yaml': {
      get: {
        operationId: 'GetConformanceSelfAssessment',
        description:
          "The cluster's self-assessment in the CNCF checklist shape (metadata, spec.<category>[] with id, description, level, status, evidence, notes) for the checklist of its Kubernetes minor.",
        parameters: [
          {
            in: 'path',
            name: 'cluster',
            required: true,
            description: 'A configured cluster name.',
            schema: {
              type: 'string',
              minLength: 1,
            },
          },
        ],
        responses: {
          '200': {
            description: 'The checklist as YAML.',
            content: {
              'application/yaml': {
                schema: {
                  type: 'string',
                },
              },
            },
          },
          default: {
            description:
              'A Backstage error body: `error.name` and `error.message` say what was wrong.',
            content: {
              'application/json': {
                schema: {
                  $ref: '#/components/schemas/Error',
                },
              },
            },
          },
        },
      },
    },
    '/cost': {
      get: {
        operationId: 'GetGpuCost',
        description:
          'GPU cost over a window ending now: allocated GPU-hours × price per GPU product (aiPlatform.cost.prices), grouped, with a time series, idle GPUs apart and rows of teams the caller may not see left out (ai-platform.cost.read.all).',
        parameters: [
          {
            in: 'query',
            name: 'window',
            description: 'The window, ending now (default 30d).',
            required: false,
            schema: {
              type: 'string',
              enum: ['24h', '7d', '30d'],
            },
          },
          {
            in: 'query',
            name: 'groupBy',
            description: 'How rows are grouped (default team).',
            required: false,
            schema: {
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
            },
          },
          {
            in: 'query',
            name: 'team',
            description:
              "Only this team's rows, as a Group entity ref, e.g. group:default/eu-inference (the drill-down from a team).",
            required: false,
            schema: {
              type: 'string',
            },
          },
          {
            in: 'query',
            name: 'service',
            description:
              "Only this service's rows, as `<cluster>/<namespace>/<name>` (the drill-down from a service to its workloads).",
            required: false,
            schema: {
              type: 'string',
            },
          },
        ],
        responses: {
          '200': {
            description: 'CostReport',
            content: {
              'application/json': {
                schema: {
                  $ref: '#/components/schemas/CostReport',
                },
              },
            },
          },
          default: {
            description:
              'A Backstage error body: `error.name` and `error.message` say what was wrong.',
            content: {
              'application/json': {
                schema: {
                  $ref: '#/components/schemas/Error',
                },
              },
            },
          },
        },
      },
    },
    '/cost/export.csv': {
      get: {
        operationId: 'ExportGpuCost',
        description:
          'The rows, idle rows and prices of `GET /cost` as CSV, one record type per `record` column value (row, idle, price).',
        parameters: [
          {
            in: 'query',
            name: 'window',
            description: 'The window, ending now (default 30d).',
            required: false,
            schema: {
              type: 'string',
              enum: ['24h', '7d', '30d'],
            },
          },
          {
            in: 'query',
            name: 'groupBy',
            description: 'How rows are grouped (default team).',
            required: false,
            schema: {
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
            },
          },
          {
            in: 'query',
            name: 'team',
            description:
              "Only this team's rows, as a Group entity ref, e.g. group:default/eu-inference (the drill-down from a team).",
            required: false,
            schema: {
              type: 'string',
            },
          },
          {
            in: 'query',
            name: 'service',
            description:
              "Only this service's rows, as `<cluster>/<namespace>/<name>` (the drill-down from a service to its workloads).",
            required: false,
            schema: {
              type: 'string',
            },
          },
        ],
        responses: {
          '200': {
            description:
              'record, group_by, key, label, cluster, product, gpu_hours, allocatable_gpu_hours, utilisation, cost, currency, price_per_gpu_hour, price_source, price_setting, idle_known_from, window_from, window_to.',
            content: {
              'text/csv': {
                schema: {
                  type: 'string',
                },
              },
            },
          },
          default: {
            description:
              'A Backstage error body: `error.name` and `error.message` say what was wrong.',
            content: {
              'application/json': {
                schema: {
                  $ref: '#/components/schemas/Error',
                },
              },
            },
          },
        },
      },
    },
    '/cost/entity': {
      get: {
        operationId: 'GetEntityGpuCost',
        description:
          "GPU cost of one catalog entity: a Group (its team's workloads) or an inference-service Component (its pods).",
        parameters: [
          {
            in: 'query',
            name: 'entityRef',
            description:
              'e.g. group:default/eu-inference or component:default/mistral-small-eu',
            required: true,
            schema: {
              type: 'string',
            },
          },
          {
            in: 'query',
            name: 'window',
            description: 'The window, ending now (default 30d).',
            required: false,
            schema: {
              type: 'string',
              enum: ['24h', '7d', '30d'],
            },
          },
        ],
        responses: {
          '200': {
            description: 'CostReport',
            content: {
              'application/json': {
                schema: {
                  $ref: '#/components/schemas/CostReport',
                },
              },
            },
          },
          default: {
            description:
              'A Backstage error body: `error.name` and `error.message` say what was wrong.',
            content: {
              'application/json': {
                schema: {
                  $ref: '#/components/schemas/Error',
                },
              },
            },
          },
        },
      },
    },
    '/deployments/of-workload': {
      get: {
        operationId: 'GetWorkloadDeployments',
        description:
          "The model references of one workload (KServe InferenceService, LLMInferenceService or pod), each with the digest its pods run ('unknown (tag reference)' when they do not say) and the drift of its tag.",
        parameters: [
          {
            in: 'query',
            name: 'namespace',
            description: 'The namespace of the workload.',
            required: true,
            schema: {
              type: 'string',
              minLength: 1,
              maxLength: 253,
            },
          },
          {
            in: 'query',
            name: 'name',
            description: 'The name of the workload.',
            required: true,
            schema: {
              type: 'string',
              minLength: 1,
              maxLength: 253,
            },
          },
          {
            in: 'query',
            name: 'cluster',
            description: 'Only on this cluster.',
            required: false,
            schema: {
              type: 'string',
            },
          },
        ],
        responses: {
          '200': {
            description: 'ModelDeploymentList',
            content: {
              'application/json': {
                schema: {
                  $ref: '#/components/schemas/ModelDeploymentList',
                },
              },
            },
          },
          default: {
            description:
              'A Backstage error body: `error.name` and `error.message` say what was wrong.',
            content: {
              'application/json': {
                schema: {
                  $ref: '#/components/schemas/Error',
                },
              },
            },
          },
        },
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
            schema: {
              type: 'string',
              pattern: '^sha256:[a-f0-9]{64}$',
            },
          },
        ],
        responses: {
          '200': {
            description: 'DigestDeployments',
            content: {
              'application/json': {
                schema: {
                  $ref: '#/components/schemas/DigestDeployments',
                },
              },
            },
          },
          default: {
            description:
              'A Backstage error body: `error.name` and `error.message` say what was wrong.',
            content: {
              'application/json': {
                schema: {
                  $ref: '#/components/schemas/Error',
                },
              },
            },
          },
        },
      },
    },
    '/serving/routing': {
      get: {
        operationId: 'GetInferenceRouting',
        description:
          'Every HTTPRoute (parents, backends with weight, share and existence), InferencePool (v1 and v1alpha2: selector, target ports, endpoint picker, selected pods, routes to it) and InferenceObjective / InferenceModel, with problems flagged.',
        parameters: [
          {
            in: 'query',
            name: 'cluster',
            description: 'Only this cluster.',
            required: false,
            schema: {
              type: 'string',
            },
          },
          {
            in: 'query',
            name: 'namespace',
            description: 'Only this namespace.',
            required: false,
            schema: {
              type: 'string',
            },
          },
          {
            in: 'query',
            name: 'service',
            description:
              'Only the path to the InferenceService or LLMInferenceService of this name: the routes in front of it, its pools and their objectives.',
            required: false,
            schema: {
              type: 'string',
            },
          },
        ],
        responses: {
          '200': {
            description: 'RoutingOverview',
            content: {
              'application/json': {
                schema: {
                  $ref: '#/components/schemas/RoutingOverview',
                },
              },
            },
          },
          default: {
            description:
              'A Backstage error body: `error.name` and `error.message` say what was wrong.',
            content: {
              'application/json': {
                schema: {
                  $ref: '#/components/schemas/Error',
                },
              },
            },
          },
        },
      },
    },
    '/serving/inference-services': {
      get: {
        operationId: 'ListInferenceServices',
        description:
          'Every KServe InferenceService and LLMInferenceService across clusters: model address and the version it runs, replicas desired and ready, GPUs asked per replica (device-plugin resources and DRA claims), GPUs held, and the HTTPRoutes in front of it.',
        parameters: [
          {
            in: 'query',
            name: 'cluster',
            description: 'Only this cluster.',
            required: false,
            schema: {
              type: 'string',
            },
          },
          {
            in: 'query',
            name: 'namespace',
            description: 'Only this namespace.',
            required: false,
            schema: {
              type: 'string',
            },
          },
          {
            in: 'query',
            name: 'service',
            description: 'Only services of this name.',
            required: false,
            schema: {
              type: 'string',
            },
          },
        ],
        responses: {
          '200': {
            description: 'InferenceServiceInventory',
            content: {
              'application/json': {
                schema: {
                  $ref: '#/components/schemas/InferenceServiceInventory',
                },
              },
            },
          },
          default: {
            description:
              'A Backstage error body: `error.name` and `error.message` say what was wrong.',
            content: {
              'application/json': {
                schema: {
                  $ref: '#/components/schemas/Error',
                },
              },
            },
          },
        },
      },
    },
    '/cra': {
      get: {
        operationId: 'GetCraReadiness',
        description:
          'Cyber Resilience Act readiness of every model version (by manifest digest) and inference service, gaps first: per item (SBOM, provenance, signature, security contact, support period, disclosure policy, sovereignty, versions run) pass/missing/invalid/unknown with its reason and evidence, and a score under the configured rules.',
        parameters: [
          {
            in: 'query',
            name: 'team',
            description:
              'Only rows owned by this Group: a name (eu-inference) or an entity ref.',
            required: false,
            schema: {
              type: 'string',
            },
          },
        ],
        responses: {
          '200': {
            description: 'CraReport',
            content: {
              'application/json': {
                schema: {
                  $ref: '#/components/schemas/CraReport',
                },
              },
            },
          },
          default: {
            description:
              'A Backstage error body: `error.name` and `error.message` say what was wrong.',
            content: {
              'application/json': {
                schema: {
                  $ref: '#/components/schemas/Error',
                },
              },
            },
          },
        },
      },
    },
    '/cra/entity': {
      get: {
        operationId: 'GetEntityCraReadiness',
        description:
          "CRA readiness of one entity: an ai-model Resource's versions, or an inference-service Component.",
        parameters: [
          {
            in: 'query',
            name: 'entityRef',
            description:
              'e.g. resource:default/llama-3.1-8b-instruct or component:default/mistral-small-eu',
            required: true,
            schema: {
              type: 'string',
            },
          },
        ],
        responses: {
          '200': {
            description: 'CraEntityReadiness',
            content: {
              'application/json': {
                schema: {
                  $ref: '#/components/schemas/CraEntityReadiness',
                },
              },
            },
          },
          default: {
            description:
              'A Backstage error body: `error.name` and `error.message` say what was wrong.',
            content: {
              'application/json': {
                schema: {
                  $ref: '#/components/schemas/Error',
                },
              },
            },
          },
        },
      },
    },
    '/cra/export.csv': {
      get: {
        operationId: 'ExportCraReadinessCsv',
        description:
          'The CRA report as CSV for an auditor: one line per product and item.',
        parameters: [
          {
            in: 'query',
            name: 'team',
            description:
              'Only rows owned by this Group: a name (eu-inference) or an entity ref.',
            required: false,
            schema: {
              type: 'string',
            },
          },
        ],
        responses: {
          '200': {
            description:
              'kind, id, title, owner, digest, tags, score, ready, item, status, required, weight, reason, evidence, generated_at.',
            content: {
              'text/csv': {
                schema: {
                  type: 'string',
                },
              },
            },
          },
          default: {
            description:
              'A Backstage error body: `error.name` and `error.message` say what was wrong.',
            content: {
              'application/json': {
                schema: {
                  $ref: '#/components/schemas/Error',
                },
              },
            },
          },
        },
      },
    },
    '/cra/export.json': {
      get: {
        operationId: 'ExportCraReadinessJson',
        description:
          'The CRA report as a JSON file (the answer of GET /cra, with the rules in force).',
        parameters: [
          {
            in: 'query',
            name: 'team',
            description:
              'Only rows owned by this Group: a name (eu-inference) or an entity ref.',
            required: false,
            schema: {
              type: 'string',
            },
          },
        ],
        responses: {
          '200': {
            description: 'CraReport',
            content: {
              'application/json': {
                schema: {
                  $ref: '#/components/schemas/CraReport',
                },
              },
            },
          },
          default: {
            description:
              'A Backstage error body: `error.name` and `error.message` say what was wrong.',
            content: {
              'application/json': {
                schema: {
                  $ref: '#/components/schemas/Error',
                },
              },
            },
          },
        },
      },
    },
  },
  components: {
    schemas: {
      AgentAgentUse: {
        type: 'object',
        properties: {
          id: {
            type: 'string',
            description: 'Id of the called  {@link  AiAgent } .',
          },
          namespace: {
            type: 'string',
          },
          name: {
            type: 'string',
          },
          found: {
            type: 'boolean',
          },
        },
        required: ['id', 'namespace', 'name', 'found'],
        additionalProperties: false,
        description: 'Another agent this agent calls as a tool.',
      },
      AgentList: {
        type: 'object',
        properties: {
          items: {
            type: 'array',
            items: {
              $ref: '#/components/schemas/AiAgent',
            },
          },
          clusters: {
            type: 'array',
            items: {
              $ref: '#/components/schemas/ClusterReadState',
            },
          },
        },
        required: ['items', 'clusters'],
        additionalProperties: false,
        description: 'Answer of `GET /agents`.',
      },
      AgentMcpServerUse: {
        type: 'object',
        properties: {
          id: {
            type: 'string',
            description:
              'Id of the  {@link  McpServer } : `<cluster>/<namespace>/<kind>/<name>`.',
          },
          ref: {
            $ref: '#/components/schemas/KubernetesObjectRef',
          },
          toolNames: {
            type: 'array',
            items: {
              type: 'string',
            },
            description:
              'The tools the agent may call; empty means all the server offers.',
          },
          found: {
            type: 'boolean',
            description: "False when no such server is in the agent's cluster.",
          },
        },
        required: ['id', 'ref', 'toolNames', 'found'],
        additionalProperties: false,
        description: 'An MCP server an agent uses, with the tools it may call.',
      },
      AgentModel: {
        type: 'object',
        properties: {
          modelConfig: {
            type: 'string',
            description: 'The ModelConfig: `<namespace>/<name>`.',
          },
          found: {
            type: 'boolean',
            description:
              "False when no such ModelConfig is in the agent's cluster.",
          },
          model: {
            type: 'string',
          },
          provider: {
            type: 'string',
            description:
              '`OpenAI`, `Anthropic`, `Ollama`, ... as kagent names them.',
          },
          baseUrl: {
            type: 'string',
            description:
              'The endpoint the agent sends prompts to, when the config names one.',
          },
          location: {
            $ref: '#/components/schemas/ModelLocationKind',
          },
          inferenceService: {
            $ref: '#/components/schemas/KubernetesObjectRef',
            description:
              'The inference service behind `baseUrl`, when it is one of ours.',
          },
        },
        required: ['modelConfig', 'found', 'location'],
        additionalProperties: false,
        description: 'The model an agent uses, resolved from its ModelConfig.',
      },
      AgentSkill: {
        type: 'object',
        properties: {
          id: {
            type: 'string',
          },
          name: {
            type: 'string',
          },
          description: {
            type: 'string',
          },
          tags: {
            type: 'array',
            items: {
              type: 'string',
            },
          },
        },
        required: ['id', 'name', 'tags'],
        additionalProperties: false,
        description: 'One A2A skill an agent advertises.',
      },
      AiAgent: {
        type: 'object',
        properties: {
          id: {
            type: 'string',
            description:
              '`<cluster>/<namespace>/<name>`; unique across clusters.',
          },
          ref: {
            $ref: '#/components/schemas/KubernetesObjectRef',
          },
          type: {
            type: 'string',
            enum: ['Declarative', 'BYO'],
            description:
              '`Declarative` (kagent runs the model loop) or `BYO` (own image).',
          },
          description: {
            type: 'string',
          },
          runtime: {
            type: 'string',
            description:
              'ADK runtime of a declarative agent: `go` or `python`.',
          },
          image: {
            type: 'string',
            description: 'The container image of a BYO agent.',
          },
          owner: {
            type: 'string',
            description:
              "Owning Group entity ref, from the `ai-platform.io/team` label of the agent's namespace (set by the platform team), or the default owner. The agent's own label is not trusted: whoever may create it may set it.",
          },
          ownerSource: {
            type: 'string',
            enum: ['namespace', 'default'],
            description: 'Where the owner came from.',
          },
          serviceAccount: {
            type: 'string',
          },
          spiffeId: {
            type: 'string',
            description:
              'The workload identity: `spiffe://<trustDomain>/ns/<namespace>/sa/<serviceAccount>`.',
          },
          podSelector: {
            type: 'string',
            description:
              "Label selector of the agent's pods, e.g. `app=kagent,kagent=<name>`.",
          },
          model: {
            $ref: '#/components/schemas/AgentModel',
          },
          mcpServers: {
            type: 'array',
            items: {
              $ref: '#/components/schemas/AgentMcpServerUse',
            },
          },
          agents: {
            type: 'array',
            items: {
              $ref: '#/components/schemas/AgentAgentUse',
            },
          },
          skills: {
            type: 'array',
            items: {
              $ref: '#/components/schemas/AgentSkill',
            },
          },
          readiness: {
            $ref: '#/components/schemas/Readiness',
          },
          placementLabels: {
            type: 'object',
            additionalProperties: {
              type: 'string',
            },
            description:
              'Sovereignty labels of where the agent runs (namespace over cluster).',
          },
          sovereignty: {
            $ref: '#/components/schemas/SovereigntyEvaluation',
            description:
              'The agent, the MCP servers and the models it calls, against the rules.',
          },
          reach: {
            $ref: '#/components/schemas/AgentReach',
            description:
              "What the agent and its MCP servers can read, from the clusters' RBAC, with each namespace's data classification and what is flagged.",
          },
          clusterHealth: {
            $ref: '#/components/schemas/ClusterHealth',
            description:
              "Health of the agent's cluster: a stale cluster's agents are as of `staleSince`.",
          },
          createdAt: {
            type: 'string',
          },
        },
        required: [
          'id',
          'ref',
          'type',
          'owner',
          'ownerSource',
          'serviceAccount',
          'spiffeId',
          'podSelector',
          'mcpServers',
          'agents',
          'skills',
          'readiness',
          'placementLabels',
          'sovereignty',
          'reach',
          'clusterHealth',
        ],
        additionalProperties: false,
        description: 'An AI agent (kagent `Agent`) in one cluster.',
      },
      AgentReach: {
        type: 'object',
        properties: {
          status: {
            $ref: '#/components/schemas/SovereigntyStatus',
          },
          grants: {
            type: 'array',
            items: {
              $ref: '#/components/schemas/AgentReachGrant',
            },
          },
          flags: {
            type: 'array',
            items: {
              $ref: '#/components/schemas/AgentReachFlag',
            },
          },
        },
        required: ['status', 'grants', 'flags'],
        additionalProperties: false,
        description:
          "An agent's reach: every grant, the flags, and the worst status.",
      },
      AgentReachGrant: {
        type: 'object',
        properties: {
          via: {
            type: 'string',
            description:
              "`agent` for the agent's own ServiceAccount, else the MCP server's id.",
          },
          viaName: {
            type: 'string',
          },
          identity: {
            type: 'string',
            description:
              'The Kubernetes user, `system:serviceaccount:<ns>:<name>`.',
          },
          cluster: {
            type: 'string',
          },
          namespace: {
            type: 'string',
          },
          binding: {
            type: 'string',
            description: 'The binding and role that grant it.',
          },
          access: {
            type: 'string',
            description: 'What it may do there, e.g. `get, list, watch pods`.',
          },
          classification: {
            type: 'string',
          },
        },
        required: [
          'via',
          'viaName',
          'identity',
          'cluster',
          'namespace',
          'binding',
          'access',
        ],
        additionalProperties: false,
        description:
          'One namespace an identity of the agent may read, and why.',
      },
      AgentReachFlag: {
        type: 'object',
        properties: {
          code: {
            type: 'string',
            enum: [
              'reaches-protected-data',
              'unauthenticated-mcp-server',
              'identity-unknown',
            ],
          },
          status: {
            $ref: '#/components/schemas/SovereigntyStatus',
          },
          via: {
            type: 'string',
          },
          viaName: {
            type: 'string',
          },
          namespaces: {
            type: 'array',
            items: {
              type: 'string',
            },
          },
          cluster: {
            type: 'string',
          },
          classification: {
            type: 'string',
          },
          message: {
            type: 'string',
          },
          fix: {
            type: 'string',
          },
        },
        required: ['code', 'status', 'via', 'viaName', 'message', 'fix'],
        additionalProperties: false,
        description:
          "Why part of an agent's reach could not be worked out, or a risk in how it reaches something.",
      },
      CapacityCandidate: {
        type: 'object',
        properties: {
          cluster: {
            type: 'string',
          },
          clusterTitle: {
            type: 'string',
          },
          jurisdiction: {
            type: 'string',
          },
          namespace: {
            type: 'string',
            description:
              'The team namespace whose quota was checked, when a team was given.',
          },
          product: {
            type: 'string',
          },
          memoryMiB: {
            type: 'number',
          },
          kind: {
            $ref: '#/components/schemas/GpuPoolKind',
            description: '`whole` or `dra`.',
          },
          resource: {
            type: 'string',
          },
          freeGpus: {
            type: 'number',
            description: 'Free GPUs of the product in the cluster.',
          },
          largestFreeOnNode: {
            type: 'number',
            description: 'The most free GPUs on one node.',
          },
          quotaHeadroom: {
            type: 'number',
            description:
              'Quota headroom in the namespace; absent when no quota limits GPUs there.',
          },
          reasons: {
            type: 'array',
            items: {
              type: 'string',
            },
            description: 'Sentences saying why it fits.',
          },
        },
        required: [
          'cluster',
          'product',
          'kind',
          'resource',
          'freeGpus',
          'largestFreeOnNode',
          'reasons',
        ],
        additionalProperties: false,
        description: 'A place where the request fits now.',
      },
      CapacityExclusion: {
        type: 'object',
        properties: {
          cluster: {
            type: 'string',
          },
          namespace: {
            type: 'string',
          },
          product: {
            type: 'string',
          },
          reason: {
            $ref: '#/components/schemas/CapacityExclusionReason',
          },
          message: {
            type: 'string',
            description: 'A sentence with the figures that rule it out.',
          },
        },
        required: ['cluster', 'reason', 'message'],
        additionalProperties: false,
        description: 'A place the finder looked at and rejected.',
      },
      CapacityExclusionReason: {
        type: 'string',
        enum: [
          'stale',
          'jurisdiction',
          'sovereignty',
          'product',
          'memory',
          'capacity',
          'fragmented',
          'no-namespace',
          'quota',
        ],
        description: 'Why a cluster or namespace is not a candidate.',
      },
      CapacityRequest: {
        type: 'object',
        properties: {
          gpus: {
            type: 'number',
            description: 'Whole GPUs wanted (1 to 512).',
          },
          product: {
            type: 'string',
            description:
              'A GPU product, e.g. `NVIDIA-H100-80GB-HBM3`; matched case-insensitively, spaces or dashes.',
          },
          minMemoryGiB: {
            type: 'number',
            description: 'Minimum memory per GPU in GiB.',
          },
          jurisdiction: {
            type: 'string',
            description:
              'ISO 3166-1 alpha-2 code, or `EU` for any EU member state.',
          },
          classification: {
            type: 'string',
            description:
              'Data classification the workload handles, checked with the sovereignty rules.',
          },
          team: {
            type: 'string',
            description:
              "Group entity ref or name: quota headroom is read in this team's namespaces.",
          },
          placement: {
            type: 'string',
            enum: ['single-node', 'spread'],
            description:
              'Whether all GPUs must be on one node (default), or may be spread over nodes.',
          },
        },
        required: ['gpus'],
        additionalProperties: false,
        description:
          'A question to the capacity finder: where can this run now?',
      },
      CapacityResult: {
        type: 'object',
        properties: {
          request: {
            $ref: '#/components/schemas/CapacityRequest',
          },
          candidates: {
            type: 'array',
            items: {
              $ref: '#/components/schemas/CapacityCandidate',
            },
          },
          excluded: {
            type: 'array',
            items: {
              $ref: '#/components/schemas/CapacityExclusion',
            },
          },
        },
        required: ['request', 'candidates', 'excluded'],
        additionalProperties: false,
        description:
          'The answer of the capacity finder: candidates best first, and every exclusion with its reason.',
      },
      ClusterConformance: {
        type: 'object',
        properties: {
          cluster: {
            type: 'string',
          },
          title: {
            type: 'string',
          },
          kubernetesVersion: {
            type: 'string',
          },
          minor: {
            type: 'number',
          },
          checklistVersion: {
            type: 'string',
            description: 'The checklist version used, e.g. `1.35`.',
          },
          health: {
            $ref: '#/components/schemas/ClusterHealth',
          },
          checks: {
            type: 'array',
            items: {
              $ref: '#/components/schemas/ConformanceCheckResult',
            },
          },
          hygiene: {
            type: 'array',
            items: {
              $ref: '#/components/schemas/HygieneCheckResult',
            },
          },
          score: {
            $ref: '#/components/schemas/ConformanceScore',
          },
          evaluatedAt: {
            type: 'string',
          },
        },
        required: [
          'cluster',
          'health',
          'checks',
          'hygiene',
          'score',
          'evaluatedAt',
        ],
        additionalProperties: false,
        description: 'Every check of one cluster.',
      },
      ClusterGpus: {
        type: 'object',
        properties: {
          cluster: {
            type: 'string',
          },
          title: {
            type: 'string',
          },
          labels: {
            type: 'object',
            additionalProperties: {
              type: 'string',
            },
            description: 'Sovereignty and other labels of the cluster.',
          },
          health: {
            $ref: '#/components/schemas/ClusterHealth',
          },
          products: {
            type: 'array',
            items: {
              $ref: '#/components/schemas/GpuProductSummary',
            },
          },
          totals: {
            $ref: '#/components/schemas/GpuTotals',
          },
          implausibleNodes: {
            type: 'array',
            items: {
              $ref: '#/components/schemas/ImplausibleGpuNode',
            },
            description:
              'Nodes whose advertised GPU counts are not believed (they disagree with GPU Feature Discovery, or no node holds that many): left out of products, totals and the capacity finder. Absent when there are none.',
          },
        },
        required: ['cluster', 'labels', 'health', 'products', 'totals'],
        additionalProperties: false,
        description: 'The GPUs of one cluster.',
      },
      ClusterHealth: {
        type: 'object',
        properties: {
          state: {
            $ref: '#/components/schemas/ClusterHealthState',
          },
          syncedAt: {
            type: 'string',
            description:
              'When every watched kind was first fully listed (ISO 8601).',
          },
          lastEventAt: {
            type: 'string',
            description:
              'The last time any watch event or list answer arrived (ISO 8601).',
          },
          staleSince: {
            type: 'string',
            description: 'Since when the data is stale, if it is (ISO 8601).',
          },
          error: {
            type: 'string',
            description:
              'The last error, as a sentence that says what failed and where.',
          },
          notPermitted: {
            type: 'array',
            items: {
              $ref: '#/components/schemas/NotPermittedKind',
            },
            description:
              'Watched kinds the cluster refuses to show the portal (403 Forbidden). The other kinds sync; each entry names the RBAC rule that would fix it.',
          },
          notUnderstood: {
            $ref: '#/components/schemas/NotUnderstoodObjects',
            description:
              'Objects the backend skipped, could not read or judged implausible, so their figures are left out; absent when there are none.',
          },
        },
        required: ['state'],
        additionalProperties: false,
        description: 'Health of one cluster as seen by the backend.',
      },
      ClusterHealthState: {
        type: 'string',
        enum: ['syncing', 'synced', 'stale', 'error'],
        description:
          'The health of the watch caches of one cluster.\n\n- `syncing`: the first list of at least one kind has not completed yet.\n- `synced`: every watched kind is listed and its watch is running.\n- `stale`: the cluster stopped answering or a watch failed; the cached   objects are served as they were at `staleSince`.\n- `error`: nothing could ever be read (wrong URL, credentials or TLS).',
      },
      ClusterList: {
        type: 'object',
        description: 'Every configured cluster.',
        properties: {
          items: {
            type: 'array',
            items: {
              $ref: '#/components/schemas/ClusterSummary',
            },
          },
        },
        required: ['items'],
        additionalProperties: false,
      },
      ClusterPlacement: {
        type: 'object',
        properties: {
          status: {
            $ref: '#/components/schemas/SovereigntyStatus',
          },
          classification: {
            type: 'string',
          },
          placement: {
            type: 'string',
            description: 'The place that was judged, in words.',
          },
          findings: {
            type: 'array',
            items: {
              $ref: '#/components/schemas/SovereigntyFinding',
            },
          },
          cluster: {
            type: 'string',
          },
          title: {
            type: 'string',
          },
          labels: {
            type: 'object',
            additionalProperties: {
              type: 'string',
            },
          },
          health: {
            $ref: '#/components/schemas/ClusterHealth',
          },
        },
        required: [
          'cluster',
          'findings',
          'health',
          'labels',
          'placement',
          'status',
        ],
        additionalProperties: false,
        description:
          "One cluster judged for a data classification: its placement check with the cluster's name, title, labels and health.",
      },
      ClusterPlacementList: {
        type: 'object',
        properties: {
          classification: {
            type: 'string',
          },
          items: {
            type: 'array',
            items: {
              $ref: '#/components/schemas/ClusterPlacement',
            },
          },
        },
        required: ['classification', 'items'],
        additionalProperties: false,
        description:
          "The answer of `GET /sovereignty/clusters?classification=`: every configured cluster, allowed or not for the classification, with the evaluator's reasons.",
      },
      ClusterReadState: {
        type: 'object',
        properties: {
          cluster: {
            type: 'string',
          },
          health: {
            $ref: '#/components/schemas/ClusterHealth',
          },
        },
        required: ['cluster', 'health'],
        additionalProperties: false,
        description: 'The health of each cluster an answer was read from.',
      },
      ClusterSummary: {
        type: 'object',
        properties: {
          name: {
            type: 'string',
          },
          title: {
            type: 'string',
          },
          description: {
            type: 'string',
          },
          labels: {
            type: 'object',
            additionalProperties: {
              type: 'string',
            },
            description: 'Sovereignty and other labels from configuration.',
          },
          kubernetesVersion: {
            type: 'string',
            description:
              'e.g. `v1.35.2`, when the cluster answered `/version`.',
          },
          servedApis: {
            type: 'array',
            items: {
              $ref: '#/components/schemas/ServedApi',
            },
            description: 'The AI-relevant APIs this cluster serves.',
          },
          objectCounts: {
            type: 'object',
            additionalProperties: {
              type: 'number',
            },
            description:
              'How many objects of each watched kind are cached, by kind.',
          },
          health: {
            $ref: '#/components/schemas/ClusterHealth',
          },
        },
        required: ['name', 'labels', 'servedApis', 'objectCounts', 'health'],
        additionalProperties: false,
        description:
          'One cluster in the inventory answered by `GET /clusters`.',
      },
      ConformanceCategory: {
        type: 'string',
        enum: [
          'accelerators',
          'networking',
          'schedulingOrchestration',
          'observability',
          'security',
          'operator',
        ],
        description:
          'Categories of the Kubernetes AI Conformance checklist (`spec.<category>`).',
      },
      ConformanceCheckResult: {
        type: 'object',
        properties: {
          id: {
            type: 'string',
          },
          category: {
            $ref: '#/components/schemas/ConformanceCategory',
          },
          kar: {
            type: 'string',
          },
          title: {
            type: 'string',
          },
          level: {
            $ref: '#/components/schemas/ConformanceLevel',
            description:
              "Level in the checklist of the cluster's minor; undefined when not in it.",
          },
          notApplicable: {
            type: 'string',
            description:
              "Set when the requirement is not in the checklist of the cluster's minor.",
          },
          status: {
            $ref: '#/components/schemas/ConformanceStatus',
          },
          summary: {
            type: 'string',
            description: 'Why this status, in a sentence.',
          },
          evidence: {
            type: 'array',
            items: {
              $ref: '#/components/schemas/ConformanceEvidence',
            },
          },
          signal: {
            type: 'string',
            description: 'The read-only signal the check reads.',
          },
          stillToProve: {
            type: 'string',
            description:
              'What only an active test (writing to the cluster) could prove.',
          },
        },
        required: [
          'id',
          'category',
          'title',
          'status',
          'summary',
          'evidence',
          'signal',
          'stillToProve',
        ],
        additionalProperties: false,
        description: 'One requirement checked on one cluster.',
      },
      ConformanceEvidence: {
        type: 'object',
        properties: {
          kind: {
            type: 'string',
          },
          apiVersion: {
            type: 'string',
            description:
              '`group/version`, as the cluster serves it, when known.',
          },
          namespace: {
            type: 'string',
          },
          name: {
            type: 'string',
          },
          note: {
            type: 'string',
            description: 'What this object showed, in a sentence.',
          },
        },
        required: ['kind', 'name'],
        additionalProperties: false,
        description: 'An object a check looked at.',
      },
      ConformanceLevel: {
        type: 'string',
        enum: ['MUST', 'SHOULD'],
        description: "The checklist's requirement levels.",
      },
      ConformanceMatrix: {
        type: 'object',
        properties: {
          generatedAt: {
            type: 'string',
          },
          requirements: {
            type: 'array',
            items: {
              type: 'object',
              properties: {
                id: {
                  type: 'string',
                },
                category: {
                  $ref: '#/components/schemas/ConformanceCategory',
                },
                kar: {
                  type: 'string',
                },
                title: {
                  type: 'string',
                },
              },
              required: ['id', 'category', 'title'],
              additionalProperties: false,
            },
          },
          clusters: {
            type: 'array',
            items: {
              $ref: '#/components/schemas/ClusterConformance',
            },
          },
        },
        required: ['generatedAt', 'requirements', 'clusters'],
        additionalProperties: false,
        description: 'Answer of `GET /conformance`: clusters × requirements.',
      },
      ConformanceScore: {
        type: 'object',
        properties: {
          percent: {
            type: 'number',
          },
          passed: {
            type: 'number',
          },
          failed: {
            type: 'number',
          },
          unknown: {
            type: 'number',
          },
          applicable: {
            type: 'number',
          },
          mustFailed: {
            type: 'number',
            description: 'Applicable MUSTs that did not pass.',
          },
        },
        required: [
          'percent',
          'passed',
          'failed',
          'unknown',
          'applicable',
          'mustFailed',
        ],
        additionalProperties: false,
        description:
          'Score: passed requirements over applicable ones, as a percentage.',
      },
      ConformanceStatus: {
        type: 'string',
        enum: ['pass', 'fail', 'unknown'],
        description: 'Result of one automated read-only check.',
      },
      ConformanceTrend: {
        type: 'object',
        properties: {
          cluster: {
            type: 'string',
          },
          points: {
            type: 'array',
            items: {
              $ref: '#/components/schemas/ConformanceTrendPoint',
            },
          },
        },
        required: ['cluster', 'points'],
        additionalProperties: false,
        description: 'Answer of `GET /conformance/clusters/{cluster}/trend`.',
      },
      ConformanceTrendPoint: {
        type: 'object',
        properties: {
          recordedAt: {
            type: 'string',
          },
          percent: {
            type: 'number',
          },
          passed: {
            type: 'number',
          },
          failed: {
            type: 'number',
          },
          unknown: {
            type: 'number',
          },
          mustFailed: {
            type: 'number',
          },
        },
        required: [
          'recordedAt',
          'percent',
          'passed',
          'failed',
          'unknown',
          'mustFailed',
        ],
        additionalProperties: false,
        description: 'One stored evaluation of a cluster.',
      },
      CostGroupBy: {
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
      },
      CostPrice: {
        type: 'object',
        properties: {
          cluster: {
            type: 'string',
          },
          provider: {
            type: 'string',
            description: "The cluster's provider label, when it has one.",
          },
          product: {
            type: 'string',
          },
          price: {
            type: 'number',
            description:
              "Per GPU-hour in the report's currency; absent when nothing prices it.",
          },
          source: {
            $ref: '#/components/schemas/CostPriceSource',
          },
          setting: {
            type: 'string',
            description:
              'The setting the price was read from, e.g. `aiPlatform.cost.providers.ovh.prices.default`.',
          },
        },
        required: ['cluster', 'product', 'source'],
        additionalProperties: false,
        description:
          'The price used for one GPU product on one cluster, and where it came from.',
      },
      CostPriceSource: {
        type: 'string',
        enum: [
          'module',
          'cluster',
          'provider',
          'global',
          'default',
          'opencost',
          'none',
        ],
        description:
          "Where a price per GPU-hour came from: a price source another backend module added (`module`, named in `setting`), a cluster's or a provider's override, the global table, its `default`, OpenCost (its own prices for a cluster it reports), or nowhere.",
      },
      CostReport: {
        type: 'object',
        properties: {
          window: {
            $ref: '#/components/schemas/CostWindow',
          },
          from: {
            type: 'string',
            description: 'ISO 8601 start and end of the window.',
          },
          to: {
            type: 'string',
          },
          currency: {
            type: 'string',
            description: 'ISO 4217, e.g. `EUR`.',
          },
          groupBy: {
            $ref: '#/components/schemas/CostGroupBy',
          },
          total: {
            type: 'object',
            properties: {
              gpuHours: {
                type: 'number',
              },
              cost: {
                type: 'number',
              },
            },
            required: ['gpuHours', 'cost'],
            additionalProperties: false,
            description: 'Allocated GPUs only (idle apart).',
          },
          idle: {
            type: 'object',
            properties: {
              gpuHours: {
                type: 'number',
              },
              cost: {
                type: 'number',
              },
              rows: {
                type: 'array',
                items: {
                  $ref: '#/components/schemas/IdleCostRow',
                },
              },
              knownFrom: {
                type: 'string',
              },
              basis: {
                type: 'string',
              },
            },
            required: ['gpuHours', 'cost', 'rows', 'basis'],
            additionalProperties: false,
            description:
              "Idle GPU-hours and their cost over the known part of the window, per cluster and product. `knownFrom` is the earliest time any cluster's capacity is known in the window; `basis` says how it was reconstructed.",
          },
          utilisation: {
            type: 'object',
            properties: {
              clusters: {
                type: 'array',
                items: {
                  $ref: '#/components/schemas/CostUtilisation',
                },
              },
              products: {
                type: 'array',
                items: {
                  $ref: '#/components/schemas/CostUtilisation',
                },
              },
            },
            required: ['clusters', 'products'],
            additionalProperties: false,
            description:
              'Allocated / allocatable GPU-hours per cluster and per product.',
          },
          prices: {
            type: 'array',
            items: {
              $ref: '#/components/schemas/CostPrice',
            },
            description:
              'Every price used in the report, with where it came from.',
          },
          rows: {
            type: 'array',
            items: {
              $ref: '#/components/schemas/CostRow',
            },
            description: 'Most expensive first.',
          },
          series: {
            type: 'array',
            items: {
              type: 'object',
              properties: {
                start: {
                  type: 'string',
                },
                values: {
                  type: 'object',
                  additionalProperties: {
                    type: 'number',
                  },
                },
              },
              required: ['start', 'values'],
              additionalProperties: false,
            },
            description:
              'Cost per time bucket (hourly for 24 h, daily otherwise) and row key, oldest first, for the chart.',
          },
          hiddenRows: {
            type: 'number',
            description:
              'Rows of teams the caller may not see (`ai-platform.cost.read.all`), left out.',
          },
          sources: {
            type: 'array',
            items: {
              type: 'object',
              properties: {
                cluster: {
                  type: 'string',
                },
                source: {
                  $ref: '#/components/schemas/CostSource',
                },
                error: {
                  type: 'string',
                },
                idleKnownFrom: {
                  type: 'string',
                },
                recordingSince: {
                  type: 'string',
                },
              },
              required: ['cluster', 'source'],
              additionalProperties: false,
            },
            description:
              'Per cluster: where its figures come from, a read error if any, and since when its capacity (so idle) is known and recorded: before `recordingSince` it is reconstructed from the creation times of the nodes present then.',
          },
        },
        required: [
          'window',
          'from',
          'to',
          'currency',
          'groupBy',
          'total',
          'idle',
          'utilisation',
          'prices',
          'rows',
          'series',
          'hiddenRows',
          'sources',
        ],
        additionalProperties: false,
        description: 'A cost report over one window.',
      },
      CostRow: {
        type: 'object',
        properties: {
          key: {
            type: 'string',
            description:
              "The group's key: a team's entity ref, a model repository, a service `namespace/name`, a cluster name, ...",
          },
          label: {
            type: 'string',
            description:
              "What people read, e.g. the team's or cluster's title.",
          },
          gpuHours: {
            type: 'number',
            description:
              'Allocated GPU-hours (a MIG slice or shared slot counts its fraction).',
          },
          cost: {
            type: 'number',
            description: "In the report's currency.",
          },
        },
        required: ['key', 'label', 'gpuHours', 'cost'],
        additionalProperties: false,
        description: 'One group of a report.',
      },
      CostSource: {
        type: 'string',
        enum: ['recorded', 'opencost'],
        description: "Where a cluster's figures come from.",
      },
      CostUtilisation: {
        type: 'object',
        properties: {
          key: {
            type: 'string',
            description: 'A cluster name or a GPU product.',
          },
          allocatableGpuHours: {
            type: 'number',
          },
          allocatedGpuHours: {
            type: 'number',
          },
          idleGpuHours: {
            type: 'number',
          },
          utilisation: {
            type: 'number',
            description: '0 to 1; absent when nothing was allocatable.',
          },
        },
        required: [
          'key',
          'allocatableGpuHours',
          'allocatedGpuHours',
          'idleGpuHours',
        ],
        additionalProperties: false,
        description:
          'Allocated against allocatable GPU-hours of a cluster or a product over the known part of the window.',
      },
      CostWindow: {
        type: 'string',
        enum: ['24h', '7d', '30d'],
      },
      CraEntityReadiness: {
        type: 'object',
        properties: {
          entityRef: {
            type: 'string',
          },
          rows: {
            type: 'array',
            items: {
              $ref: '#/components/schemas/CraRow',
            },
          },
          errors: {
            type: 'array',
            items: {
              type: 'string',
            },
          },
        },
        required: ['entityRef', 'rows', 'errors'],
        additionalProperties: false,
        description:
          'Answer of `GET /cra/entity`: the rows of one `ai-model` Resource (its versions) or `inference-service` Component.',
      },
      CraEvidence: {
        type: 'object',
        properties: {
          kind: {
            type: 'string',
            description:
              'e.g. `oci-referrer`, `cosign-tag`, `annotation`, `deployment`, `model-version`.',
          },
          ref: {
            type: 'string',
            description:
              'The digest, annotation key and entity, or object the evidence is.',
          },
          detail: {
            type: 'string',
            description: 'What it says, e.g. `SPDX-2.3, 4 components`.',
          },
        },
        required: ['kind', 'ref'],
        additionalProperties: false,
        description:
          'One piece of evidence an item rests on: an OCI artifact, a catalog annotation, a workload.',
      },
      CraItem: {
        type: 'object',
        properties: {
          id: {
            $ref: '#/components/schemas/CraItemId',
          },
          title: {
            type: 'string',
          },
          status: {
            $ref: '#/components/schemas/CraItemStatus',
          },
          reason: {
            type: 'string',
            description: 'A sentence: why this status.',
          },
          evidence: {
            type: 'array',
            items: {
              $ref: '#/components/schemas/CraEvidence',
            },
          },
          required: {
            type: 'boolean',
            description: 'Whether the rules require it for `ready`.',
          },
          weight: {
            type: 'number',
            description: 'Its weight in the score.',
          },
          sbom: {
            $ref: '#/components/schemas/CraSbomFacts',
          },
          provenance: {
            $ref: '#/components/schemas/CraProvenanceFacts',
          },
        },
        required: [
          'id',
          'title',
          'status',
          'reason',
          'evidence',
          'required',
          'weight',
        ],
        additionalProperties: false,
        description:
          'One readiness item with its verdict, reason and evidence.',
      },
      CraItemId: {
        type: 'string',
        enum: [
          'sbom',
          'provenance',
          'signature',
          'security-contact',
          'support-period',
          'vulnerability-disclosure',
          'sovereignty',
          'model-versions',
        ],
        description: 'The items a product is checked for.',
      },
      CraItemRule: {
        type: 'object',
        properties: {
          weight: {
            type: 'number',
          },
          required: {
            type: 'boolean',
          },
        },
        required: ['weight', 'required'],
        additionalProperties: false,
        description: 'How one item counts.',
      },
      CraItemStatus: {
        type: 'string',
        enum: ['pass', 'missing', 'invalid', 'unknown'],
        description:
          'The state of one readiness item. `invalid` means evidence exists but does not hold (a malformed SBOM, a provenance naming another digest, a support period that has ended); `unknown` means it could not be read.',
      },
      CraModelVersionRow: {
        type: 'object',
        properties: {
          kind: {
            type: 'string',
            const: 'model-version',
          },
          id: {
            type: 'string',
            description: '`<registry>/<repository>@<digest>`.',
          },
          registry: {
            type: 'string',
          },
          repository: {
            type: 'string',
          },
          tags: {
            type: 'array',
            items: {
              type: 'string',
            },
            description: 'Tags that point at the digest.',
          },
          digest: {
            type: 'string',
          },
          title: {
            type: 'string',
          },
          entityRef: {
            type: 'string',
            description: 'The `ai-model` Resource, when the catalog has one.',
          },
          owner: {
            type: 'string',
            description: 'Owning Group ref, when known.',
          },
          readiness: {
            $ref: '#/components/schemas/CraReadiness',
          },
        },
        required: [
          'kind',
          'id',
          'registry',
          'repository',
          'tags',
          'digest',
          'title',
          'readiness',
        ],
        additionalProperties: false,
        description: 'A model version (one manifest digest) and its readiness.',
      },
      CraProvenanceFacts: {
        type: 'object',
        properties: {
          predicateType: {
            type: 'string',
          },
          builder: {
            type: 'string',
            description:
              '`runDetails.builder.id` (SLSA v1) or `builder.id` (v0.2).',
          },
          buildType: {
            type: 'string',
          },
          subjectDigests: {
            type: 'array',
            items: {
              type: 'string',
            },
            description:
              "Digests the statement's subjects name, as `sha256:<hex>`.",
          },
        },
        required: ['predicateType', 'subjectDigests'],
        additionalProperties: false,
        description: 'What a parsed provenance attestation says.',
      },
      CraReadiness: {
        type: 'object',
        properties: {
          score: {
            type: 'number',
            description:
              '0–100: the weights of passing items over all weights.',
          },
          ready: {
            type: 'boolean',
            description: 'True when every required item passes.',
          },
          gaps: {
            type: 'number',
            description: 'Items that do not pass.',
          },
          items: {
            type: 'array',
            items: {
              $ref: '#/components/schemas/CraItem',
            },
          },
        },
        required: ['score', 'ready', 'gaps', 'items'],
        additionalProperties: false,
        description: 'Readiness of one product: its items and their score.',
      },
      CraReport: {
        type: 'object',
        properties: {
          generatedAt: {
            type: 'string',
          },
          rules: {
            $ref: '#/components/schemas/CraRules',
          },
          rows: {
            type: 'array',
            items: {
              $ref: '#/components/schemas/CraRow',
            },
            description:
              'Gaps first: not ready before ready, then lowest score.',
          },
          errors: {
            type: 'array',
            items: {
              type: 'string',
            },
            description:
              'What could not be read (a registry, a repository), each a sentence.',
          },
        },
        required: ['generatedAt', 'rules', 'rows', 'errors'],
        additionalProperties: false,
        description: 'Answer of `GET /cra`.',
      },
      CraRow: {
        anyOf: [
          {
            $ref: '#/components/schemas/CraModelVersionRow',
          },
          {
            $ref: '#/components/schemas/CraServiceRow',
          },
        ],
        description: 'A row of the CRA report.',
      },
      CraRules: {
        type: 'object',
        properties: {
          items: {
            type: 'object',
            properties: {
              sbom: {
                $ref: '#/components/schemas/CraItemRule',
              },
              provenance: {
                $ref: '#/components/schemas/CraItemRule',
              },
              signature: {
                $ref: '#/components/schemas/CraItemRule',
              },
              'security-contact': {
                $ref: '#/components/schemas/CraItemRule',
              },
              'support-period': {
                $ref: '#/components/schemas/CraItemRule',
              },
              'vulnerability-disclosure': {
                $ref: '#/components/schemas/CraItemRule',
              },
              sovereignty: {
                $ref: '#/components/schemas/CraItemRule',
              },
              'model-versions': {
                $ref: '#/components/schemas/CraItemRule',
              },
            },
            required: [
              'sbom',
              'provenance',
              'signature',
              'security-contact',
              'support-period',
              'vulnerability-disclosure',
              'sovereignty',
              'model-versions',
            ],
            additionalProperties: false,
          },
          minSupportYears: {
            type: 'number',
            description:
              "A version's support period must reach this many years after it was created.",
          },
        },
        required: ['items', 'minSupportYears'],
        additionalProperties: false,
        description: 'The readiness rules in force (from `aiPlatform.cra`).',
      },
      CraSbomFacts: {
        type: 'object',
        properties: {
          format: {
            type: 'string',
            enum: ['spdx', 'cyclonedx'],
          },
          specVersion: {
            type: 'string',
            description: '`SPDX-2.3`, `1.6`.',
          },
          componentCount: {
            type: 'number',
          },
          licenses: {
            type: 'array',
            items: {
              type: 'string',
            },
            description: 'Distinct licence ids or expressions, sorted.',
          },
        },
        required: ['format', 'specVersion', 'componentCount', 'licenses'],
        additionalProperties: false,
        description: 'What a parsed SBOM says.',
      },
      CraServiceRow: {
        type: 'object',
        properties: {
          kind: {
            type: 'string',
            const: 'inference-service',
          },
          id: {
            type: 'string',
            description: "The Component's entity ref.",
          },
          entityRef: {
            type: 'string',
          },
          title: {
            type: 'string',
          },
          owner: {
            type: 'string',
          },
          versions: {
            type: 'array',
            items: {
              $ref: '#/components/schemas/CraServiceVersion',
            },
          },
          readiness: {
            $ref: '#/components/schemas/CraReadiness',
          },
        },
        required: ['kind', 'id', 'entityRef', 'title', 'versions', 'readiness'],
        additionalProperties: false,
        description: 'An inference service and its readiness.',
      },
      CraServiceVersion: {
        type: 'object',
        properties: {
          registry: {
            type: 'string',
          },
          repository: {
            type: 'string',
          },
          digest: {
            type: 'string',
          },
          tags: {
            type: 'array',
            items: {
              type: 'string',
            },
          },
          workload: {
            type: 'string',
            description:
              'The workload that runs it, `<cluster>/<namespace>/<kind>/<name>`.',
          },
          score: {
            type: 'number',
          },
          ready: {
            type: 'boolean',
          },
        },
        required: ['registry', 'repository', 'digest', 'tags', 'workload'],
        additionalProperties: false,
        description: 'A model version an inference service runs.',
      },
      DataClassification: {
        type: 'string',
        enum: ['public', 'internal', 'confidential', 'restricted'],
        description: 'A data classification.',
      },
      DigestDeployments: {
        type: 'object',
        properties: {
          digest: {
            type: 'string',
          },
          versions: {
            type: 'array',
            items: {
              type: 'object',
              properties: {
                registry: {
                  type: 'string',
                },
                repository: {
                  type: 'string',
                },
                tags: {
                  type: 'array',
                  items: {
                    type: 'string',
                  },
                },
              },
              required: ['registry', 'repository', 'tags'],
              additionalProperties: false,
            },
            description:
              'The model versions (registry, repository, tags) with this digest.',
          },
          deployments: {
            type: 'array',
            items: {
              $ref: '#/components/schemas/ModelDeployment',
            },
          },
        },
        required: ['digest', 'versions', 'deployments'],
        additionalProperties: false,
        description: 'Answer of `GET /deployments/by-digest/{digest}`.',
      },
      Error: {
        type: 'object',
        description:
          'A Backstage error body: `error.name` and `error.message` say what was wrong.',
        properties: {
          error: {
            type: 'object',
            properties: {
              name: {
                type: 'string',
              },
              message: {
                type: 'string',
              },
            },
            required: ['name', 'message'],
          },
          request: {
            type: 'object',
            properties: {
              method: {
                type: 'string',
              },
              url: {
                type: 'string',
              },
            },
          },
          response: {
            type: 'object',
            properties: {
              statusCode: {
                type: 'integer',
              },
            },
            required: ['statusCode'],
          },
        },
        required: ['error', 'response'],
      },
      FitTier: {
        type: 'string',
        enum: ['comfortable', 'tight', 'does-not-fit'],
        description:
          'How well a model fits a profile: `comfortable` at most 80 % of its memory, `tight` above 80 % and up to 100 %, `does-not-fit` beyond.',
      },
      GpuCounts: {
        type: 'object',
        properties: {
          allocatable: {
            type: 'number',
          },
          allocated: {
            type: 'number',
          },
          free: {
            type: 'number',
          },
        },
        required: ['allocatable', 'allocated', 'free'],
        additionalProperties: false,
        description:
          'Allocatable, allocated and free units of a pool or a total. Units are those of the pool (GPUs, MIG slices, shared slots, DRA devices).',
      },
      GpuFilterOptions: {
        type: 'object',
        properties: {
          jurisdictions: {
            type: 'array',
            items: {
              type: 'string',
            },
          },
          products: {
            type: 'array',
            items: {
              type: 'string',
            },
          },
          teams: {
            type: 'array',
            items: {
              type: 'string',
            },
          },
        },
        required: ['jurisdictions', 'products', 'teams'],
        additionalProperties: false,
        description:
          'Values a GPU view can be filtered by, drawn from the data itself.',
      },
      GpuOverview: {
        type: 'object',
        properties: {
          generatedAt: {
            type: 'string',
          },
          clusters: {
            type: 'array',
            items: {
              $ref: '#/components/schemas/ClusterGpus',
            },
          },
          quotas: {
            type: 'array',
            items: {
              $ref: '#/components/schemas/NamespaceGpuQuota',
            },
          },
          queues: {
            type: 'array',
            items: {
              $ref: '#/components/schemas/GpuQueue',
            },
          },
          totals: {
            $ref: '#/components/schemas/GpuTotals',
          },
          filterOptions: {
            $ref: '#/components/schemas/GpuFilterOptions',
          },
        },
        required: [
          'generatedAt',
          'clusters',
          'quotas',
          'queues',
          'totals',
          'filterOptions',
        ],
        additionalProperties: false,
        description:
          "The answer of `GET /gpu/overview`: every cluster's GPUs, quotas and queues.",
      },
      GpuPod: {
        type: 'object',
        properties: {
          cluster: {
            type: 'string',
          },
          namespace: {
            type: 'string',
          },
          name: {
            type: 'string',
          },
          phase: {
            type: 'string',
          },
          node: {
            type: 'string',
          },
          product: {
            type: 'string',
          },
          gpus: {
            type: 'object',
            additionalProperties: {
              type: 'number',
            },
            description:
              'GPU units by resource (`nvidia.com/gpu`, MIG profiles, DRA driver).',
          },
          holding: {
            type: 'boolean',
            description:
              'Whether the GPUs are held (scheduled and not terminated) or only asked for.',
          },
        },
        required: ['cluster', 'namespace', 'name', 'phase', 'gpus', 'holding'],
        additionalProperties: false,
        description: 'A pod that holds or waits for GPUs.',
      },
      GpuPool: {
        type: 'object',
        properties: {
          allocatable: {
            type: 'number',
          },
          allocated: {
            type: 'number',
          },
          free: {
            type: 'number',
          },
          kind: {
            $ref: '#/components/schemas/GpuPoolKind',
          },
          resource: {
            type: 'string',
            description:
              '`nvidia.com/gpu`, `nvidia.com/mig-1g.10gb`, or the DRA driver (`gpu.nvidia.com`).',
          },
          capacity: {
            type: 'number',
            description:
              'Node capacity of the resource (for DRA, the devices published).',
          },
          nodes: {
            type: 'number',
            description: 'Nodes that offer this pool.',
          },
          memoryMiB: {
            type: 'number',
            description:
              "Memory of one unit in MiB, when known (a whole GPU, a MIG slice; for a shared slot, the whole GPU's).",
          },
          migProfile: {
            type: 'string',
            description: '`1g.10gb` for a MIG pool.',
          },
          sharingStrategy: {
            type: 'string',
            description: '`time-slicing` or `mps` for a shared pool.',
          },
          replicasPerGpu: {
            type: 'number',
            description: 'Slots per physical GPU for a shared pool.',
          },
          physicalGpus: {
            type: 'number',
            description:
              "Physical GPUs behind the pool, when the pool's units are not GPUs themselves (shared slots).",
          },
          largestFreeOnNode: {
            type: 'number',
            description: 'The most free units any one node of the pool has.',
          },
          unavailableNodes: {
            type: 'number',
            description:
              'Nodes excluded from free capacity because they are cordoned or not Ready.',
          },
          gpuShare: {
            type: 'number',
            description:
              "Physical GPUs one unit is worth (`gpuShare`): 1 for a whole GPU, 3/7 for a `3g.40gb` slice, 1/4 for a slot of a GPU shared four ways. Where nodes of the pool differ, the first node's; `gpuEquivalents` adds each node's own.",
          },
          gpuEquivalents: {
            $ref: '#/components/schemas/GpuCounts',
            description:
              "The pool's units in physical GPUs (each node's units × its share): what the cost recorder prices, figure for figure.",
          },
        },
        required: [
          'allocatable',
          'allocated',
          'capacity',
          'free',
          'kind',
          'largestFreeOnNode',
          'nodes',
          'resource',
          'unavailableNodes',
        ],
        additionalProperties: false,
        description:
          "One pool of GPU capacity of one product in one cluster: a resource name on the nodes, or a DRA driver's devices.",
      },
      GpuPoolKind: {
        type: 'string',
        enum: ['whole', 'mig', 'shared', 'dra'],
        description:
          'How a pool of GPU capacity is handed out.\n\n- `whole`: whole GPUs through the device plugin (`nvidia.com/gpu`).\n- `mig`: MIG slices of one profile (`nvidia.com/mig-<g>g.<mem>gb`).\n- `shared`: time-sliced or MPS replicas of GPUs; one unit is a slot, and   several slots share one physical GPU.\n- `dra`: devices published in DRA `ResourceSlice`s and allocated through   `ResourceClaim`s.',
      },
      GpuProductSummary: {
        type: 'object',
        properties: {
          product: {
            type: 'string',
            description:
              "GPU Feature Discovery's product name; DRA product names are normalised to it.",
          },
          memoryMiB: {
            type: 'number',
            description: 'Memory of one GPU in MiB, when known.',
          },
          family: {
            type: 'string',
            description: 'e.g. `hopper`, `ampere`.',
          },
          physicalGpus: {
            type: 'number',
            description:
              'Physical GPUs, each counted once however it is exposed (whole, MIG, shared, DRA).',
          },
          nodes: {
            type: 'number',
          },
          pools: {
            type: 'array',
            items: {
              $ref: '#/components/schemas/GpuPool',
            },
          },
        },
        required: ['product', 'physicalGpus', 'nodes', 'pools'],
        additionalProperties: false,
        description:
          'The GPUs of one product (e.g. `NVIDIA-H100-80GB-HBM3`) in one cluster.',
      },
      GpuProfileFit: {
        type: 'object',
        properties: {
          id: {
            type: 'string',
            description:
              'e.g. `2 x NVIDIA-H100-80GB-HBM3` or `NVIDIA-A100-SXM4-80GB MIG 3g.40gb`.',
          },
          product: {
            type: 'string',
          },
          count: {
            type: 'number',
          },
          migProfile: {
            type: 'string',
            description:
              'The MIG profile, e.g. `3g.40gb`, when this is a slice.',
          },
          memoryGiB: {
            type: 'number',
            description:
              'Memory of the whole profile (every GPU together), in GiB.',
          },
          utilization: {
            type: 'number',
            description: "Needed memory over the profile's memory, e.g. 0.62.",
          },
          tier: {
            $ref: '#/components/schemas/FitTier',
          },
        },
        required: [
          'count',
          'id',
          'memoryGiB',
          'product',
          'tier',
          'utilization',
        ],
        additionalProperties: false,
        description: 'One profile judged.',
      },
      GpuQueue: {
        type: 'object',
        properties: {
          cluster: {
            type: 'string',
          },
          scheduler: {
            type: 'string',
            enum: ['kueue', 'kai'],
          },
          name: {
            type: 'string',
          },
          team: {
            type: 'string',
            description:
              "Entity ref of the owning Group, from the queue's team label or the namespaces it admits.",
          },
          parent: {
            type: 'string',
            description: 'Kueue cohort, or KAI parent queue.',
          },
          namespaces: {
            type: 'array',
            items: {
              type: 'string',
            },
            description:
              'Namespaces whose workloads the queue admits (Kueue: its namespace selector).',
          },
          quotas: {
            type: 'array',
            items: {
              $ref: '#/components/schemas/GpuQueueQuota',
            },
          },
          pendingWorkloads: {
            type: 'number',
          },
          admittedWorkloads: {
            type: 'number',
          },
        },
        required: ['cluster', 'scheduler', 'name', 'namespaces', 'quotas'],
        additionalProperties: false,
        description:
          'A scheduling queue with a GPU quota: a Kueue ClusterQueue or a KAI Queue.',
      },
      GpuQueueQuota: {
        type: 'object',
        properties: {
          flavor: {
            type: 'string',
            description: 'Kueue flavour name; absent for KAI.',
          },
          resource: {
            type: 'string',
          },
          unit: {
            $ref: '#/components/schemas/GpuResourceUnit',
            description: 'The unit of the figures (absent: whole GPUs).',
          },
          nominal: {
            type: 'number',
            description:
              'Kueue `nominalQuota`; KAI `quota`. Absent when unlimited.',
          },
          borrowingLimit: {
            type: 'number',
            description:
              'Kueue `borrowingLimit`; absent when unlimited or not in a cohort.',
          },
          lendingLimit: {
            type: 'number',
            description: 'Kueue `lendingLimit`.',
          },
          limit: {
            type: 'number',
            description: 'KAI `limit`; absent when unlimited.',
          },
          used: {
            type: 'number',
            description: 'Kueue usage total; KAI `status.allocated`.',
          },
          borrowed: {
            type: 'number',
            description: 'Kueue: the part of `used` borrowed from the cohort.',
          },
          requested: {
            type: 'number',
            description: "KAI: GPUs requested by the queue's jobs.",
          },
        },
        required: ['resource', 'used'],
        additionalProperties: false,
        description:
          'The GPU quota of a Kueue ClusterQueue flavour or a KAI queue.',
      },
      GpuQuotaResource: {
        type: 'object',
        properties: {
          key: {
            type: 'string',
            description:
              'The quota key, e.g. `requests.nvidia.com/gpu`, `gpu.nvidia.com.deviceclass.resource.k8s.io/devices`.',
          },
          resource: {
            type: 'string',
            description:
              'What it limits: `nvidia.com/gpu`, `nvidia.com/mig-1g.10gb`, or `deviceclass/gpu.nvidia.com`.',
          },
          scope: {
            type: 'string',
            enum: ['requests', 'limits'],
            description:
              '`requests`, `limits` or none (a bare key); DRA device-class keys have none.',
          },
          unit: {
            $ref: '#/components/schemas/GpuResourceUnit',
            description:
              'The unit of `hard` and `used` (absent: whole GPUs or devices as the resource says).',
          },
          hard: {
            type: 'number',
          },
          used: {
            type: 'number',
          },
        },
        required: ['key', 'resource', 'hard', 'used'],
        additionalProperties: false,
        description: 'A GPU key of a ResourceQuota, read from its status.',
      },
      GpuResourceUnit: {
        type: 'string',
        enum: [
          'gpus',
          'mig-instances',
          'shared-slots',
          'devices',
          'bytes',
          'MiB',
          'GiB',
          'percent',
          'units',
        ],
        description:
          'What a unit of a GPU-related resource is, so figures of different resources are never added together and each is shown in its own unit: whole GPUs, MIG instances, shared slots, DRA devices, GPU memory or GPU cores as the scheduler extension that defines the resource counts them.',
      },
      GpuTotals: {
        type: 'object',
        properties: {
          physicalGpus: {
            type: 'number',
            description: 'Physical GPUs, each counted once.',
          },
          wholeGpus: {
            $ref: '#/components/schemas/GpuCounts',
            description:
              'Whole GPUs: device plugin `nvidia.com/gpu` without sharing, and DRA devices.',
          },
          migSlices: {
            $ref: '#/components/schemas/GpuCounts',
            description: 'MIG slices of every profile.',
          },
          sharedSlots: {
            $ref: '#/components/schemas/GpuCounts',
            description: 'Time-sliced or MPS slots.',
          },
          gpuEquivalents: {
            $ref: '#/components/schemas/GpuCounts',
            description:
              'Every pool in physical GPUs (slices and slots as their share), so they can be added.',
          },
          pendingRequests: {
            type: 'number',
            description:
              'GPUs (in any unit) asked for by pods that are not scheduled yet.',
          },
          pendingPods: {
            type: 'number',
            description: 'Pods waiting for GPUs.',
          },
        },
        required: [
          'physicalGpus',
          'wholeGpus',
          'migSlices',
          'sharedSlots',
          'pendingRequests',
          'pendingPods',
        ],
        additionalProperties: false,
        description:
          'Totals over products or clusters, per way of handing GPUs out, so that a slot or a slice is never added to a whole GPU.',
      },
      HttpRouteView: {
        type: 'object',
        properties: {
          cluster: {
            type: 'string',
          },
          namespace: {
            type: 'string',
          },
          name: {
            type: 'string',
          },
          apiVersion: {
            type: 'string',
          },
          hostnames: {
            type: 'array',
            items: {
              type: 'string',
            },
          },
          parents: {
            type: 'array',
            items: {
              type: 'object',
              additionalProperties: false,
              properties: {
                exists: {
                  type: 'boolean',
                  description:
                    'Whether the parent (a Gateway) is on the cluster; undefined when not checked.',
                },
                accepted: {
                  type: 'string',
                  enum: ['True', 'False', 'Unknown'],
                  description: "The parent's verdict from the route's status.",
                },
                reason: {
                  type: 'string',
                },
                group: {
                  type: 'string',
                },
                kind: {
                  type: 'string',
                },
                namespace: {
                  type: 'string',
                },
                name: {
                  type: 'string',
                },
                sectionName: {
                  type: 'string',
                },
                port: {
                  type: 'number',
                },
              },
              required: ['group', 'kind', 'name', 'namespace'],
            },
          },
          rules: {
            type: 'array',
            items: {
              type: 'object',
              properties: {
                name: {
                  type: 'string',
                },
                matches: {
                  type: 'array',
                  items: {
                    type: 'string',
                  },
                },
                backends: {
                  type: 'array',
                  items: {
                    $ref: '#/components/schemas/RouteBackendView',
                  },
                },
                totalWeight: {
                  type: 'number',
                },
              },
              required: ['matches', 'backends', 'totalWeight'],
              additionalProperties: false,
            },
          },
          owner: {
            type: 'object',
            properties: {
              kind: {
                type: 'string',
              },
              name: {
                type: 'string',
              },
            },
            required: ['kind', 'name'],
            additionalProperties: false,
            description:
              'The KServe service that owns or lists the route, if any.',
          },
          problems: {
            type: 'array',
            items: {
              $ref: '#/components/schemas/RoutingProblem',
            },
          },
        },
        required: [
          'cluster',
          'namespace',
          'name',
          'apiVersion',
          'hostnames',
          'parents',
          'rules',
          'problems',
        ],
        additionalProperties: false,
        description: 'One HTTPRoute with its parents and backends resolved.',
      },
      HygieneCheckResult: {
        type: 'object',
        properties: {
          id: {
            type: 'string',
          },
          title: {
            type: 'string',
          },
          status: {
            anyOf: [
              {
                $ref: '#/components/schemas/ConformanceStatus',
              },
              {
                type: 'string',
                const: 'warn',
              },
            ],
          },
          summary: {
            type: 'string',
          },
          evidence: {
            type: 'array',
            items: {
              $ref: '#/components/schemas/ConformanceEvidence',
            },
          },
          fix: {
            type: 'string',
            description: 'What to do about a failure.',
          },
          totals: {
            $ref: '#/components/schemas/PolicyReportTotals',
            description: 'Kyverno PolicyReport totals, for `policy_reports`.',
          },
        },
        required: ['id', 'title', 'status', 'summary', 'evidence'],
        additionalProperties: false,
        description:
          "A platform hygiene finding (not a conformance requirement): the suite's own (`ingress_nginx_eol`, `policy_reports`, `model_references`) and those other modules add through the conformance extension point.",
      },
      IdleCostRow: {
        type: 'object',
        properties: {
          cluster: {
            type: 'string',
          },
          product: {
            type: 'string',
          },
          gpuHours: {
            type: 'number',
            description:
              'Idle GPU-hours (GPU-equivalents: slices and slots as their share).',
          },
          cost: {
            type: 'number',
          },
          allocatableGpuHours: {
            type: 'number',
            description:
              'Allocatable GPU-hours over the known part of the window.',
          },
          allocatedGpuHours: {
            type: 'number',
            description: 'Allocated GPU-hours over the same part.',
          },
          utilisation: {
            type: 'number',
            description:
              'Allocated / allocatable GPU-hours, 0 to 1; absent when nothing was allocatable.',
          },
          knownFrom: {
            type: 'string',
            description:
              "ISO 8601: from when in the window the capacity is known (the window's start when it reaches back).",
          },
          price: {
            type: 'number',
            description:
              'The price per GPU-hour idle hours were priced at; absent when none is configured.',
          },
        },
        required: [
          'cluster',
          'product',
          'gpuHours',
          'cost',
          'allocatableGpuHours',
          'allocatedGpuHours',
          'knownFrom',
        ],
        additionalProperties: false,
        description:
          "Idle GPUs of one cluster and product in the window: allocatable minus allocated GPU-hours over the part of the window the cluster's capacity is known for (`knownFrom` to the window's end).",
      },
      ImplausibleGpuNode: {
        type: 'object',
        properties: {
          node: {
            type: 'string',
          },
          product: {
            type: 'string',
          },
          reason: {
            type: 'string',
            description:
              'A sentence naming the resource, its value and what it disagrees with.',
          },
        },
        required: ['node', 'product', 'reason'],
        additionalProperties: false,
        description: 'A node whose GPU figures are not believed, and why.',
      },
      InferenceObjectiveView: {
        type: 'object',
        properties: {
          pool: {
            $ref: '#/components/schemas/ObjectRef',
          },
          priority: {
            type: 'number',
            description:
              'InferenceObjective: higher is served first; unset counts as 0.',
          },
          criticality: {
            type: 'string',
            description: 'InferenceModel: Critical, Standard or Sheddable.',
          },
          modelName: {
            type: 'string',
            description: 'InferenceModel: the model name clients ask for.',
          },
          targetModels: {
            type: 'array',
            items: {
              type: 'object',
              properties: {
                name: {
                  type: 'string',
                },
                weight: {
                  type: 'number',
                },
              },
              required: ['name'],
              additionalProperties: false,
            },
            description:
              'InferenceModel: the models requests are sent to, with weights.',
          },
          problems: {
            type: 'array',
            items: {
              type: 'string',
            },
          },
          cluster: {
            type: 'string',
          },
          namespace: {
            type: 'string',
          },
          name: {
            type: 'string',
          },
          kind: {
            type: 'string',
            enum: ['InferenceObjective', 'InferenceModel'],
          },
          apiVersion: {
            type: 'string',
          },
          poolExists: {
            type: 'boolean',
          },
          routingProblems: {
            type: 'array',
            items: {
              $ref: '#/components/schemas/RoutingProblem',
            },
          },
        },
        required: [
          'apiVersion',
          'cluster',
          'kind',
          'name',
          'namespace',
          'problems',
          'routingProblems',
        ],
        additionalProperties: false,
        description:
          'One InferenceObjective or InferenceModel with its pool resolved.',
      },
      InferencePoolView: {
        type: 'object',
        properties: {
          cluster: {
            type: 'string',
          },
          namespace: {
            type: 'string',
          },
          name: {
            type: 'string',
          },
          apiVersion: {
            type: 'string',
          },
          selector: {
            type: 'object',
            additionalProperties: {
              type: 'string',
            },
          },
          targetPorts: {
            type: 'array',
            items: {
              type: 'number',
            },
          },
          appProtocol: {
            type: 'string',
          },
          endpointPicker: {
            type: 'object',
            additionalProperties: false,
            properties: {
              exists: {
                type: 'boolean',
              },
              group: {
                type: 'string',
              },
              kind: {
                type: 'string',
              },
              name: {
                type: 'string',
              },
              port: {
                type: 'number',
              },
              failureMode: {
                type: 'string',
                enum: ['FailOpen', 'FailClose'],
              },
            },
            required: ['failureMode', 'group', 'kind', 'name'],
          },
          parents: {
            type: 'array',
            items: {
              $ref: '#/components/schemas/ParentStatus',
            },
            description: "Gateways' verdicts on the pool, from its status.",
          },
          pods: {
            type: 'array',
            items: {
              $ref: '#/components/schemas/PoolPodView',
            },
          },
          readyPods: {
            type: 'number',
          },
          routedBy: {
            type: 'array',
            items: {
              type: 'object',
              properties: {
                namespace: {
                  type: 'string',
                },
                name: {
                  type: 'string',
                },
                rule: {
                  type: 'number',
                },
                weight: {
                  type: 'number',
                },
                sharePercent: {
                  type: 'number',
                },
              },
              required: ['namespace', 'name', 'rule', 'weight', 'sharePercent'],
              additionalProperties: false,
            },
            description:
              'Routes that send traffic here, with the share of their rule.',
          },
          objectives: {
            type: 'array',
            items: {
              type: 'object',
              properties: {
                kind: {
                  type: 'string',
                },
                name: {
                  type: 'string',
                },
              },
              required: ['kind', 'name'],
              additionalProperties: false,
            },
          },
          owner: {
            type: 'object',
            properties: {
              kind: {
                type: 'string',
              },
              name: {
                type: 'string',
              },
            },
            required: ['kind', 'name'],
            additionalProperties: false,
          },
          problems: {
            type: 'array',
            items: {
              $ref: '#/components/schemas/RoutingProblem',
            },
          },
        },
        required: [
          'cluster',
          'namespace',
          'name',
          'apiVersion',
          'selector',
          'targetPorts',
          'parents',
          'pods',
          'readyPods',
          'routedBy',
          'objectives',
          'problems',
        ],
        additionalProperties: false,
        description:
          'One InferencePool (either API version) with what routes to it and what it selects.',
      },
      InferenceServiceClaim: {
        type: 'object',
        properties: {
          name: {
            type: 'string',
            description:
              "The claim's name in the pod spec (`resourceClaims[].name`), or `managed-dra`.",
          },
          via: {
            type: 'string',
            enum: ['template', 'claim', 'managed-dra'],
            description:
              "Where the devices are asked for: a ResourceClaimTemplate (one claim per pod), a shared ResourceClaim, or KServe's managed DRA annotations (`serving.kserve.io/exp-dra-*`, which make a template named `<service>-managed-dra`).",
          },
          object: {
            type: 'string',
            description: "The template's or claim's name.",
          },
          requests: {
            type: 'array',
            items: {
              type: 'object',
              properties: {
                deviceClass: {
                  type: 'string',
                },
                count: {
                  type: 'number',
                  description:
                    'Devices asked for; absent for `allocationMode: All`.',
                },
                allDevices: {
                  type: 'boolean',
                },
                gpu: {
                  type: 'boolean',
                  description:
                    'Whether the device class hands out GPUs (configuration and DeviceClass).',
                },
              },
              required: ['deviceClass', 'gpu'],
              additionalProperties: false,
            },
            description:
              'Requests of the claim, each with its device class and count.',
          },
          unresolved: {
            type: 'string',
            description:
              'Why the requests are not known (template not on the cluster, …).',
          },
        },
        required: ['name', 'via', 'requests'],
        additionalProperties: false,
        description:
          'One DRA claim each replica of an inference service makes.',
      },
      InferenceServiceInventory: {
        type: 'object',
        properties: {
          generatedAt: {
            type: 'string',
          },
          clusters: {
            type: 'array',
            items: {
              type: 'object',
              properties: {
                cluster: {
                  type: 'string',
                },
                health: {
                  $ref: '#/components/schemas/ClusterHealth',
                },
              },
              required: ['cluster', 'health'],
              additionalProperties: false,
            },
          },
          items: {
            type: 'array',
            items: {
              $ref: '#/components/schemas/InferenceServiceRow',
            },
          },
        },
        required: ['generatedAt', 'clusters', 'items'],
        additionalProperties: false,
        description: 'Answer of `GET /serving/inference-services`.',
      },
      InferenceServiceRow: {
        type: 'object',
        properties: {
          cluster: {
            type: 'string',
          },
          clusterHealth: {
            $ref: '#/components/schemas/ClusterHealth',
          },
          namespace: {
            type: 'string',
          },
          name: {
            type: 'string',
          },
          kind: {
            type: 'string',
            enum: ['InferenceService', 'LLMInferenceService'],
          },
          apiVersion: {
            type: 'string',
          },
          team: {
            type: 'string',
            description:
              "The namespace's or the object's `ai-platform.io/team`, as a Group ref.",
          },
          model: {
            type: 'object',
            properties: {
              uri: {
                type: 'string',
                description:
                  'The model address as written, and the field it was read from.',
              },
              field: {
                type: 'string',
              },
              scheme: {
                $ref: '#/components/schemas/ModelUriScheme',
              },
              invalid: {
                type: 'string',
                description:
                  'Why KServe cannot fetch the address, when it cannot.',
              },
              registry: {
                type: 'string',
                description:
                  'Resolved on a configured registry: the repository and the digest the pods run.',
              },
              repository: {
                type: 'string',
              },
              digest: {
                type: 'string',
              },
              tags: {
                type: 'array',
                items: {
                  type: 'string',
                },
                description: 'Tags pointing to that digest now, e.g. `1.0.0`.',
              },
              mutableTag: {
                $ref: '#/components/schemas/MutableTagStatus',
              },
              unresolved: {
                type: 'string',
                description:
                  'Why no version is resolved, e.g. `hf:// is not an OCI registry the portal reads`.',
              },
            },
            additionalProperties: false,
          },
          replicas: {
            type: 'object',
            properties: {
              desired: {
                type: 'number',
                description:
                  'Replicas the spec asks for (LLMInferenceService `replicas`; InferenceService `minReplicas`, default 1).',
              },
              min: {
                type: 'number',
              },
              max: {
                type: 'number',
              },
              ready: {
                type: 'number',
                description:
                  'Serving pods with the Ready condition, not being deleted.',
              },
              pods: {
                type: 'number',
                description: 'Serving pods seen.',
              },
              prefill: {
                type: 'number',
                description:
                  'Prefill replicas (P/D disaggregation), when the service has them.',
              },
            },
            required: ['desired', 'ready', 'pods'],
            additionalProperties: false,
          },
          gpusPerReplica: {
            type: 'object',
            properties: {
              resources: {
                type: 'object',
                additionalProperties: {
                  type: 'number',
                },
                description:
                  "Device-plugin GPU resources, e.g. `{ 'nvidia.com/gpu': 2 }`.",
              },
              claims: {
                type: 'array',
                items: {
                  $ref: '#/components/schemas/InferenceServiceClaim',
                },
              },
            },
            required: ['resources', 'claims'],
            additionalProperties: false,
            description: 'What each replica asks for.',
          },
          gpusHeld: {
            type: 'object',
            additionalProperties: {
              type: 'number',
            },
            description:
              "GPU units the service's pods hold now: device-plugin resources and DRA devices by driver.",
          },
          gpusPending: {
            type: 'object',
            additionalProperties: {
              type: 'number',
            },
            description: 'GPU units its unscheduled pods wait for.',
          },
          routes: {
            type: 'array',
            items: {
              type: 'object',
              properties: {
                namespace: {
                  type: 'string',
                },
                name: {
                  type: 'string',
                },
                gateways: {
                  type: 'array',
                  items: {
                    type: 'string',
                  },
                  description:
                    'The Gateways it is attached to, as `namespace/name`.',
                },
                sharePercent: {
                  type: 'number',
                  description:
                    "Its share of the route's traffic, percent (the largest over the route's rules).",
                },
                problems: {
                  type: 'number',
                },
              },
              required: ['namespace', 'name', 'gateways', 'problems'],
              additionalProperties: false,
            },
            description: 'The HTTPRoutes that send traffic to it.',
          },
          problems: {
            type: 'array',
            items: {
              $ref: '#/components/schemas/RoutingProblem',
            },
            description:
              'What is wrong: unready replicas, an invalid model address, a multi-node spec counted by its leader only.',
          },
        },
        required: [
          'cluster',
          'clusterHealth',
          'namespace',
          'name',
          'kind',
          'apiVersion',
          'model',
          'replicas',
          'gpusPerReplica',
          'gpusHeld',
          'gpusPending',
          'routes',
          'problems',
        ],
        additionalProperties: false,
        description:
          'One KServe InferenceService or LLMInferenceService, as the inventory lists it.',
      },
      KubernetesObjectRef: {
        type: 'object',
        properties: {
          cluster: {
            type: 'string',
          },
          namespace: {
            type: 'string',
          },
          name: {
            type: 'string',
          },
          kind: {
            type: 'string',
          },
          apiVersion: {
            type: 'string',
            description:
              'e.g. `kagent.dev/v1alpha2`: the version the cluster served it in.',
          },
        },
        required: ['cluster', 'namespace', 'name', 'kind', 'apiVersion'],
        additionalProperties: false,
        description:
          'The Kubernetes object an agent, model config or MCP server was read from.',
      },
      McpServer: {
        type: 'object',
        properties: {
          id: {
            type: 'string',
            description:
              '`<cluster>/<namespace>/<kind>/<name>`; unique across clusters.',
          },
          ref: {
            $ref: '#/components/schemas/KubernetesObjectRef',
          },
          kind: {
            type: 'string',
            enum: ['RemoteMCPServer', 'MCPServer', 'ToolServer'],
          },
          description: {
            type: 'string',
          },
          transport: {
            $ref: '#/components/schemas/McpTransport',
          },
          url: {
            type: 'string',
            description:
              'The URL agents connect to. kmcp servers are served at `http://<name>.<namespace>:<port>/mcp`.',
          },
          processTransport: {
            type: 'string',
            description:
              'kmcp and stdio ToolServers: the transport of the server process itself (`stdio` or `http`).',
          },
          image: {
            type: 'string',
          },
          command: {
            type: 'string',
          },
          args: {
            type: 'array',
            items: {
              type: 'string',
            },
          },
          tools: {
            type: 'array',
            items: {
              $ref: '#/components/schemas/McpTool',
            },
            description:
              'Discovered tools; empty when the controller has not listed them.',
          },
          owner: {
            type: 'string',
          },
          usedBy: {
            type: 'array',
            items: {
              type: 'object',
              properties: {
                id: {
                  type: 'string',
                },
                toolNames: {
                  type: 'array',
                  items: {
                    type: 'string',
                  },
                },
              },
              required: ['id', 'toolNames'],
              additionalProperties: false,
            },
            description: 'The agents that use this server.',
          },
          readiness: {
            $ref: '#/components/schemas/Readiness',
          },
          locationLabels: {
            type: 'object',
            additionalProperties: {
              type: 'string',
            },
            description:
              'Sovereignty labels of where the server runs; empty when unknown.',
          },
          location: {
            type: 'string',
            description:
              'Where the server runs, in words, e.g. `cluster eu-sovereign-fra, namespace platform`.',
          },
          clusterHealth: {
            $ref: '#/components/schemas/ClusterHealth',
          },
        },
        required: [
          'id',
          'ref',
          'kind',
          'transport',
          'tools',
          'owner',
          'usedBy',
          'readiness',
          'locationLabels',
          'location',
          'clusterHealth',
        ],
        additionalProperties: false,
        description:
          "An MCP server: a kagent `RemoteMCPServer` (an endpoint), a kmcp `MCPServer` (a Deployment in the cluster) or kagent's legacy v1alpha1 `ToolServer` (an endpoint over SSE or Streamable HTTP, or a stdio command kagent runs itself).",
      },
      McpServerList: {
        type: 'object',
        properties: {
          items: {
            type: 'array',
            items: {
              $ref: '#/components/schemas/McpServer',
            },
          },
          clusters: {
            type: 'array',
            items: {
              $ref: '#/components/schemas/ClusterReadState',
            },
          },
        },
        required: ['items', 'clusters'],
        additionalProperties: false,
        description: 'Answer of `GET /mcp-servers`.',
      },
      McpTool: {
        type: 'object',
        properties: {
          name: {
            type: 'string',
          },
          description: {
            type: 'string',
          },
        },
        required: ['name'],
        additionalProperties: false,
        description:
          'A tool an MCP server reported (RemoteMCPServer `status.discoveredTools`).',
      },
      McpTransport: {
        type: 'string',
        enum: ['streamable-http', 'sse', 'stdio'],
        description:
          "How clients reach an MCP server, in the MCP registry's words (`streamable-http`, `sse`) plus `stdio` for a server only reachable as a process.",
      },
      ModelDeployment: {
        type: 'object',
        properties: {
          cluster: {
            type: 'string',
          },
          clusterHealth: {
            $ref: '#/components/schemas/ClusterHealth',
          },
          namespace: {
            type: 'string',
          },
          kind: {
            type: 'string',
            enum: ['InferenceService', 'LLMInferenceService', 'Pod'],
          },
          name: {
            type: 'string',
          },
          field: {
            type: 'string',
            description:
              'The field the reference was read from, e.g. `spec.predictor.model.storageUri`.',
          },
          reference: {
            type: 'string',
            description: 'The reference as written.',
          },
          registry: {
            type: 'string',
          },
          repository: {
            type: 'string',
          },
          digest: {
            type: 'string',
            description:
              "The digest the workload runs: the one pinned, or, for a tag reference, the one its pods' model container reports. Absent when a tag reference's running digest cannot be seen (never guessed from the tag).",
          },
          tags: {
            type: 'array',
            items: {
              type: 'string',
            },
            description:
              'Tags of the repository that point to that digest now.',
          },
          mutableTag: {
            $ref: '#/components/schemas/MutableTagStatus',
            description:
              'Present when the reference names a tag (a mutable reference).',
          },
          podCount: {
            type: 'number',
            description: 'Pods of the workload seen in the cluster.',
          },
        },
        required: [
          'cluster',
          'clusterHealth',
          'namespace',
          'kind',
          'name',
          'field',
          'reference',
          'registry',
          'repository',
          'tags',
          'podCount',
        ],
        additionalProperties: false,
        description: 'A workload that references a model version.',
      },
      ModelDeploymentList: {
        type: 'object',
        description: 'Where model versions are deployed.',
        properties: {
          items: {
            type: 'array',
            items: {
              $ref: '#/components/schemas/ModelDeployment',
            },
          },
        },
        required: ['items'],
        additionalProperties: false,
      },
      ModelFieldChange: {
        type: 'object',
        properties: {
          field: {
            type: 'string',
          },
          a: {
            type: 'string',
          },
          b: {
            type: 'string',
          },
        },
        required: ['field'],
        additionalProperties: false,
        description: 'One field that differs between two versions.',
      },
      ModelLayer: {
        type: 'object',
        properties: {
          kind: {
            $ref: '#/components/schemas/ModelLayerKind',
          },
          mediaType: {
            type: 'string',
          },
          digest: {
            type: 'string',
          },
          size: {
            type: 'number',
          },
          path: {
            type: 'string',
            description:
              'The file or folder path inside the model, when annotated.',
          },
        },
        required: ['kind', 'mediaType', 'digest', 'size'],
        additionalProperties: false,
        description: 'One layer of a model artifact.',
      },
      ModelLayerKind: {
        type: 'string',
        enum: ['weight', 'weight-config', 'doc', 'code', 'dataset', 'other'],
        description:
          "What a layer of a model artifact holds, in ModelPack's words (KitOps `model` is `weight`, `modelpart` is `weight-config`, `docs` is `doc`).",
      },
      ModelList: {
        type: 'object',
        properties: {
          generatedAt: {
            type: 'string',
          },
          registries: {
            type: 'array',
            items: {
              $ref: '#/components/schemas/ModelRegistryInfo',
            },
          },
          models: {
            type: 'array',
            items: {
              $ref: '#/components/schemas/ModelSummary',
            },
          },
        },
        required: ['generatedAt', 'registries', 'models'],
        additionalProperties: false,
        description: 'Answer of `GET /models`.',
      },
      ModelLocationKind: {
        type: 'string',
        enum: ['inference-service', 'in-cluster', 'external', 'unknown'],
        description:
          "Where a model an agent calls is served.\n\n- `inference-service`: a KServe InferenceService/LLMInferenceService or an   InferencePool in a watched cluster (see `inferenceService`);\n- `in-cluster`: a service in a watched cluster that is no known inference   service;\n- `external`: a provider's or third party's endpoint outside the clusters;\n- `unknown`: the ModelConfig could not be found.",
      },
      ModelMemoryEstimate: {
        type: 'object',
        properties: {
          bytesPerParameter: {
            type: 'number',
          },
          weightsGiB: {
            type: 'number',
          },
          kvCacheGiB: {
            type: 'number',
            description:
              'KV cache for contextLength x concurrency; absent when it could not be sized.',
          },
          overheadGiB: {
            type: 'number',
            description:
              'Activations, CUDA context and runtime buffers (or, by the rule, KV cache too).',
          },
          totalGiB: {
            type: 'number',
          },
          method: {
            type: 'string',
            enum: ['weights-x1.2', 'weights+kv-cache'],
            description:
              "`weights-x1.2` (AI Runway's rule) or `weights+kv-cache`.",
          },
          assumptions: {
            type: 'array',
            items: {
              type: 'string',
            },
            description: 'Sentences saying what was assumed.',
          },
        },
        required: [
          'bytesPerParameter',
          'weightsGiB',
          'overheadGiB',
          'totalGiB',
          'method',
          'assumptions',
        ],
        additionalProperties: false,
        description:
          'The memory a model needs to serve, and how it was worked out.',
      },
      ModelMetadata: {
        type: 'object',
        properties: {
          name: {
            type: 'string',
          },
          title: {
            type: 'string',
          },
          description: {
            type: 'string',
          },
          vendor: {
            type: 'string',
          },
          family: {
            type: 'string',
          },
          version: {
            type: 'string',
          },
          authors: {
            type: 'array',
            items: {
              type: 'string',
            },
          },
          architecture: {
            type: 'string',
          },
          format: {
            type: 'string',
            description:
              'File format of the weights, e.g. safetensors, gguf, onnx.',
          },
          parameterSize: {
            type: 'string',
            description: 'As written, e.g. `8b` or `6.7B`.',
          },
          parameterCount: {
            type: 'number',
            description: 'Number of parameters from `parameterSize`, e.g. 8e9.',
          },
          precision: {
            type: 'string',
            description:
              'As written; several comma-separated values when mixed.',
          },
          quantization: {
            type: 'string',
          },
          licenses: {
            type: 'array',
            items: {
              type: 'string',
            },
            description: 'SPDX expressions, deduplicated.',
          },
          createdAt: {
            type: 'string',
            description: 'ISO 8601 time the artifact was created.',
          },
          sourceUrl: {
            type: 'string',
          },
          documentationUrl: {
            type: 'string',
          },
        },
        required: ['authors', 'licenses'],
        additionalProperties: false,
        description:
          'The metadata of a model version, from its config blob and manifest. Every field the artifact does not state is absent.',
      },
      ModelPackaging: {
        type: 'string',
        enum: ['modelpack', 'kitops'],
        description: 'How a model is packaged as an OCI artifact.',
      },
      ModelRegistryInfo: {
        type: 'object',
        properties: {
          name: {
            type: 'string',
          },
          kind: {
            type: 'string',
            enum: ['registry', 'layout'],
            description:
              '`registry` (a server) or `layout` (an OCI image-layout folder).',
          },
          aliases: {
            type: 'array',
            items: {
              type: 'string',
            },
            description:
              'References under which workloads name this registry, e.g. `ghcr.io/example-org`.',
          },
          labels: {
            type: 'object',
            additionalProperties: {
              type: 'string',
            },
            description:
              'Sovereignty labels of where the registry stores data.',
          },
          error: {
            type: 'string',
            description:
              'Set when the registry could not be listed; its models are then missing.',
          },
        },
        required: ['name', 'kind', 'aliases', 'labels'],
        additionalProperties: false,
        description: 'A configured registry as the models API shows it.',
      },
      ModelSummary: {
        type: 'object',
        properties: {
          registry: {
            type: 'string',
          },
          repository: {
            type: 'string',
          },
          ref: {
            type: 'string',
            description:
              '`<registry>/<repository>`: the id in URLs and the catalog annotation.',
          },
          name: {
            type: 'string',
          },
          title: {
            type: 'string',
          },
          vendor: {
            type: 'string',
          },
          family: {
            type: 'string',
          },
          packaging: {
            $ref: '#/components/schemas/ModelPackaging',
          },
          licenses: {
            type: 'array',
            items: {
              type: 'string',
            },
            description: 'Licences of the latest version.',
          },
          owner: {
            type: 'string',
            description:
              "Owner entity ref: the manifest's `ai-platform.io/owner`, else the registry's `owner`.",
          },
          latest: {
            type: 'object',
            properties: {
              tag: {
                type: 'string',
              },
              digest: {
                type: 'string',
              },
              createdAt: {
                type: 'string',
              },
              signed: {
                type: 'boolean',
              },
              sbom: {
                type: 'boolean',
              },
            },
            required: ['tag', 'digest', 'signed', 'sbom'],
            additionalProperties: false,
            description:
              'The most recently created version (by its created time, then tag).',
          },
          versionCount: {
            type: 'number',
            description:
              'Tags that are model versions (signature and referrers tags are not).',
          },
          digestCount: {
            type: 'number',
            description: 'Distinct digests among them.',
          },
          signedVersionCount: {
            type: 'number',
          },
          sbomVersionCount: {
            type: 'number',
          },
          deploymentCount: {
            type: 'number',
            description:
              'Workloads across clusters that reference one of its versions.',
          },
          storage: {
            $ref: '#/components/schemas/SovereigntyEvaluation',
            description:
              'Where the model is stored, checked with the sovereignty `store` rule.',
          },
          error: {
            type: 'string',
            description: 'Set when the repository could not be read.',
          },
        },
        required: [
          'registry',
          'repository',
          'ref',
          'licenses',
          'versionCount',
          'digestCount',
          'signedVersionCount',
          'sbomVersionCount',
          'deploymentCount',
          'storage',
        ],
        additionalProperties: false,
        description: 'A model repository with its latest version and counts.',
      },
      ModelUriScheme: {
        type: 'string',
        enum: [
          'gs',
          's3',
          'pvc',
          'file',
          'https',
          'http',
          'hdfs',
          'webhdfs',
          'oci',
          'hf',
          'local-path',
        ],
        description: 'What kind of store a model address points at.',
      },
      ModelVersionComparison: {
        type: 'object',
        properties: {
          registry: {
            type: 'string',
          },
          repository: {
            type: 'string',
          },
          a: {
            $ref: '#/components/schemas/ModelVersionSummary',
          },
          b: {
            $ref: '#/components/schemas/ModelVersionSummary',
          },
          sameDigest: {
            type: 'boolean',
          },
          changes: {
            type: 'array',
            items: {
              $ref: '#/components/schemas/ModelFieldChange',
            },
            description:
              'Metadata, size, signature and SBOM fields that differ.',
          },
          layers: {
            type: 'object',
            properties: {
              unchanged: {
                type: 'array',
                items: {
                  $ref: '#/components/schemas/ModelLayer',
                },
                description: 'Same digest in both.',
              },
              removed: {
                type: 'array',
                items: {
                  $ref: '#/components/schemas/ModelLayer',
                },
                description: 'Only in a.',
              },
              added: {
                type: 'array',
                items: {
                  $ref: '#/components/schemas/ModelLayer',
                },
                description: 'Only in b.',
              },
            },
            required: ['unchanged', 'removed', 'added'],
            additionalProperties: false,
          },
          sizeDelta: {
            type: 'number',
            description: "b's size minus a's, in bytes.",
          },
        },
        required: [
          'registry',
          'repository',
          'a',
          'b',
          'sameDigest',
          'changes',
          'layers',
          'sizeDelta',
        ],
        additionalProperties: false,
        description:
          'Answer of `GET /models/{registry}/{repository}/compare?a=&b=`.',
      },
      ModelVersionDetail: {
        type: 'object',
        properties: {
          status: {
            type: 'string',
            const: 'ok',
          },
          tag: {
            type: 'string',
          },
          digest: {
            type: 'string',
          },
          manifestDigest: {
            type: 'string',
            description:
              'Digest of the model manifest; differs from `digest` when the tag is an index.',
          },
          packaging: {
            $ref: '#/components/schemas/ModelPackaging',
          },
          metadata: {
            $ref: '#/components/schemas/ModelMetadata',
          },
          totalSize: {
            type: 'number',
            description: 'Bytes of the manifest, the config and every layer.',
          },
          signed: {
            type: 'boolean',
          },
          sbom: {
            type: 'boolean',
          },
          sbomFormats: {
            type: 'array',
            items: {
              type: 'string',
              enum: ['spdx', 'cyclonedx'],
            },
          },
          supplyChainError: {
            type: 'string',
            description:
              'Set when signatures and SBOMs could not be read: then signed/sbom are unknown, not false.',
          },
          fit: {
            $ref: '#/components/schemas/ModelVersionFit',
          },
          deployments: {
            type: 'array',
            items: {
              $ref: '#/components/schemas/ModelDeployment',
            },
          },
          sameDigestTags: {
            type: 'array',
            items: {
              type: 'string',
            },
            description: 'Other tags pointing to the same digest.',
          },
          warnings: {
            type: 'array',
            items: {
              type: 'string',
            },
          },
          registry: {
            type: 'string',
          },
          repository: {
            type: 'string',
          },
          mediaType: {
            type: 'string',
          },
          configDigest: {
            type: 'string',
          },
          layers: {
            type: 'array',
            items: {
              $ref: '#/components/schemas/ModelLayer',
            },
          },
          manifest: {
            type: 'object',
            additionalProperties: {},
            description: 'The manifest JSON as stored.',
          },
          supplyChain: {
            $ref: '#/components/schemas/SupplyChain',
          },
        },
        required: [
          'configDigest',
          'deployments',
          'digest',
          'fit',
          'layers',
          'manifest',
          'manifestDigest',
          'mediaType',
          'metadata',
          'packaging',
          'registry',
          'repository',
          'sameDigestTags',
          'sbom',
          'sbomFormats',
          'signed',
          'status',
          'tag',
          'totalSize',
          'warnings',
        ],
        additionalProperties: false,
        description:
          'Answer of `GET /models/{registry}/{repository}/versions/{tag}`: the version with its manifest, layers and referrers.',
      },
      ModelVersionFailure: {
        type: 'object',
        properties: {
          status: {
            type: 'string',
            const: 'error',
          },
          tag: {
            type: 'string',
          },
          digest: {
            type: 'string',
          },
          error: {
            type: 'string',
          },
        },
        required: ['status', 'tag', 'error'],
        additionalProperties: false,
        description: 'A tag that could not be read as a model version.',
      },
      ModelVersionFit: {
        anyOf: [
          {
            type: 'object',
            additionalProperties: false,
            properties: {
              estimate: {
                $ref: '#/components/schemas/ModelMemoryEstimate',
              },
              profiles: {
                type: 'array',
                items: {
                  $ref: '#/components/schemas/GpuProfileFit',
                },
                description:
                  'Every profile, those that fit first, smallest memory first.',
              },
              recommended: {
                $ref: '#/components/schemas/GpuProfileFit',
                description:
                  'The smallest profile it fits comfortably on, if any.',
              },
              status: {
                type: 'string',
                const: 'ok',
              },
            },
            required: ['estimate', 'profiles', 'status'],
          },
          {
            type: 'object',
            properties: {
              status: {
                type: 'string',
                const: 'unknown',
              },
              reason: {
                type: 'string',
              },
            },
            required: ['status', 'reason'],
            additionalProperties: false,
          },
        ],
        description:
          'GPU fit of a version, from its parameter count and precision.',
      },
      ModelVersionList: {
        type: 'object',
        properties: {
          registry: {
            type: 'string',
          },
          repository: {
            type: 'string',
          },
          generatedAt: {
            type: 'string',
          },
          versions: {
            type: 'array',
            items: {
              anyOf: [
                {
                  $ref: '#/components/schemas/ModelVersionSummary',
                },
                {
                  $ref: '#/components/schemas/ModelVersionFailure',
                },
              ],
            },
            description: 'Newest first.',
          },
          skipped: {
            type: 'array',
            items: {
              type: 'object',
              properties: {
                tag: {
                  type: 'string',
                },
                reason: {
                  type: 'string',
                },
              },
              required: ['tag', 'reason'],
              additionalProperties: false,
            },
            description:
              'Tags that are not model versions (signatures, images), with why.',
          },
          storage: {
            $ref: '#/components/schemas/SovereigntyEvaluation',
          },
        },
        required: [
          'registry',
          'repository',
          'generatedAt',
          'versions',
          'skipped',
          'storage',
        ],
        additionalProperties: false,
        description:
          'Answer of `GET /models/{registry}/{repository}/versions`.',
      },
      ModelVersionSummary: {
        type: 'object',
        properties: {
          status: {
            type: 'string',
            const: 'ok',
          },
          tag: {
            type: 'string',
          },
          digest: {
            type: 'string',
          },
          manifestDigest: {
            type: 'string',
            description:
              'Digest of the model manifest; differs from `digest` when the tag is an index.',
          },
          packaging: {
            $ref: '#/components/schemas/ModelPackaging',
          },
          metadata: {
            $ref: '#/components/schemas/ModelMetadata',
          },
          totalSize: {
            type: 'number',
            description: 'Bytes of the manifest, the config and every layer.',
          },
          signed: {
            type: 'boolean',
          },
          sbom: {
            type: 'boolean',
          },
          sbomFormats: {
            type: 'array',
            items: {
              type: 'string',
              enum: ['spdx', 'cyclonedx'],
            },
          },
          supplyChainError: {
            type: 'string',
            description:
              'Set when signatures and SBOMs could not be read: then signed/sbom are unknown, not false.',
          },
          fit: {
            $ref: '#/components/schemas/ModelVersionFit',
          },
          deployments: {
            type: 'array',
            items: {
              $ref: '#/components/schemas/ModelDeployment',
            },
          },
          sameDigestTags: {
            type: 'array',
            items: {
              type: 'string',
            },
            description: 'Other tags pointing to the same digest.',
          },
          warnings: {
            type: 'array',
            items: {
              type: 'string',
            },
          },
        },
        required: [
          'status',
          'tag',
          'digest',
          'manifestDigest',
          'packaging',
          'metadata',
          'totalSize',
          'signed',
          'sbom',
          'sbomFormats',
          'fit',
          'deployments',
          'sameDigestTags',
          'warnings',
        ],
        additionalProperties: false,
        description: 'One version of a model, as the versions table shows it.',
      },
      MutableTagStatus: {
        type: 'object',
        properties: {
          tag: {
            type: 'string',
          },
          currentDigest: {
            type: 'string',
            description:
              'What the tag points to now; absent when the tag no longer exists.',
          },
          moved: {
            type: 'string',
            enum: ['yes', 'no', 'unknown'],
            description:
              "`yes`: the workload runs another digest than the tag's current one; `no`: it runs the current one; `unknown`: the cluster does not say.",
          },
          basis: {
            type: 'string',
            enum: ['pod-image-id', 'created-after-pods-started', 'none'],
            description:
              "What the answer rests on: the image ID of a pod's model container (modelcar), the current digest's created time being after the pods started, or nothing.",
          },
          runningDigest: {
            type: 'string',
            description:
              "The digest the pods run, when a pod's image ID tells.",
          },
          runningTags: {
            type: 'array',
            items: {
              type: 'string',
            },
            description: "Other tags of the running digest, e.g. `['1.0.0']`.",
          },
          currentTags: {
            type: 'array',
            items: {
              type: 'string',
            },
            description:
              "Other tags of the tag's current digest, e.g. `['1.1.0']`.",
          },
          summary: {
            type: 'string',
            description:
              'A short phrase, never a guess: `runs 1.0.0; :latest now points to 1.1.0`, `runs 1.1.0, what :latest points to`, or `unknown (tag reference)` with why.',
          },
          message: {
            type: 'string',
            description: 'A sentence explaining the answer.',
          },
        },
        required: ['tag', 'moved', 'basis', 'message'],
        additionalProperties: false,
        description:
          "How a deployment that names a tag relates to the tag's current digest.",
      },
      NamespaceGpuQuota: {
        type: 'object',
        properties: {
          cluster: {
            type: 'string',
          },
          namespace: {
            type: 'string',
          },
          team: {
            type: 'string',
            description:
              "Entity ref of the owning catalog Group, from the namespace's `ai-platform.io/team` label.",
          },
          quotas: {
            type: 'array',
            items: {
              type: 'object',
              properties: {
                name: {
                  type: 'string',
                },
                resources: {
                  type: 'array',
                  items: {
                    $ref: '#/components/schemas/GpuQuotaResource',
                  },
                },
              },
              required: ['name', 'resources'],
              additionalProperties: false,
            },
            description:
              'ResourceQuotas of the namespace with at least one GPU key.',
          },
          quotasWithoutGpuKeys: {
            type: 'array',
            items: {
              type: 'string',
            },
            description:
              'Names of ResourceQuotas in the namespace that limit no GPU resource.',
          },
          allocated: {
            type: 'object',
            additionalProperties: {
              type: 'number',
            },
            description:
              'GPU units the namespace holds, by resource (`nvidia.com/gpu`, a MIG profile, or a DRA driver such as `gpu.nvidia.com`); units of different resources are never added together.',
          },
          pending: {
            type: 'object',
            additionalProperties: {
              type: 'number',
            },
            description:
              "GPU units asked for by the namespace's pods and claims that are not scheduled yet, by resource.",
          },
        },
        required: [
          'cluster',
          'namespace',
          'quotas',
          'quotasWithoutGpuKeys',
          'allocated',
          'pending',
        ],
        additionalProperties: false,
        description:
          'GPU quota of one namespace in one cluster, and the team that owns it.',
      },
      NotPermittedKind: {
        type: 'object',
        properties: {
          id: {
            type: 'string',
            description: 'e.g. `kueue.x-k8s.io/ClusterQueue`',
          },
          group: {
            type: 'string',
          },
          kind: {
            type: 'string',
          },
          resource: {
            type: 'string',
            description:
              'The resource (plural) the rule must name, e.g. `clusterqueues`.',
          },
          message: {
            type: 'string',
            description:
              "The cluster's answer, e.g. `clusterqueues.kueue.x-k8s.io is forbidden: User ...`.",
          },
          rule: {
            $ref: '#/components/schemas/RbacRule',
            description: "The rule to add to the portal's ClusterRole.",
          },
          since: {
            type: 'string',
            description: 'Since when (ISO 8601).',
          },
        },
        required: [
          'id',
          'group',
          'kind',
          'resource',
          'message',
          'rule',
          'since',
        ],
        additionalProperties: false,
        description:
          "A watched kind the portal's credentials may not read on a cluster.",
      },
      NotUnderstoodObject: {
        type: 'object',
        properties: {
          kind: {
            type: 'string',
            description:
              'The kind id, `<group or core>/<Kind>`, e.g. `core/Node`.',
          },
          namespace: {
            type: 'string',
          },
          name: {
            type: 'string',
          },
          reasons: {
            type: 'array',
            items: {
              type: 'string',
            },
            description: 'Every reason, each naming the field it concerns.',
          },
        },
        required: ['kind', 'name', 'reasons'],
        additionalProperties: false,
        description:
          'One cached object the backend does not (fully) use, and why.',
      },
      NotUnderstoodObjects: {
        type: 'object',
        properties: {
          total: {
            type: 'number',
            description: 'How many objects, in all.',
          },
          byKind: {
            type: 'object',
            additionalProperties: {
              type: 'number',
            },
            description: 'How many objects, by kind id.',
          },
          objects: {
            type: 'array',
            items: {
              $ref: '#/components/schemas/NotUnderstoodObject',
            },
            description:
              'The objects, at most  {@link  NOT_UNDERSTOOD_LISTED }  of them.',
          },
        },
        required: ['total', 'byKind', 'objects'],
        additionalProperties: false,
        description:
          'The objects of one cluster the backend does not (fully) use.',
      },
      ObjectRef: {
        type: 'object',
        properties: {
          group: {
            type: 'string',
          },
          kind: {
            type: 'string',
          },
          namespace: {
            type: 'string',
          },
          name: {
            type: 'string',
          },
        },
        required: ['group', 'kind', 'namespace', 'name'],
        additionalProperties: false,
        description:
          "A reference from one object to another, with the upstream defaults applied (group `''` is the core group).",
      },
      ParentStatus: {
        type: 'object',
        properties: {
          parent: {
            $ref: '#/components/schemas/ObjectRef',
          },
          controllerName: {
            type: 'string',
          },
          accepted: {
            type: 'string',
            enum: ['True', 'False', 'Unknown'],
            description:
              "The `Accepted` condition's status, when the parent reported one.",
          },
          reason: {
            type: 'string',
          },
          resolvedRefs: {
            type: 'string',
            enum: ['True', 'False', 'Unknown'],
            description: "The `ResolvedRefs` condition's status.",
          },
        },
        required: ['parent'],
        additionalProperties: false,
        description:
          "A Gateway's verdict on an object that names it as parent, from the object's `status.parents[]` (`status.parent[]` in InferencePool v1alpha2).",
      },
      PolicyReportTotals: {
        type: 'object',
        properties: {
          pass: {
            type: 'number',
          },
          fail: {
            type: 'number',
          },
          warn: {
            type: 'number',
          },
          error: {
            type: 'number',
          },
          skip: {
            type: 'number',
          },
        },
        required: ['pass', 'fail', 'warn', 'error', 'skip'],
        additionalProperties: false,
        description:
          'Summed `summary` of every PolicyReport and ClusterPolicyReport.',
      },
      PoolPodView: {
        type: 'object',
        properties: {
          name: {
            type: 'string',
          },
          phase: {
            type: 'string',
          },
          ready: {
            type: 'boolean',
          },
          node: {
            type: 'string',
          },
          images: {
            type: 'array',
            items: {
              type: 'object',
              properties: {
                container: {
                  type: 'string',
                },
                image: {
                  type: 'string',
                },
                digest: {
                  type: 'string',
                },
              },
              required: ['container', 'image'],
              additionalProperties: false,
            },
            description:
              'Container images and the digest each runs, when the pod reports one.',
          },
        },
        required: ['name', 'ready', 'images'],
        additionalProperties: false,
        description: 'One pod a pool selects, with what it runs.',
      },
      RbacRule: {
        type: 'object',
        properties: {
          apiGroups: {
            type: 'array',
            items: {
              type: 'string',
            },
          },
          resources: {
            type: 'array',
            items: {
              type: 'string',
            },
          },
          verbs: {
            type: 'array',
            items: {
              type: 'string',
            },
          },
        },
        required: ['apiGroups', 'resources', 'verbs'],
        additionalProperties: false,
        description: 'One rule of a Kubernetes (Cluster)Role.',
      },
      Readiness: {
        type: 'object',
        properties: {
          state: {
            type: 'string',
            enum: ['ready', 'not-ready', 'unknown'],
          },
          accepted: {
            type: 'boolean',
          },
          ready: {
            type: 'boolean',
          },
          message: {
            type: 'string',
            description:
              'The message of the first condition that is not true, if any.',
          },
        },
        required: ['state'],
        additionalProperties: false,
        description:
          'Readiness from the `Accepted` and `Ready` conditions. `unknown` when the controller has not reported them (yet).',
      },
      RouteBackendView: {
        type: 'object',
        properties: {
          group: {
            type: 'string',
          },
          kind: {
            type: 'string',
          },
          namespace: {
            type: 'string',
          },
          name: {
            type: 'string',
          },
          port: {
            type: 'number',
          },
          weight: {
            type: 'number',
            description:
              'The weight as written, 1 when not given (Gateway API default).',
          },
          weightGiven: {
            type: 'boolean',
            description:
              'Whether the weight was written (a missing one means 1).',
          },
          sharePercent: {
            type: 'number',
            description:
              "Percent of the rule's traffic it receives (weight over the rule's total).",
          },
          state: {
            type: 'string',
            enum: ['found', 'missing', 'unchecked'],
            description:
              '`missing`: no such object on the cluster; `unchecked`: the portal does not read that kind or may not.',
          },
          reason: {
            type: 'string',
            description: 'Why it is missing or unchecked.',
          },
        },
        required: [
          'group',
          'kind',
          'name',
          'namespace',
          'sharePercent',
          'state',
          'weight',
          'weightGiven',
        ],
        additionalProperties: false,
        description: 'One backend of a route rule, resolved on its cluster.',
      },
      RoutingOverview: {
        type: 'object',
        properties: {
          generatedAt: {
            type: 'string',
          },
          clusters: {
            type: 'array',
            items: {
              type: 'object',
              properties: {
                name: {
                  type: 'string',
                },
                health: {
                  $ref: '#/components/schemas/ClusterHealth',
                },
              },
              required: ['name', 'health'],
              additionalProperties: false,
            },
          },
          routes: {
            type: 'array',
            items: {
              $ref: '#/components/schemas/HttpRouteView',
            },
          },
          pools: {
            type: 'array',
            items: {
              $ref: '#/components/schemas/InferencePoolView',
            },
          },
          objectives: {
            type: 'array',
            items: {
              $ref: '#/components/schemas/InferenceObjectiveView',
            },
          },
        },
        required: ['generatedAt', 'clusters', 'routes', 'pools', 'objectives'],
        additionalProperties: false,
        description:
          'Answer of `GET /serving/routing`: every route, pool and objective of the clusters, with problems flagged.',
      },
      RoutingProblem: {
        type: 'object',
        properties: {
          severity: {
            type: 'string',
            enum: ['error', 'warning'],
            description:
              '`error`: requests fail or go nowhere; `warning`: probably not what was meant.',
          },
          message: {
            type: 'string',
          },
        },
        required: ['severity', 'message'],
        additionalProperties: false,
        description:
          'A problem on the path a request takes, for the routing views.',
      },
      ServedApi: {
        type: 'object',
        properties: {
          id: {
            type: 'string',
            description: 'e.g. `serving.kserve.io/v1beta1/InferenceService`',
          },
          group: {
            type: 'string',
          },
          version: {
            type: 'string',
          },
          kind: {
            type: 'string',
          },
        },
        required: ['id', 'group', 'version', 'kind'],
        additionalProperties: false,
        description:
          'A Kubernetes API the suite knows about, and whether a cluster serves it.',
      },
      SovereigntyAspect: {
        type: 'string',
        enum: ['run', 'store', 'callOut'],
        description:
          'What a rule governs:\n- `run`: where workloads that process the data may run (clusters, namespaces);\n- `store`: where the data and model weights may be stored (registries, buckets);\n- `callOut`: where the data may be sent (MCP servers, model endpoints an   agent calls).',
      },
      SovereigntyEvaluation: {
        type: 'object',
        properties: {
          status: {
            $ref: '#/components/schemas/SovereigntyStatus',
            description:
              '`violation` if any finding is one; else `unknown` if any is; else `compliant`.',
          },
          classification: {
            $ref: '#/components/schemas/DataClassification',
            description:
              'The classification that was evaluated, when it is known.',
          },
          findings: {
            type: 'array',
            items: {
              $ref: '#/components/schemas/SovereigntyFinding',
            },
            description:
              'Every reason, compliant ones included, in evaluation order.',
          },
        },
        required: ['status', 'findings'],
        additionalProperties: false,
        description: 'The answer of  {@link  evaluateSovereignty } .',
      },
      SovereigntyFinding: {
        type: 'object',
        properties: {
          aspect: {
            anyOf: [
              {
                $ref: '#/components/schemas/SovereigntyAspect',
              },
              {
                type: 'string',
                const: 'classification',
              },
            ],
            description:
              'The aspect of the rule that was checked, or the classification itself.',
          },
          status: {
            $ref: '#/components/schemas/SovereigntyStatus',
          },
          code: {
            $ref: '#/components/schemas/SovereigntyFindingCode',
          },
          target: {
            type: 'string',
            description:
              'What the finding is about, e.g. `workload chat-api`, `MCP server github`.',
          },
          label: {
            $ref: '#/components/schemas/SovereigntyLabelName',
            description: 'The sovereignty label the finding is about, if any.',
          },
          message: {
            type: 'string',
            description: 'A sentence saying what is (or is not) wrong.',
          },
          fix: {
            type: 'string',
            description:
              'What to change; absent on compliant findings that need nothing.',
          },
        },
        required: ['aspect', 'status', 'code', 'target', 'message'],
        additionalProperties: false,
        description: 'One reason in an evaluation.',
      },
      SovereigntyFindingCode: {
        type: 'string',
        enum: [
          'allowed',
          'not-allowed',
          'missing-label',
          'conflicting-labels',
          'defaulted-label',
          'classification-from-label',
          'missing-classification',
          'unknown-classification',
          'no-rule',
          'unknown-namespace',
        ],
        description: 'What kind of finding this is.',
      },
      SovereigntyLabelName: {
        type: 'string',
        enum: [
          'jurisdiction',
          'region',
          'provider',
          'dataClassification',
          'residencyPolicy',
          'nonEuLawExposure',
        ],
        description:
          'The name of a sovereignty label, a key of `SOVEREIGNTY_LABELS`.',
      },
      SovereigntyReport: {
        type: 'object',
        properties: {
          generatedAt: {
            type: 'string',
          },
          evaluated: {
            type: 'number',
            description: 'How many subjects were evaluated in all.',
          },
          compliant: {
            type: 'number',
          },
          violations: {
            type: 'array',
            items: {
              $ref: '#/components/schemas/SovereigntyReportItem',
            },
          },
          unknown: {
            type: 'array',
            items: {
              $ref: '#/components/schemas/SovereigntyReportItem',
            },
            description:
              'Subjects whose labels are missing or conflicting, so no answer is possible.',
          },
        },
        required: [
          'generatedAt',
          'evaluated',
          'compliant',
          'violations',
          'unknown',
        ],
        additionalProperties: false,
        description:
          'The answer of `GET /sovereignty/report`: every subject that is not compliant, with every reason.',
      },
      SovereigntyReportItem: {
        type: 'object',
        properties: {
          subject: {
            $ref: '#/components/schemas/SovereigntyReportSubject',
          },
          labels: {
            type: 'object',
            additionalProperties: {
              type: 'string',
            },
            description:
              'The `ai-platform.io/*` sovereignty labels of the subject, as read.',
          },
          evaluation: {
            $ref: '#/components/schemas/SovereigntyEvaluation',
          },
        },
        required: ['subject', 'labels', 'evaluation'],
        additionalProperties: false,
        description:
          'One evaluated subject with the sovereignty labels it was judged by.',
      },
      SovereigntyReportSubject: {
        anyOf: [
          {
            type: 'object',
            properties: {
              type: {
                type: 'string',
                const: 'entity',
              },
              ref: {
                type: 'string',
                description:
                  'Entity ref, e.g. `component:default/mistral-small-eu`.',
              },
              title: {
                type: 'string',
              },
              kind: {
                type: 'string',
                description:
                  "The entity's kind and `spec.type`, e.g. `Component` / `inference-service`.",
              },
              specType: {
                type: 'string',
              },
            },
            required: ['type', 'ref', 'kind'],
            additionalProperties: false,
          },
          {
            type: 'object',
            properties: {
              type: {
                type: 'string',
                const: 'namespace',
              },
              cluster: {
                type: 'string',
              },
              namespace: {
                type: 'string',
              },
              clusterRef: {
                type: 'string',
                description: "Entity ref of the cluster's catalog Resource.",
              },
            },
            required: ['type', 'cluster', 'namespace', 'clusterRef'],
            additionalProperties: false,
          },
        ],
        description:
          'What was evaluated: a catalog entity, or a Kubernetes namespace of a watched cluster (namespaces carry the sovereignty labels too).',
      },
      SovereigntyStatus: {
        type: 'string',
        enum: ['compliant', 'violation', 'unknown'],
        description:
          'The outcome of an evaluation or of one finding. `unknown` means the labels do not allow an answer; it is never to be read as compliant.',
      },
      SupplyChain: {
        type: 'object',
        properties: {
          signatures: {
            type: 'array',
            items: {
              $ref: '#/components/schemas/SupplyChainArtifact',
            },
          },
          sboms: {
            type: 'array',
            items: {
              $ref: '#/components/schemas/SupplyChainArtifact',
            },
          },
          attestations: {
            type: 'array',
            items: {
              $ref: '#/components/schemas/SupplyChainArtifact',
            },
          },
        },
        required: ['signatures', 'sboms', 'attestations'],
        additionalProperties: false,
        description: 'Signatures, SBOMs and attestations of a model version.',
      },
      SupplyChainArtifact: {
        type: 'object',
        properties: {
          digest: {
            type: 'string',
          },
          artifactType: {
            type: 'string',
          },
          source: {
            type: 'string',
            enum: ['referrers-api', 'referrers-tag', 'cosign-tag'],
            description: 'Where it was found.',
          },
          sbomFormat: {
            type: 'string',
            enum: ['spdx', 'cyclonedx'],
            description: 'For SBOMs.',
          },
        },
        required: ['digest', 'artifactType', 'source'],
        additionalProperties: false,
        description:
          'A signature, SBOM or attestation that refers to a model version.',
      },
      TeamGpuUsage: {
        type: 'object',
        properties: {
          team: {
            type: 'string',
            description: 'Entity ref of the Group.',
          },
          quotas: {
            type: 'array',
            items: {
              $ref: '#/components/schemas/NamespaceGpuQuota',
            },
          },
          queues: {
            type: 'array',
            items: {
              $ref: '#/components/schemas/GpuQueue',
            },
          },
          clusters: {
            type: 'array',
            items: {
              type: 'object',
              properties: {
                cluster: {
                  type: 'string',
                },
                title: {
                  type: 'string',
                },
                health: {
                  $ref: '#/components/schemas/ClusterHealth',
                },
              },
              required: ['cluster', 'health'],
              additionalProperties: false,
            },
            description:
              'Health of each cluster the team has a namespace or queue on.',
          },
        },
        required: ['team', 'quotas', 'queues', 'clusters'],
        additionalProperties: false,
        description:
          "The answer of `GET /gpu/teams/:team`: a team's quotas, queues and usage across clusters.",
      },
      WorkloadGpus: {
        type: 'object',
        properties: {
          selector: {
            type: 'string',
          },
          pods: {
            type: 'array',
            items: {
              $ref: '#/components/schemas/GpuPod',
            },
          },
          held: {
            type: 'object',
            additionalProperties: {
              type: 'number',
            },
            description: 'Held GPU units by resource, over all pods.',
          },
          pending: {
            type: 'object',
            additionalProperties: {
              type: 'number',
            },
            description: 'Asked-for but unscheduled GPU units by resource.',
          },
          clusters: {
            type: 'array',
            items: {
              type: 'object',
              properties: {
                cluster: {
                  type: 'string',
                },
                health: {
                  $ref: '#/components/schemas/ClusterHealth',
                },
              },
              required: ['cluster', 'health'],
              additionalProperties: false,
            },
          },
        },
        required: ['selector', 'pods', 'held', 'pending', 'clusters'],
        additionalProperties: false,
        description:
          'The answer of `GET /gpu/workloads`: the GPU pods matching a label selector.',
      },
    },
  },
} as const;
