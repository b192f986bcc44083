import { spec } from '../schema/generated/spec';
import { startDemoBackend } from '../__testUtils__/testBackend';

/**
 * The tool that answers each GET route of the REST API, so that an agent can
 * ask whatever a person can. A new GET route needs its action here.
 */
const TOOL_OF_ROUTE: Record<string, string> = {
  '/clusters': 'list-clusters',
  '/clusters/{name}': 'list-clusters',
  '/sovereignty/report': 'get-sovereignty-report',
  '/sovereignty/entity': 'get-entity-sovereignty',
  '/sovereignty/clusters': 'list-allowed-clusters',
  '/agents': 'list-ai-agents',
  '/agents/{cluster}/{namespace}/{name}': 'get-ai-agent',
  '/mcp-servers': 'list-mcp-servers',
  '/gpu/overview': 'get-gpu-overview',
  '/gpu/teams/{team}': 'get-team-gpu-quota',
  '/gpu/workloads': 'get-gpu-workloads',
  '/gpu/capacity': 'find-gpu-capacity',
  '/models': 'list-models',
  '/models/{registry}/{repository}/versions': 'list-model-versions',
  '/models/{registry}/{repository}/versions/{tag}': 'get-model-version',
  '/models/{registry}/{repository}/compare': 'compare-model-versions',
  '/models/{registry}/{repository}/deployments':
    'where-is-model-version-deployed',
  '/deployments/by-digest/{digest}': 'find-deployments-by-digest',
  '/deployments/of-workload': 'get-workload-model-version',
  '/conformance': 'get-conformance-matrix',
  '/conformance/clusters/{cluster}': 'get-cluster-conformance',
  '/conformance/clusters/{cluster}/trend': 'get-conformance-trend',
  '/conformance/clusters/{cluster}/self-assessment.yaml':
    'get-conformance-self-assessment',
  '/cost': 'get-gpu-cost',
  '/cost/export.csv': 'export-gpu-cost-csv',
  '/cost/entity': 'get-entity-gpu-cost',
  '/serving/routing': 'get-inference-routing',
  '/serving/inference-services': 'list-inference-services',
  '/cra': 'get-cra-readiness',
  // get-cra-readiness takes an entityRef: the same answer as /cra/entity.
  '/cra/entity': 'get-cra-readiness',
};

/**
 * GET routes without an action yet, each with why; the test fails for any
 * other route without one.
 */
const NOT_YET: Record<string, string> = {
  '/cra/export.csv': 'CRA readiness export landed after the MCP tool list',
  '/cra/export.json': 'CRA readiness export landed after the MCP tool list',
};

describe('every GET route is also an action', () => {
  it('maps each GET route of the OpenAPI document to a registered action', async () => {
    const getRoutes = Object.entries(spec.paths)
      .filter(([, item]) => 'get' in item)
      .map(([path]) => path)
      .sort();
    const unmapped = getRoutes.filter(
      path => !TOOL_OF_ROUTE[path] && !NOT_YET[path],
    );
    // A failure here names the route: register an action for it in its
    // domain's actions.ts and add it to TOOL_OF_ROUTE.
    expect(unmapped).toEqual([]);
    expect(
      [...Object.keys(TOOL_OF_ROUTE), ...Object.keys(NOT_YET)].sort(),
    ).toEqual(getRoutes);

    const { actions } = await startDemoBackend();
    const registered = (await actions.list()).actions.map(a => a.name);
    const missing = [...new Set(Object.values(TOOL_OF_ROUTE))].filter(
      name => !registered.includes(name),
    );
    expect(missing).toEqual([]);
  });
});
