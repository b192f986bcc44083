import {
  ConformanceMatrix,
  SOVEREIGNTY_LABELS,
} from '@ai-platform/backstage-plugin-ai-platform-common';
import {
  aiPlatformConformanceExtensionPoint,
  ConformancePlatformCheck,
} from '@ai-platform/backstage-plugin-ai-platform-node';
import { createBackendModule } from '@backstage/backend-plugin-api';
import { mockServices, startTestBackend } from '@backstage/backend-test-utils';
import fs from 'node:fs';
import path from 'node:path';
import request from 'supertest';
import { parseAllDocuments } from 'yaml';
import { demoClusters } from './__testUtils__/testBackend';
import { agentRegistryServiceFactory } from './agents/serviceFactory';
import { modelSourceServiceFactory } from './models/serviceFactory';
import { aiPlatformPlugin } from './plugin';

const CLASSIFICATION = SOVEREIGNTY_LABELS.dataClassification;

/**
 * What another team's module looks like: a platform check of its own,
 * added through the conformance extension point. This one asks that every
 * namespace declares the classification of the data it holds.
 */
const namespacesClassified: ConformancePlatformCheck = {
  id: 'namespaces_classified',
  title: 'Every namespace declares its data classification',
  run(cluster) {
    const without = cluster
      .list('core/Namespace')
      .filter(ns => !ns.metadata.labels?.[CLASSIFICATION]);
    return {
      status: without.length > 0 ? 'warn' : 'pass',
      summary: `${without.length} namespace(s) without ${CLASSIFICATION}.`,
      evidence: without.map(ns => ({
        kind: 'Namespace',
        name: ns.metadata.name,
      })),
      ...(without.length > 0
        ? { fix: `Label each namespace with ${CLASSIFICATION}.` }
        : {}),
    };
  },
};

const classifiedNamespacesModule = createBackendModule({
  pluginId: 'ai-platform',
  moduleId: 'classified-namespaces',
  register(env) {
    env.registerInit({
      deps: { conformance: aiPlatformConformanceExtensionPoint },
      async init({ conformance }) {
        conformance.addPlatformCheck(namespacesClassified, {
          id: 'broken',
          title: 'A check with a bug',
          run: () => {
            throw new Error('cannot read property of undefined');
          },
        });
        // The suite's own id: left out with a warning, never shadowing it.
        conformance.addPlatformCheck({
          id: 'ingress_nginx_eol',
          title: 'An impostor',
          run: () => ({ status: 'pass', summary: 'all good', evidence: [] }),
        });
      },
    });
  },
});

/** Namespaces without a classification, read from the fixture YAML itself. */
function unclassifiedNamespaces(cluster: string): string[] {
  const file = path.resolve(
    __dirname,
    '../../../examples/clusters',
    cluster,
    'namespaces.yaml',
  );
  return parseAllDocuments(fs.readFileSync(file, 'utf8'))
    .map(d => d.toJS())
    .filter(
      o => o?.kind === 'Namespace' && !o.metadata?.labels?.[CLASSIFICATION],
    )
    .map(o => o.metadata.name);
}

describe('ai-platform backend: extension points', () => {
  it('shows a platform check another module adds in the conformance matrix', async () => {
    const { server } = await startTestBackend({
      features: [
        aiPlatformPlugin,
        classifiedNamespacesModule,
        demoClusters,
        agentRegistryServiceFactory,
        modelSourceServiceFactory,
        mockServices.permissions.factory(),
      ],
    });
    const res = await request(server).get('/api/ai-platform/conformance');
    expect(res.status).toBe(200);
    const matrix = res.body as ConformanceMatrix;
    expect(matrix.clusters).toHaveLength(3);
    for (const cluster of matrix.clusters) {
      const expected = unclassifiedNamespaces(cluster.cluster);
      const added = cluster.hygiene.find(h => h.id === 'namespaces_classified');
      expect(added).toMatchObject({
        title: 'Every namespace declares its data classification',
        status: expected.length > 0 ? 'warn' : 'pass',
        summary: `${expected.length} namespace(s) without ${CLASSIFICATION}.`,
      });
      expect(added!.evidence.map(e => e.name).sort()).toEqual(expected.sort());
      // A check that throws is unknown with its error, not a 500.
      expect(cluster.hygiene.find(h => h.id === 'broken')).toMatchObject({
        status: 'unknown',
        summary: expect.stringContaining('cannot read property of undefined'),
      });
      // The suite's checks come first; the impostor did not replace one.
      expect(cluster.hygiene.map(h => h.id)).toEqual([
        'ingress_nginx_eol',
        'policy_reports',
        'model_references',
        'namespaces_classified',
        'broken',
      ]);
    }
    // The fixtures have unclassified namespaces, so the evidence is not empty.
    expect(
      matrix.clusters.flatMap(
        c => c.hygiene.find(h => h.id === 'namespaces_classified')!.evidence,
      ).length,
    ).toBeGreaterThan(0);
    const par = matrix.clusters.find(c => c.cluster === 'eu-hyperscaler-par')!;
    expect(par.hygiene[0]).toMatchObject({
      id: 'ingress_nginx_eol',
      status: 'fail',
    });
  });
});
