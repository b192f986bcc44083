import { DEFAULT_SOVEREIGNTY_RULES } from '@ai-platform/backstage-plugin-ai-platform-common';
import { mockCredentials } from '@backstage/backend-test-utils';
import type { Entity } from '@backstage/catalog-model';
import { catalogServiceMock } from '@backstage/plugin-catalog-node/testUtils';
import fs from 'fs';
import path from 'path';
import { parseAllDocuments } from 'yaml';
import {
  exampleCluster,
  staticClusterSource,
} from '../__testUtils__/clusterViews';
import { SovereigntyService } from './SovereigntyService';

const demoServices = parseAllDocuments(
  fs.readFileSync(
    path.resolve(__dirname, '../../../../examples/inference-services.yaml'),
    'utf8',
  ),
).map(d => d.toJS() as Entity);

const labelsUS = {
  'ai-platform.io/jurisdiction': 'US',
  'ai-platform.io/provider': 'aws',
  'ai-platform.io/non-eu-law-exposure': 'us-cloud-act',
};

/** An agent handling confidential data in the EU that calls an MCP server run in the US. */
const agent: Entity = {
  apiVersion: 'backstage.io/v1alpha1',
  kind: 'Component',
  metadata: {
    name: 'eu-support-agent',
    labels: {
      'ai-platform.io/jurisdiction': 'DE',
      'ai-platform.io/provider': 'eu-sovereign-cloud',
      'ai-platform.io/non-eu-law-exposure': 'none',
      'ai-platform.io/residency-policy': 'eu-only',
      'ai-platform.io/data-classification': 'confidential',
    },
  },
  spec: { type: 'ai-agent', owner: 'group:default/eu-inference' },
  relations: [{ type: 'consumesApi', targetRef: 'api:default/us-crm-mcp' }],
};
const usMcpServer: Entity = {
  apiVersion: 'backstage.io/v1alpha1',
  kind: 'API',
  metadata: {
    name: 'us-crm-mcp',
    title: 'US CRM MCP server',
    labels: labelsUS,
  },
  spec: { type: 'mcp-server', owner: 'group:default/us-applied-ml' },
};
const unlabelled: Entity = {
  apiVersion: 'backstage.io/v1alpha1',
  kind: 'Component',
  metadata: { name: 'shadow-llm' },
  spec: { type: 'inference-service', owner: 'group:default/us-applied-ml' },
};

/** A service as the governed inference-service template writes it: only the classification is labelled. */
const governed = (name: string, cluster: string): Entity => ({
  apiVersion: 'backstage.io/v1alpha1',
  kind: 'Component',
  metadata: {
    name,
    labels: { 'ai-platform.io/data-classification': 'confidential' },
    annotations: {
      'ai-platform.io/cluster': cluster,
      'backstage.io/kubernetes-namespace': 'eu-inference',
    },
  },
  spec: { type: 'inference-service', owner: 'group:default/eu-inference' },
});

describe('SovereigntyService', () => {
  const service = new SovereigntyService({
    catalog: catalogServiceMock({
      entities: [
        ...demoServices,
        agent,
        usMcpServer,
        unlabelled,
        governed('chat-fra', 'eu-sovereign-fra'),
        governed('chat-virginia', 'us-east-virginia'),
      ],
    }),
    clusters: staticClusterSource([
      exampleCluster('eu-sovereign-fra'),
      exampleCluster('eu-hyperscaler-par'),
      exampleCluster('us-east-virginia'),
    ]),
    rules: DEFAULT_SOVEREIGNTY_RULES,
  });
  const credentials = mockCredentials.user();

  it('reports the demo violations and none of the compliant subjects', async () => {
    const report = await service.report(credentials);
    const names = report.violations.map(v =>
      v.subject.type === 'entity'
        ? v.subject.ref
        : `${v.subject.cluster}/${v.subject.namespace}`,
    );
    expect(names.sort()).toEqual(
      [
        // Confidential data on the US cluster: judged by the cluster's labels.
        'component:default/chat-virginia',
        'component:default/eu-support-agent',
        'eu-hyperscaler-par/eu-inference',
        'us-east-virginia/us-applied-ml',
      ].sort(),
    );
    const par = report.violations.find(
      v =>
        v.subject.type === 'namespace' &&
        v.subject.cluster === 'eu-hyperscaler-par',
    )!;
    expect(par.evaluation.findings.map(f => f.message).join(' ')).toMatch(
      /CLOUD Act/,
    );
    expect(report.compliant).toBeGreaterThan(0);
    expect(report.evaluated).toBe(
      report.compliant + report.violations.length + report.unknown.length,
    );
  });

  it("names the MCP server that takes an agent's data out of the allowed jurisdictions", async () => {
    const verdict = await service.entity(
      'component:default/eu-support-agent',
      credentials,
    );
    expect(verdict.evaluation.status).toBe('violation');
    const callOut = verdict.evaluation.findings.filter(
      f => f.aspect === 'callOut' && f.status === 'violation',
    );
    expect(callOut.map(f => f.target)).toContain(
      'MCP server US CRM MCP server',
    );
  });

  it('reports an inference service without labels as unknown, not compliant', async () => {
    const report = await service.report(credentials);
    expect(
      report.unknown.map(u => u.subject.type === 'entity' && u.subject.ref),
    ).toContain('component:default/shadow-llm');
    const verdict = await service.entity(
      'component:default/mistral-small-eu',
      credentials,
    );
    expect(verdict.evaluation.status).toBe('compliant');
  });

  it('answers 404 for an entity the catalog does not have', async () => {
    await expect(
      service.entity('component:default/nope', credentials),
    ).rejects.toThrow('No entity component:default/nope in the catalog');
  });

  it('judges a service that names its cluster by the labels of that cluster and namespace', async () => {
    const fra = await service.entity('component:default/chat-fra', credentials);
    expect(fra.evaluation.status).toBe('compliant');
    expect(fra.labels).toMatchObject({
      'ai-platform.io/jurisdiction': 'DE',
      'ai-platform.io/non-eu-law-exposure': 'none',
      'ai-platform.io/data-classification': 'confidential',
    });
    const virginia = await service.entity(
      'component:default/chat-virginia',
      credentials,
    );
    expect(virginia.evaluation.status).toBe('violation');
    expect(
      virginia.evaluation.findings.map(f => f.message).join(' '),
    ).toContain('jurisdiction US');
  });
});
