import { mockServices } from '@backstage/backend-test-utils';
import { DEFAULT_SOVEREIGNTY_RULES } from '@ai-platform/backstage-plugin-ai-platform-common';
import fs from 'node:fs';
import path from 'node:path';
import { parseAllDocuments } from 'yaml';
import {
  clusterView,
  exampleCluster,
  staticClusterSource,
} from '../__testUtils__/clusterViews';
import type { KubeObject } from '../clusters/kinds';
import { AgentService } from './AgentService';
import { AGENT_INSPECTORS } from './inspect';

const EXAMPLES = path.resolve(__dirname, '../../../../examples/clusters');
const CLASSIFICATION = 'ai-platform.io/data-classification';

/** A namespace's classification: its own label, else its cluster's (cluster.yaml). */
function classificationOf(cluster: string, namespace: KubeObject) {
  return (
    namespace.metadata.labels?.[CLASSIFICATION] ??
    exampleCluster(cluster).labels[CLASSIFICATION]
  );
}

function yamlOf(cluster: string): KubeObject[] {
  const dir = path.join(EXAMPLES, cluster);
  return fs
    .readdirSync(dir)
    .filter(f => f.endsWith('.yaml') && f !== 'cluster.yaml')
    .flatMap(f =>
      parseAllDocuments(fs.readFileSync(path.join(dir, f), 'utf8')).map(d =>
        d.toJS(),
      ),
    )
    .filter(Boolean);
}

function agentsOver(views = ['eu-sovereign-fra', 'eu-hyperscaler-par']) {
  return new AgentService({
    clusters: staticClusterSource(views.map(v => exampleCluster(v))),
    config: {
      trustDomain: 'cluster.local',
      defaultOwner: 'group:default/platform-engineering',
    },
    rules: DEFAULT_SOVEREIGNTY_RULES,
    logger: mockServices.logger.mock(),
  });
}

