import {
  expect,
  Page,
  request as playwrightRequest,
  test,
} from '@playwright/test';
import fs from 'node:fs';
import path from 'node:path';
import { parse } from 'yaml';
import {
  admin,
  clusterNames,
  readCluster,
  root,
  screenshots,
} from './fixtureYaml';

// The expected agents, servers and tools are read from examples/clusters/*/agents.yaml
// (any YAML of a cluster folder), not copied from the implementation.

type Obj = Record<string, any>;

/** Opens a page of the portal as the guest (the sign-in page shows at any URL). */
async function visit(page: Page, url: string) {
  await page.goto(url);
  const enter = page.getByRole('button', { name: 'Enter' });
  const nav = page.getByRole('link', { name: 'Agents' });
  await expect(enter.or(nav).first()).toBeVisible();
  if (await enter.isVisible()) await enter.click();
}

function kagentObjects(kind: string) {
  return clusterNames().flatMap(cluster =>
    readCluster(cluster)
      .objects.filter(
        o => o.kind === kind && String(o.apiVersion).startsWith('kagent.dev/'),
      )
      .map(o => ({ cluster, object: o as Obj })),
  );
}

/** Each fixture agent with the MCP servers and tool names its spec declares. */
function expectedAgents() {
  return kagentObjects('Agent').map(({ cluster, object }) => ({
    cluster,
    name: object.metadata.name as string,
    servers: (object.spec?.declarative?.tools ?? [])
      .filter((t: Obj) => t.type === 'McpServer' && t.mcpServer)
      .map((t: Obj) => ({
        name: t.mcpServer.name as string,
        toolNames: (t.mcpServer.toolNames ?? []) as string[],
      })),
  }));
}

/** Each RemoteMCPServer with the tools it reported. */
function expectedRemoteServers() {
  return kagentObjects('RemoteMCPServer').map(({ cluster, object }) => ({
    cluster,
    name: object.metadata.name as string,
    tools: (object.status?.discoveredTools ?? []) as Array<{
      name: string;
      description?: string;
    }>,
  }));
}

/**
 * Agents whose kmcp MCP server runs, on a cluster exposed to non-EU law, as
 * a ServiceAccount a ClusterRoleBinding lets read every namespace, with the
 * confidential namespaces (own label, else the cluster's) they so reach.
 */
function agentsReachingConfidentialData() {
  return clusterNames().flatMap(cluster => {
    const { settings, objects } = readCluster(cluster);
    const clusterLabels = settings.metadata.labels ?? {};
    if (
      (clusterLabels['ai-platform.io/non-eu-law-exposure'] ?? 'none') === 'none'
    ) {
      return [];
    }
    const confidential = objects
      .filter(o => o.kind === 'Namespace')
      .filter(
        ns =>
          (ns.metadata.labels?.['ai-platform.io/data-classification'] ??
            clusterLabels['ai-platform.io/data-classification']) ===
          'confidential',
      )
      .map(ns => ns.metadata.name as string);
    const boundAccounts = new Set(
      objects
        .filter(o => o.kind === 'ClusterRoleBinding')
        .flatMap(b => b.subjects ?? [])
        .filter((s: Obj) => s.kind === 'ServiceAccount')
        .map((s: Obj) => `${s.namespace}/${s.name}`),
    );
    const accountOf = (server: string, namespace: string) => {
      const deployment = objects.find(
        o =>
          o.kind === 'Deployment' &&
          o.metadata.namespace === namespace &&
          (o.metadata.ownerReferences ?? []).some(
            (r: Obj) => r.kind === 'MCPServer' && r.name === server,
          ),
      );
      const sa = deployment?.spec?.template?.spec?.serviceAccountName;
      return sa ? `${namespace}/${sa}` : undefined;
    };
    return objects
      .filter(o => o.kind === 'Agent')
      .flatMap(agent =>
        (agent.spec?.declarative?.tools ?? [])
          .filter((t: Obj) => t.mcpServer?.kind === 'MCPServer')
          .filter((t: Obj) => {
            const ns = t.mcpServer.namespace ?? agent.metadata.namespace;
            return boundAccounts.has(accountOf(t.mcpServer.name, ns) ?? '');
          })
          .map((t: Obj) => ({
            agent: agent.metadata.name as string,
            server: `MCPServer ${
              t.mcpServer.namespace ?? agent.metadata.namespace
            }/${t.mcpServer.name}`,
            confidential,
          })),
      );
  });
}

