import { createPermission } from '@backstage/plugin-permission-common';

/**
 * Read GPU capacity, allocation, quotas and queues, and use the capacity
 * finder. Guards the `/gpu` routes, the GPU actions and the GPU pages.
 *
 * @public
 */
export const aiPlatformGpuReadPermission = createPermission({
  name: 'ai-platform.gpu.read',
  attributes: { action: 'read' },
});

/**
 * Read the agent and MCP server registry: agents, the models and MCP servers
 * they call, their identities and sovereignty. Guards the `/agents` and
 * `/mcp-servers` routes and the agent actions.
 *
 * @public
 */
export const aiPlatformAgentReadPermission = createPermission({
  name: 'ai-platform.agents.read',
  attributes: { action: 'read' },
});

/**
 * Read sovereignty verdicts: the report of every violation, an entity's
 * verdict, and the `check-placement` action.
 *
 * @public
 */
export const aiPlatformSovereigntyReadPermission = createPermission({
  name: 'ai-platform.sovereignty.read',
  attributes: { action: 'read' },
});

/**
 * Read model repositories, versions, their supply chain and where each
 * version is deployed. Guards the `/models` and `/deployments` routes, the
 * model actions and the Models pages.
 *
 * @public
 */
export const aiPlatformModelsReadPermission = createPermission({
  name: 'ai-platform.models.read',
  attributes: { action: 'read' },
});

/**
 * Run the governance check of a new inference service (the
 * `check-inference-service` action and the scaffolder's
 * `ai-platform:governance:check`). The answer reveals quota, free GPUs,
 * sovereignty labels and model versions, so it has a permission of its own.
 *
 * @public
 */
export const aiPlatformGovernanceCheckPermission = createPermission({
  name: 'ai-platform.governance.check',
  attributes: { action: 'read' },
});

/**
 * Read Kubernetes AI Conformance results and platform hygiene checks: the
 * cluster × requirement matrix, one cluster's evidence, the score trend, the
 * self-assessment export and the `get-cluster-conformance` action.
 *
 * @public
 */
export const aiPlatformConformanceReadPermission = createPermission({
  name: 'ai-platform.conformance.read',
  attributes: { action: 'read' },
});

/**
 * Read the GPU cost of the teams the user belongs to or owns (their
 * ownership entity refs), and of the services those teams own. Guards the
 * `/cost` routes, the cost action and the GPU cost page and cards.
 *
 * @public
 */
export const aiPlatformCostReadPermission = createPermission({
  name: 'ai-platform.cost.read',
  attributes: { action: 'read' },
});

/**
 * Read the GPU cost of every team, idle GPUs included: cost of other teams
 * is sensitive, so this is granted apart (platform and finance teams).
 *
 * @public
 */
export const aiPlatformCostReadAllPermission = createPermission({
  name: 'ai-platform.cost.read.all',
  attributes: { action: 'read' },
});

// --- cra ---
/**
 * Read Cyber Resilience Act readiness (SBOM, provenance, signature, security
 * contact, support period, disclosure policy per model version and inference
 * service). Guards the `/cra` routes, the CRA
 * actions, the CRA page and cards.
 *
 * @public
 */
export const aiPlatformCraReadPermission = createPermission({
  name: 'ai-platform.cra.read',
  attributes: { action: 'read' },
});
// --- end cra ---

/**
 * The resource type of the write permissions: catalog entities. The catalog
 * evaluates their conditions (the team of a Group, or the owner of a
 * Component), so the catalog and the actions decide the same way.
 *
 * @public
 */
export const AI_PLATFORM_WRITE_RESOURCE_TYPE = 'catalog-entity';

/**
 * Create an inference service for a team: render and publish its manifests
 * into the team's namespace (its GPUs are billed to that team). The resource
 * is the owning team's Group entity ref; the suite's policy allows it when
 * the team is in the initiator's ownership refs or granted explicitly.
 *
 * @public
 */
export const aiPlatformInferenceServiceCreatePermission = createPermission({
  name: 'ai-platform.inference-service.create',
  attributes: { action: 'create' },
  resourceType: AI_PLATFORM_WRITE_RESOURCE_TYPE,
});

/**
 * Promote an existing inference service to another model version. The
 * resource is the service's Component entity ref; allowed when its owner is
 * in the initiator's ownership refs or granted explicitly.
 *
 * @public
 */
export const aiPlatformInferenceServicePromotePermission = createPermission({
  name: 'ai-platform.inference-service.promote',
  attributes: { action: 'update' },
  resourceType: AI_PLATFORM_WRITE_RESOURCE_TYPE,
});

/**
 * Register an AI agent for a team. The resource is the owning team's Group
 * entity ref.
 *
 * @public
 */
export const aiPlatformAgentRegisterPermission = createPermission({
  name: 'ai-platform.agent.register',
  attributes: { action: 'create' },
  resourceType: AI_PLATFORM_WRITE_RESOURCE_TYPE,
});

/**
 * The write permissions of the AI Platform, by the short name the suite's
 * policy configuration uses for them (`aiPlatform.permissions.grants`).
 *
 * @public
 */
export const aiPlatformWritePermissions = {
  create: aiPlatformInferenceServiceCreatePermission,
  promote: aiPlatformInferenceServicePromotePermission,
  register: aiPlatformAgentRegisterPermission,
} as const;

/**
 * Read the configured clusters and their health (`/clusters`,
 * `/clusters/:name`).
 *
 * @public
 */
export const aiPlatformClustersReadPermission = createPermission({
  name: 'ai-platform.clusters.read',
  attributes: { action: 'read' },
});

/**
 * Every permission of the AI Platform plugins, for registration.
 *
 * @public
 */
export const aiPlatformPermissions = [
  aiPlatformGpuReadPermission,
  aiPlatformAgentReadPermission,
  aiPlatformSovereigntyReadPermission,
  aiPlatformModelsReadPermission,
  aiPlatformGovernanceCheckPermission,
  aiPlatformConformanceReadPermission,
  aiPlatformCostReadPermission,
  aiPlatformCostReadAllPermission,
  aiPlatformCraReadPermission,
  aiPlatformClustersReadPermission,
  aiPlatformInferenceServiceCreatePermission,
  aiPlatformInferenceServicePromotePermission,
  aiPlatformAgentRegisterPermission,
];
