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
];