const agentsSection = (page: Page) =>
  page.getByRole('region', { name: 'Agents' });
const serversSection = (page: Page) =>
  page.getByRole('region', { name: 'MCP servers' });
const agentRow = (page: Page, name: string) =>
  agentsSection(page)
    .getByRole('row')
    .filter({ has: page.getByRole('link', { name, exact: true }) });

test.describe('Agent registry', () => {
  test('lists the fixture agents with their MCP servers and tools, and the servers with theirs', async ({
    page,
  }) => {
    const agents = expectedAgents();
    expect(agents.length).toBeGreaterThan(0);

    await visit(page, '/');
    await page
      .getByRole('navigation', { name: 'sidebar nav' })
      .getByRole('link', { name: 'Agents' })
      .click();
    await expect(page).toHaveURL(/\/ai-platform\/agents/);

    for (const agent of agents) {
      const row = agentRow(page, agent.name);
      await expect(row).toHaveCount(1);
      await expect(row.getByText(agent.cluster).first()).toBeVisible();
      for (const server of agent.servers) {
        const group = row.getByRole('group', {
          name: `MCP server ${server.name}`,
        });
        await expect(group).toBeVisible();
        for (const tool of server.toolNames) {
          await expect(
            group.getByRole('list').getByText(tool, { exact: true }),
          ).toBeVisible();
        }
      }
    }

    for (const server of expectedRemoteServers()) {
      const tools = serversSection(page).getByRole('list', {
        name: `Tools of ${server.name}`,
      });
      for (const tool of server.tools) {
        await expect(tools.getByText(tool.name, { exact: true })).toBeVisible();
        if (tool.description) {
          await expect(tools.getByText(tool.description)).toBeVisible();
        }
      }
    }
    // Every server an agent uses is listed, with that agent among its users.
    for (const agent of agents) {
      for (const server of agent.servers) {
        const row = serversSection(page)
          .getByRole('row')
          .filter({
            has: page.getByRole('link', { name: server.name, exact: true }),
          });
        await expect(
          row.getByRole('link', { name: agent.name, exact: true }),
        ).toBeVisible();
      }
    }
    await page.screenshot({
      path: path.join(screenshots, 'agents.png'),
      fullPage: true,
    });

    // The search narrows the list and is kept in the URL.
    const [first, ...others] = agents;
    await page
      .getByRole('group', { name: 'Filters' })
      .getByLabel('Search')
      .fill(first.name);
    await expect(page).toHaveURL(new RegExp(`q=${first.name}`));
    await expect(agentRow(page, first.name)).toHaveCount(1);
    for (const other of others) {
      await expect(agentRow(page, other.name)).toHaveCount(0);
    }
  });

  test('an agent whose tool reaches confidential data from a cluster exposed to non-EU law is flagged, on the Agents page and its entity page', async ({
    page,
  }) => {
    const expected = agentsReachingConfidentialData();
    expect(expected.length).toBeGreaterThan(0);
    await visit(page, '/ai-platform/agents');
    for (const { agent, server, confidential } of expected) {
      expect(confidential.length).toBeGreaterThan(0);
      const row = agentRow(page, agent);
      await expect(row).toHaveCount(1, { timeout: 30_000 });
      const reach = row.getByRole('group', {
        name: 'What this agent can reach: violation',
      });
      await expect(reach).toBeVisible();
      const flag = reach.getByText(`${server} reads confidential data in`);
      await expect(flag).toBeVisible();
      for (const ns of confidential) await expect(flag).toContainText(ns);
      await row.getByRole('link', { name: agent, exact: true }).click();
      const card = page.getByRole('region', { name: 'Reach of this agent' });
      await expect(card).toBeVisible({ timeout: 30_000 });
      await expect(card).toContainText(/Reach: \d+ namespaces?, \d+ flagged/);
      const table = card.getByRole('table', {
        name: 'Namespaces this agent can read',
      });
      for (const ns of confidential) {
        await expect(
          table.getByRole('row').filter({ hasText: ` / ${ns}` }),
        ).toContainText('confidential');
      }
      await page.screenshot({
        path: path.join(screenshots, 'agent-reach.png'),
        fullPage: true,
      });
      await visit(page, '/ai-platform/agents');
    }
  });

  test('an agent created in a fixture cluster appears without a restart', async ({
    page,
  }) => {
    const template = kagentObjects('Agent')[0];
    const cluster = template.cluster;
    const namespace = template.object.metadata.namespace as string;
    const name = `e2e-agent-${Date.now().toString(36)}`;

    // The fixture server speaks the Kubernetes API: POST the Agent as kubectl would.
    const clusters = (await (await fetch(`${admin}/clusters`)).json())
      .clusters as Array<{ name: string; server: string }>;
    const server = clusters.find(c => c.name === cluster)!.server;
    const kubeconfig = parse(
      fs.readFileSync(
        path.join(root, '.tools/fixtures-e2e/kubeconfig'),
        'utf8',
      ),
    );
    const context = kubeconfig.contexts.find((c: Obj) => c.name === cluster);
    const token = kubeconfig.users.find(
      (u: Obj) => u.name === context.context.user,
    ).user.token;
    const kube = await playwrightRequest.newContext({
      baseURL: server,
      ignoreHTTPSErrors: true,
      extraHTTPHeaders: { Authorization: `Bearer ${token}` },
    });
    const agentsPath = `/apis/kagent.dev/v1alpha2/namespaces/${namespace}/agents`;

    await visit(page, '/ai-platform/agents');
    await expect(agentRow(page, template.object.metadata.name)).toHaveCount(1);
    await expect(agentRow(page, name)).toHaveCount(0);

    try {
      const created = await kube.post(agentsPath, {
        data: {
          apiVersion: 'kagent.dev/v1alpha2',
          kind: 'Agent',
          metadata: {
            name,
            namespace,
            labels: { 'ai-platform.io/team': 'platform-engineering' },
          },
          spec: {
            type: 'Declarative',
            description: 'Created by the e2e test',
            declarative: {
              modelConfig: template.object.spec.declarative.modelConfig,
              systemMessage: 'You answer e2e tests.',
              tools: [
                {
                  type: 'McpServer',
                  mcpServer: {
                    apiGroup: 'kagent.dev',
                    kind: 'RemoteMCPServer',
                    name: expectedRemoteServers()[0].name,
                    toolNames: [expectedRemoteServers()[0].tools[0].name],
                  },
                },
              ],
            },
          },
        },
      });
      expect(created.status(), await created.text()).toBe(201);

      await expect(async () => {
        await page.reload();
        await expect(agentRow(page, name)).toHaveCount(1, { timeout: 3_000 });
      }).toPass({ timeout: 60_000 });
      const row = agentRow(page, name);
      await expect(
        row.getByText(expectedRemoteServers()[0].tools[0].name, {
          exact: true,
        }),
      ).toBeVisible();
      await expect(row.getByText(cluster).first()).toBeVisible();
      await row.scrollIntoViewIfNeeded();
      await page.screenshot({
        path: path.join(screenshots, 'agents-created.png'),
        fullPage: true,
      });
    } finally {
      await kube.delete(`${agentsPath}/${name}`);
      await kube.dispose();
    }

    await expect(async () => {
      await page.reload();
      await expect(agentRow(page, name)).toHaveCount(0, { timeout: 3_000 });
    }).toPass({ timeout: 60_000 });
  });
});
