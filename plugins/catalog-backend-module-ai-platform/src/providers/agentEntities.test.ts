import {
  apiEntityV1alpha1Validator,
  componentEntityV1alpha1Validator,
  DefaultNamespaceEntityPolicy,
  Entity,
  EntityPolicies,
  FieldFormatEntityPolicy,
  NoForeignRootFieldsEntityPolicy,
  SchemaValidEntityPolicy,
} from '@backstage/catalog-model';
import { mockServices } from '@backstage/backend-test-utils';
import {
  agentToEntity,
  mcpServerToEntity,
  SERVER_JSON_META_KEY,
  SERVER_JSON_SCHEMA,
} from './agentEntities';
import { servers, supportAgent } from '../__testUtils__/agentFixtures';

/** The checks the catalog runs on every entity before it accepts it. */
async function expectValid(entity: Entity) {
  const policy = EntityPolicies.allOf([
    new DefaultNamespaceEntityPolicy(),
    new NoForeignRootFieldsEntityPolicy(),
    new FieldFormatEntityPolicy(),
    new SchemaValidEntityPolicy(),
  ]);
  await expect(policy.enforce(entity)).resolves.toBeDefined();
  const validator =
    entity.kind === 'API'
      ? apiEntityV1alpha1Validator
      : componentEntityV1alpha1Validator;
  await expect(validator.check(entity)).resolves.toBe(true);
}

describe('agentToEntity', () => {
  it('makes an ai-agent Component with identity, sovereignty labels and its dependencies', async () => {
    const entity = agentToEntity(supportAgent(), {
      system: 'system:default/eu-customer-assistant',
    });
    expect(entity).toEqual({
      apiVersion: 'backstage.io/v1alpha1',
      kind: 'Component',
      metadata: {
        name: 'eu-support-assistant-eu-inference-eu-sovereign-fra',
        title: 'eu-support-assistant (eu-sovereign-fra)',
        description:
          'Customer-support assistant for EU tenants; data stays in the EU',
        labels: supportAgent().placementLabels,
        annotations: {
          'backstage.io/managed-by-location':
            'ai-platform:agent/eu-sovereign-fra/eu-inference/eu-support-assistant',
          'backstage.io/managed-by-origin-location':
            'ai-platform:agent/eu-sovereign-fra/eu-inference/eu-support-assistant',
          'ai-platform.io/cluster': 'eu-sovereign-fra',
          'ai-platform.io/kubernetes-ref':
            'kagent.dev/v1alpha2/Agent/eu-inference/eu-support-assistant',
          'ai-platform.io/spiffe-id':
            'spiffe://cluster.local/ns/eu-inference/sa/eu-support-assistant',
          'backstage.io/kubernetes-label-selector':
            'app=kagent,kagent=eu-support-assistant',
          'backstage.io/kubernetes-namespace': 'eu-inference',
        },
        tags: ['kagent', 'declarative'],
      },
      spec: {
        type: 'ai-agent',
        lifecycle: 'production',
        owner: 'group:default/eu-inference',
        system: 'system:default/eu-customer-assistant',
        // The missing RemoteMCPServer is left out rather than dangling.
        consumesApis: ['api:default/fetch-platform-eu-sovereign-fra'],
        dependsOn: [
          'component:default/mistral-small-eu',
          'resource:default/eu-sovereign-fra',
        ],
      },
    });
    await expectValid(entity);
  });

  it('keeps names valid for long agent names and drops label values the catalog rejects', async () => {
    const logger = mockServices.logger.mock();
    const agent = supportAgent({
      ref: {
        ...supportAgent().ref,
        name: 'a-very-long-agent-name-that-goes-on-and-on-and-on',
      },
      placementLabels: { 'ai-platform.io/region': 'Frankfurt am Main' },
      model: undefined,
      description: undefined,
    });
    const entity = agentToEntity(agent, { logger });
    expect(entity.metadata.name.length).toBeLessThanOrEqual(63);
    expect(entity.metadata.labels).toEqual({});
    expect(entity.spec.dependsOn).toEqual([
      'resource:default/eu-sovereign-fra',
    ]);
    expect(logger.warn).toHaveBeenCalledWith(
      expect.stringContaining("ai-platform.io/region='Frankfurt am Main'"),
    );
    await expectValid(entity);
  });
});