describe('agent reach', () => {
  it('lists every namespace the MCP server’s ClusterRoleBinding lets it read, with each classification, as the YAML says', () => {
    const objects = yamlOf('eu-hyperscaler-par');
    const namespaces = objects
      .filter(o => o.kind === 'Namespace')
      .map(o => ({
        name: o.metadata.name as string,
        classification: classificationOf('eu-hyperscaler-par', o),
      }))
      .sort((a, b) => a.name.localeCompare(b.name));
    const binding = objects.find(
      o =>
        o.kind === 'ClusterRoleBinding' &&
        o.subjects?.some(
          (s: KubeObject) =>
            s.kind === 'ServiceAccount' && s.name === 'k8s-reader',
        ),
    )!;
    const agent = agentsOver().getAgent(
      'eu-hyperscaler-par',
      'platform',
      'cluster-ops-assistant',
    )!;
    const viaServer = agent.reach.grants.filter(
      g => g.via === 'eu-hyperscaler-par/platform/MCPServer/k8s-reader',
    );
    expect(viaServer.map(g => [g.namespace, g.classification])).toEqual(
      namespaces.map(n => [n.name, n.classification]),
    );
    expect(viaServer[0]).toMatchObject({
      identity: 'system:serviceaccount:platform:k8s-reader',
      binding: `ClusterRoleBinding ${binding.metadata.name} → ClusterRole ${binding.roleRef.name}`,
      access: 'get, list, watch configmaps, events, pods, pods/log, services',
    });
    // The agent's own ServiceAccount is bound to nothing.
    expect(agent.reach.grants.filter(g => g.via === 'agent')).toEqual([]);
  });

  it('flags the agent for reaching confidential data through a tool on a cluster exposed to non-EU law', () => {
    const confidential = yamlOf('eu-hyperscaler-par')
      .filter(
        o =>
          o.kind === 'Namespace' &&
          classificationOf('eu-hyperscaler-par', o) === 'confidential',
      )
      .map(o => o.metadata.name);
    expect(confidential.length).toBeGreaterThan(0);
    const agent = agentsOver().getAgent(
      'eu-hyperscaler-par',
      'platform',
      'cluster-ops-assistant',
    )!;
    expect(agent.reach.status).toBe('violation');
    const flagged = agent.reach.flags.filter(
      f => f.code === 'reaches-protected-data',
    );
    // One flag for the server, naming every confidential namespace it reads.
    expect(flagged).toHaveLength(1);
    expect(flagged[0].namespaces).toEqual(confidential.sort());
    expect(flagged[0].message).toMatch(
      /MCPServer platform\/k8s-reader can read confidential data in .* of cluster eu-hyperscaler-par/,
    );
    expect(flagged[0].message).toMatch(/us-cloud-act/);
    expect(flagged[0].fix).toMatch(/ClusterRoleBinding k8s-reader/);
  });

  it('finds nothing to flag where the same tool runs on a cluster without non-EU law exposure', () => {
    const objects = yamlOf('eu-hyperscaler-par');
    const fraLabels = exampleCluster('eu-sovereign-fra').labels;
    // The same objects on a cluster with eu-sovereign-fra's labels, whose
    // namespaces carry no labels of their own beyond the classification.
    const moved = objects.map(o =>
      o.kind === 'Namespace'
        ? {
            ...o,
            metadata: {
              ...o.metadata,
              labels: {
                'ai-platform.io/data-classification':
                  o.metadata.labels?.['ai-platform.io/data-classification'],
              },
            },
          }
        : o,
    );
    const agents = new AgentService({
      clusters: staticClusterSource([
        clusterView('sovereign', moved, { labels: fraLabels }),
      ]),
      config: {
        trustDomain: 'cluster.local',
        defaultOwner: 'group:default/platform-engineering',
      },
      rules: DEFAULT_SOVEREIGNTY_RULES,
      logger: mockServices.logger.mock(),
    });
    const agent = agents.getAgent(
      'sovereign',
      'platform',
      'cluster-ops-assistant',
    )!;
    expect(agent.reach.grants.length).toBeGreaterThan(0);
    expect(agent.reach.flags).toEqual([]);
    expect(agent.reach.status).toBe('compliant');
  });

  it('says when an MCP server’s permissions cannot be read, and flags one called without credentials', () => {
    const objects = yamlOf('eu-sovereign-fra');
    const remote = objects.find(
      o =>
        o.kind === 'RemoteMCPServer' && o.metadata.name === 'backstage-actions',
    )!;
    const open = { ...remote, spec: { ...remote.spec } };
    delete open.spec.headersFrom;
    const agents = new AgentService({
      clusters: staticClusterSource([
        clusterView(
          'fra',
          objects.map(o => (o === remote ? open : o)),
          { labels: exampleCluster('eu-sovereign-fra').labels },
        ),
      ]),
      config: {
        trustDomain: 'cluster.local',
        defaultOwner: 'group:default/platform-engineering',
      },
      rules: DEFAULT_SOVEREIGNTY_RULES,
      logger: mockServices.logger.mock(),
    });
    const agent = agents.getAgent('fra', 'platform', 'gpu-capacity-agent')!;
    expect(agent.reach.flags.map(f => f.code).sort()).toEqual([
      'identity-unknown',
      'unauthenticated-mcp-server',
    ]);
    expect(
      agent.reach.flags.find(f => f.code === 'unauthenticated-mcp-server')!
        .message,
    ).toContain(remote.spec.url);
    // With its Authorization header from a Secret, only the unknown identity remains.
    const demo = agentsOver(['eu-sovereign-fra']).getAgent(
      'eu-sovereign-fra',
      'platform',
      'gpu-capacity-agent',
    )!;
    expect(demo.reach.flags.map(f => f.code)).toEqual(['identity-unknown']);
    expect(demo.reach.status).toBe('unknown');
  });

  it('names malformed RBAC objects and lets them grant nothing, without failing the registry', () => {
    const objects = yamlOf('eu-hyperscaler-par');
    const hostile = objects.map(o => {
      if (o.kind === 'ClusterRoleBinding' && o.metadata.name === 'k8s-reader') {
        return {
          ...o,
          subjects: { kind: 'ServiceAccount', name: 'k8s-reader' },
        };
      }
      if (o.kind === 'ClusterRole' && o.metadata.name === 'fixture-user') {
        return { ...o, rules: 'everything' };
      }
      return o;
    });
    const view = clusterView('par', hostile, {
      labels: exampleCluster('eu-hyperscaler-par').labels,
    });
    const agents = new AgentService({
      clusters: staticClusterSource([view]),
      config: {
        trustDomain: 'cluster.local',
        defaultOwner: 'group:default/platform-engineering',
      },
      rules: DEFAULT_SOVEREIGNTY_RULES,
      logger: mockServices.logger.mock(),
    });
    const agent = agents.getAgent('par', 'platform', 'cluster-ops-assistant')!;
    expect(agent.reach.grants).toEqual([]);
    const problems = (kind: string, name: string) =>
      AGENT_INSPECTORS[`rbac.authorization.k8s.io/${kind}`](
        view
          .list(`rbac.authorization.k8s.io/${kind}`)
          .find(o => o.metadata.name === name)!,
      );
    expect(problems('ClusterRoleBinding', 'k8s-reader')).toEqual([
      'its subjects are not a list, so it binds nobody',
    ]);
    expect(problems('ClusterRole', 'fixture-user')).toEqual([
      'its rules are not a list, so it grants nothing',
    ]);
    // The well-formed ones are understood.
    expect(problems('ClusterRole', 'k8s-reader')).toEqual([]);
  });
});
