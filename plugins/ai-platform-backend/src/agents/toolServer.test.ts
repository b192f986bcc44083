import { mockServices } from '@backstage/backend-test-utils';
import { DEFAULT_SOVEREIGNTY_RULES } from '@ai-platform/backstage-plugin-ai-platform-common';
import type { KubeObject } from '../clusters/kinds';
import { kindId, WATCHED_KINDS } from '../clusters/kinds';
import {
  clusterView,
  notUnderstoodOf,
  staticClusterSource,
  upstreamObjects,
} from '../__testUtils__/clusterViews';
import { AgentService } from './AgentService';

const legacy = upstreamObjects('kagent--toolserver-v1alpha1.yaml');
const hostile = upstreamObjects('hostile--toolserver.yaml');
const EU = {
  'ai-platform.io/jurisdiction': 'DE',
  'ai-platform.io/non-eu-law-exposure': 'none',
};
const ns = (name: string): KubeObject => ({
  apiVersion: 'v1',
  kind: 'Namespace',
  metadata: { name },
});

function service(objects: KubeObject[]) {
  const logger = mockServices.logger.mock();
  const agents = new AgentService({
    clusters: staticClusterSource([
      clusterView('dev', [ns('kagent'), ns('hostile'), ...objects], {
        labels: EU,
      }),
    ]),
    config: {
      trustDomain: 'cluster.local',
      defaultOwner: 'group:default/platform-engineering',
    },
    rules: DEFAULT_SOVEREIGNTY_RULES,
    logger,
  });
  return { agents, logger };
}

/** What the MCP list must show for a ToolServer, computed from its YAML alone. */
function expectedOf(object: KubeObject) {
  const config = object.spec.config;
  const key = ['stdio', 'sse', 'streamableHttp'].find(k => config[k])!;
  const transport = {
    stdio: 'stdio',
    sse: 'sse',
    streamableHttp: 'streamable-http',
  }[key];
  return {
    id: `dev/${object.metadata.namespace}/ToolServer/${object.metadata.name}`,
    kind: 'ToolServer',
    description: object.spec.description,
    transport,
    ...(key === 'stdio'
      ? { command: config.stdio.command, args: config.stdio.args }
      : { url: config[key].url }),
    tools: (object.status?.discoveredTools ?? []).map((t: any) => ({
      name: t.name,
      description: t.description,
    })),
  };
}

describe('kagent ToolServer (v1alpha1)', () => {
  const toolServers = legacy.filter(o => o.kind === 'ToolServer');

  it('is a watched kind, so clusters that serve it are read', () => {
    expect(WATCHED_KINDS.map(kindId)).toContain('kagent.dev/ToolServer');
  });

  it('every transport is listed as an MCP server, named as for RemoteMCPServer and kmcp', () => {
    const { agents } = service(legacy);
    const items = agents.listMcpServers().items;
    expect(items).toHaveLength(toolServers.length);
    for (const object of toolServers) {
      expect(items).toContainEqual(expect.objectContaining(expectedOf(object)));
    }
  });

  it('runs where kagent runs it: a stdio server and an in-cluster URL are in the cluster', () => {
    const { agents } = service(legacy);
    for (const server of agents.listMcpServers().items) {
      expect(server.location).toContain('cluster dev');
      expect(server.locationLabels).toMatchObject(EU);
    }
  });

  it("a v1alpha1 agent's toolServer references resolve to them, and they name their users", () => {
    const { agents } = service(legacy);
    const agent = legacy.find(o => o.kind === 'Agent')!;
    const [listed] = agents.listAgents().items;
    const referenced = (agent.spec.tools as any[]).map(t => {
      const ref = t.mcpServer.toolServer as string;
      const [namespace, name] = ref.includes('/')
        ? ref.split('/')
        : [agent.metadata.namespace, ref];
      return { namespace, name, toolNames: t.mcpServer.toolNames };
    });
    expect(listed.mcpServers).toEqual(
      referenced.map(r =>
        expect.objectContaining({
          ref: expect.objectContaining({
            kind: 'ToolServer',
            namespace: r.namespace,
            name: r.name,
          }),
          toolNames: r.toolNames,
          found: true,
        }),
      ),
    );
    const servers = agents.listMcpServers().items;
    for (const r of referenced) {
      const server = servers.find(s => s.ref.name === r.name)!;
      expect(server.usedBy).toEqual([
        {
          id: `dev/${agent.metadata.namespace}/${agent.metadata.name}`,
          toolNames: r.toolNames,
        },
      ]);
    }
  });

  it('are understood: nothing to report', () => {
    expect(notUnderstoodOf(legacy)).toEqual([]);
  });
});

describe('hostile ToolServers', () => {
  it('are left out of the MCP list, each logged once with the reason', () => {
    const { agents, logger } = service([...legacy, ...hostile]);
    const names = agents.listMcpServers().items.map(s => s.ref.name);
    for (const h of hostile) expect(names).not.toContain(h.metadata.name);
    agents.listMcpServers();
    const messages = logger.warn.mock.calls.map(c => c[0]);
    expect(messages).toEqual([
      'Left out part or all of ToolServer hostile/two-transports in cluster dev, because its spec.config names stdio and sse of stdio, sse and streamableHttp; kagent requires exactly one.',
      "Left out part or all of ToolServer hostile/type-mismatch in cluster dev, because its spec.config.type 'sse' disagrees with spec.config.streamableHttp.",
      "Left out part or all of ToolServer hostile/script-url in cluster dev, because its spec.config.streamableHttp.url 'javascript:alert(1)' is not an http(s) URL.",
      'Left out part or all of ToolServer hostile/stdio-no-command in cluster dev, because its spec.config.stdio has no command.',
      'Left out part or all of ToolServer hostile/no-config in cluster dev, because it has no spec.config.',
    ]);
  });

  it('are listed as not understood, each with its reason', () => {
    expect(
      notUnderstoodOf(hostile).map(r => [r.name, r.reasons.length]),
    ).toEqual(hostile.map(h => [h.metadata.name, 1]));
  });
});