describe('mcpServerToEntity', () => {
  const [fetch, actions] = servers();

  it('makes an mcp-server API whose definition is an MCP registry server.json', async () => {
    const entity = mcpServerToEntity(actions);
    expect(entity.metadata).toMatchObject({
      name: 'backstage-actions-platform-eu-sovereign-fra',
      labels: actions.locationLabels,
      annotations: {
        'ai-platform.io/cluster': 'eu-sovereign-fra',
        'ai-platform.io/kubernetes-ref':
          'kagent.dev/v1alpha2/RemoteMCPServer/platform/backstage-actions',
      },
    });
    expect(entity.spec).toMatchObject({
      type: 'mcp-server',
      owner: 'group:default/platform-engineering',
    });
    const definition = JSON.parse(entity.spec.definition);
    expect(definition).toEqual({
      $schema: SERVER_JSON_SCHEMA,
      name: 'io.ai-platform.eu-sovereign-fra/platform.backstage-actions',
      title: 'backstage-actions',
      description: expect.any(String),
      version: '0.0.0',
      remotes: [
        {
          type: 'sse',
          url: 'http://backstage.platform.svc.cluster.local:7007/api/mcp-actions/v1',
        },
      ],
      _meta: {
        [SERVER_JSON_META_KEY]: {
          cluster: 'eu-sovereign-fra',
          namespace: 'platform',
          kind: 'RemoteMCPServer',
          apiVersion: 'kagent.dev/v1alpha2',
          name: 'backstage-actions',
          tools: [
            {
              name: 'ai-platform:check-sovereignty',
              description: 'Evaluate a placement',
            },
          ],
        },
      },
    });
    // The constraints of the server.json schema (2025-12-11).
    expect(definition.name).toMatch(/^[a-zA-Z0-9.-]+\/[a-zA-Z0-9._-]+$/);
    expect(definition.description.length).toBeLessThanOrEqual(100);
    expect(definition.description.endsWith('…')).toBe(true);
    await expectValid(entity);
  });

  it('describes a kmcp server by its Streamable HTTP address and its deployment', async () => {
    const entity = mcpServerToEntity(fetch);
    const definition = JSON.parse(entity.spec.definition);
    expect(definition.remotes).toEqual([
      { type: 'streamable-http', url: 'http://fetch.platform:3000/mcp' },
    ]);
    expect(definition._meta[SERVER_JSON_META_KEY].deployment).toEqual({
      image: 'ghcr.io/astral-sh/uv:python3.12-bookworm-slim',
      command: 'uvx',
      args: ['mcp-server-fetch'],
      transport: 'stdio',
    });
    expect(definition.description).toBe(
      'MCPServer platform/fetch in cluster eu-sovereign-fra',
    );
    await expectValid(entity);
  });

  it('describes a legacy stdio ToolServer by the command kagent runs, with no remote', async () => {
    const [kmcp] = servers();
    const entity = mcpServerToEntity({
      ...kmcp,
      id: 'eu-sovereign-fra/kagent/ToolServer/everything',
      ref: {
        cluster: 'eu-sovereign-fra',
        namespace: 'kagent',
        name: 'everything',
        kind: 'ToolServer',
        apiVersion: 'kagent.dev/v1alpha1',
      },
      kind: 'ToolServer',
      transport: 'stdio',
      url: undefined,
      image: undefined,
      processTransport: 'stdio',
      command: 'npx',
      args: ['-y', '@modelcontextprotocol/server-everything'],
    });
    const definition = JSON.parse(entity.spec.definition);
    expect(definition.remotes).toEqual([]);
    expect(definition._meta[SERVER_JSON_META_KEY]).toMatchObject({
      kind: 'ToolServer',
      apiVersion: 'kagent.dev/v1alpha1',
      deployment: {
        command: 'npx',
        args: ['-y', '@modelcontextprotocol/server-everything'],
        transport: 'stdio',
      },
    });
    expect(
      definition._meta[SERVER_JSON_META_KEY].deployment.image,
    ).toBeUndefined();
    expect(entity.metadata.tags).toEqual(['mcp', 'stdio']);
    await expectValid(entity);
  });
});
