import fs from 'fs';
import path from 'path';
import { parse, parseAllDocuments } from 'yaml';
import { evaluateSovereignty, SovereigntySubject } from './evaluate';
import { DEFAULT_SOVEREIGNTY_RULES } from './rules';

/** The demo clusters of the repository, read as they are shipped. */
const CLUSTERS_DIR = path.resolve(__dirname, '../../../../examples/clusters');

type Labels = Record<string, string>;

function clusterLabels(cluster: string): Labels {
  const file = path.join(CLUSTERS_DIR, cluster, 'cluster.yaml');
  return parse(fs.readFileSync(file, 'utf8')).metadata.labels;
}

function namespaceLabels(cluster: string, namespace: string): Labels {
  const file = path.join(CLUSTERS_DIR, cluster, 'namespaces.yaml');
  const objects = parseAllDocuments(fs.readFileSync(file, 'utf8')).map(d =>
    d.toJS(),
  );
  const found = objects.find(
    o => o?.kind === 'Namespace' && o.metadata?.name === namespace,
  );
  if (!found) {
    throw new Error(`No namespace ${namespace} in ${file}`);
  }
  return found.metadata.labels;
}

function confidentialOn(cluster: string): SovereigntySubject {
  return {
    kind: 'workload',
    name: 'contract-summarizer',
    classification: 'confidential',
    placement: {
      cluster: clusterLabels(cluster),
      description: `cluster ${cluster}`,
    },
  };
}

describe('sovereignty of the demo clusters with the default rules', () => {
  it('rejects confidential data on eu-hyperscaler-par because of the US CLOUD Act', () => {
    const evaluation = evaluateSovereignty(
      confidentialOn('eu-hyperscaler-par'),
      DEFAULT_SOVEREIGNTY_RULES,
    );
    expect(evaluation.status).toBe('violation');
    const violations = evaluation.findings.filter(
      f => f.status === 'violation',
    );
    expect(violations).toHaveLength(1);
    expect(violations[0].message).toContain('US CLOUD Act');
    expect(violations[0].message).toContain('cluster eu-hyperscaler-par');
  });

  it('allows confidential data on eu-sovereign-fra', () => {
    const evaluation = evaluateSovereignty(
      confidentialOn('eu-sovereign-fra'),
      DEFAULT_SOVEREIGNTY_RULES,
    );
    expect(evaluation.status).toBe('compliant');
  });

  it('rejects confidential data on us-east-virginia for its jurisdiction and the CLOUD Act', () => {
    const evaluation = evaluateSovereignty(
      confidentialOn('us-east-virginia'),
      DEFAULT_SOVEREIGNTY_RULES,
    );
    expect(
      evaluation.findings
        .filter(f => f.status === 'violation')
        .map(f => f.label),
    ).toEqual(['jurisdiction', 'nonEuLawExposure']);
  });

  it.each([
    ['eu-sovereign-fra', 'eu-inference', 'compliant'],
    ['eu-hyperscaler-par', 'eu-inference', 'violation'],
    ['eu-hyperscaler-par', 'us-applied-ml', 'compliant'],
    ['us-east-virginia', 'eu-inference', 'compliant'],
    ['us-east-virginia', 'us-applied-ml', 'violation'],
  ])(
    'judges the classification that namespace %s/%s declares as %s',
    (cluster, namespace, status) => {
      const evaluation = evaluateSovereignty(
        {
          kind: 'workload',
          name: `${namespace}-workloads`,
          placement: {
            cluster: clusterLabels(cluster),
            namespace: namespaceLabels(cluster, namespace),
          },
        },
        DEFAULT_SOVEREIGNTY_RULES,
      );
      expect(evaluation.status).toBe(status);
      expect(
        evaluation.findings.filter(f => f.code === 'conflicting-labels'),
      ).toEqual([]);
    },
  );
});
