import { SOVEREIGNTY_LABELS as L, TOPOLOGY_REGION_LABEL } from '../labels';
import { resolveSovereigntyLabels } from './resolve';

describe('resolveSovereigntyLabels', () => {
  it('lets namespace labels override cluster labels, and entity labels both', () => {
    const resolved = resolveSovereigntyLabels({
      cluster: { [L.dataClassification]: 'restricted', [L.provider]: 'aws' },
      namespace: { [L.dataClassification]: 'internal' },
      entity: { [L.residencyPolicy]: 'eu-only' },
    });
    expect(resolved.values.dataClassification).toEqual({
      value: 'internal',
      origin: 'namespace',
      key: L.dataClassification,
      defaulted: false,
    });
    expect(resolved.values.provider?.origin).toBe('cluster');
    expect(resolved.values.residencyPolicy?.origin).toBe('entity');
    expect(resolved.conflicts).toEqual([]);
  });

  it('lists every label that no source sets as missing, and ignores blank values', () => {
    const resolved = resolveSovereigntyLabels({
      cluster: { [L.jurisdiction]: ' ' },
    });
    expect(resolved.missing).toEqual([
      'jurisdiction',
      'region',
      'provider',
      'dataClassification',
      'residencyPolicy',
      'nonEuLawExposure',
    ]);
    expect(resolved.values).toEqual({});
  });

  it('normalises jurisdictions to upper case and other values to lower case', () => {
    const resolved = resolveSovereigntyLabels({
      cluster: { [L.jurisdiction]: 'de ', [L.provider]: 'OVHcloud' },
    });
    expect(resolved.values.jurisdiction?.value).toBe('DE');
    expect(resolved.values.provider?.value).toBe('ovhcloud');
  });

  it('defaults the region from the topology label and marks it as a default', () => {
    const resolved = resolveSovereigntyLabels({
      cluster: { [TOPOLOGY_REGION_LABEL]: 'eu-west-3' },
    });
    expect(resolved.values.region).toEqual({
      value: 'eu-west-3',
      origin: 'cluster',
      key: TOPOLOGY_REGION_LABEL,
      defaulted: true,
    });
    expect(resolved.missing).not.toContain('region');
  });

  it('prefers the sovereignty region label over the topology label of a more specific source', () => {
    const resolved = resolveSovereigntyLabels({
      cluster: { [L.region]: 'fr-par' },
      namespace: { [TOPOLOGY_REGION_LABEL]: 'gra' },
    });
    expect(resolved.values.region?.value).toBe('fr-par');
    expect(resolved.values.region?.defaulted).toBe(false);
  });

  it('reports placement labels that differ between namespace and cluster as conflicts', () => {
    const resolved = resolveSovereigntyLabels({
      cluster: { [L.jurisdiction]: 'US', [L.nonEuLawExposure]: 'us-cloud-act' },
      namespace: { [L.jurisdiction]: 'DE', [L.nonEuLawExposure]: 'none' },
    });
    expect(resolved.conflicts.map(c => c.label)).toEqual([
      'jurisdiction',
      'nonEuLawExposure',
    ]);
    expect(resolved.conflicts[0].values).toEqual([
      { origin: 'namespace', key: L.jurisdiction, value: 'DE' },
      { origin: 'cluster', key: L.jurisdiction, value: 'US' },
    ]);
  });

  it('does not treat a namespace narrowing the classification as a conflict', () => {
    const resolved = resolveSovereigntyLabels({
      cluster: {
        [L.dataClassification]: 'restricted',
        [L.residencyPolicy]: 'eu-only',
      },
      namespace: {
        [L.dataClassification]: 'internal',
        [L.residencyPolicy]: 'none',
      },
    });
    expect(resolved.conflicts).toEqual([]);
  });

  it('reports a jurisdiction that contradicts a well-known region', () => {
    const resolved = resolveSovereigntyLabels({
      cluster: { [L.jurisdiction]: 'FR', [L.region]: 'us-east-1' },
    });
    expect(resolved.conflicts).toHaveLength(1);
    expect(resolved.conflicts[0].message).toContain('which is in US');
  });

  it('accepts a well-known region inside an EU jurisdiction, and unknown regions', () => {
    expect(
      resolveSovereigntyLabels({
        cluster: { [L.jurisdiction]: 'EU', [L.region]: 'eu-west-3' },
      }).conflicts,
    ).toEqual([]);
    expect(
      resolveSovereigntyLabels({
        cluster: { [L.jurisdiction]: 'DE', [L.region]: 'eu-de-fra-1' },
      }).conflicts,
    ).toEqual([]);
  });
});
