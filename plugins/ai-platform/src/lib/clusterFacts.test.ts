import type { ClusterSummary } from '@ai-platform/backstage-plugin-ai-platform-common';
import {
  apiFamiliesOf,
  jurisdictionOf,
  nonEuLawExposureOf,
  regionOf,
  totalObjectsOf,
} from './clusterFacts';

function cluster(
  labels: Record<string, string>,
  extra: Partial<ClusterSummary> = {},
): ClusterSummary {
  return {
    name: 'c',
    labels,
    servedApis: [],
    objectCounts: {},
    health: { state: 'synced' },
    ...extra,
  };
}

describe('clusterFacts', () => {
  it('names a country jurisdiction by its ISO code', () => {
    expect(
      jurisdictionOf(cluster({ 'ai-platform.io/jurisdiction': 'de' })),
    ).toEqual({ code: 'DE', name: 'Germany' });
  });

  it('names the EU as a jurisdiction', () => {
    expect(
      jurisdictionOf(cluster({ 'ai-platform.io/jurisdiction': 'EU' }))?.name,
    ).toBe('European Union');
  });

  it('has no jurisdiction when the cluster is not labelled', () => {
    expect(jurisdictionOf(cluster({}))).toBeUndefined();
  });

  it('falls back to the topology region label', () => {
    expect(
      regionOf(cluster({ 'topology.kubernetes.io/region': 'eu-west-3' })),
    ).toBe('eu-west-3');
  });

  it('reads the US CLOUD Act as an exposure and none as no exposure', () => {
    expect(
      nonEuLawExposureOf(
        cluster({ 'ai-platform.io/non-eu-law-exposure': 'us-cloud-act' }),
      ),
    ).toEqual({ exposed: true, label: 'US CLOUD Act' });
    expect(
      nonEuLawExposureOf(
        cluster({ 'ai-platform.io/non-eu-law-exposure': 'none' }),
      ),
    ).toEqual({ exposed: false, label: 'None' });
    expect(nonEuLawExposureOf(cluster({}))).toBeUndefined();
  });

  it('groups served APIs by project, once each, known projects first', () => {
    const api = (group: string, kind: string) => ({
      id: `${group}/v1/${kind}`,
      group,
      version: 'v1',
      kind,
    });
    expect(
      apiFamiliesOf([
        api('example.com', 'Thing'),
        api('kagent.dev', 'Agent'),
        api('serving.kserve.io', 'InferenceService'),
        api('serving.kserve.io', 'LLMInferenceService'),
        api('inference.networking.k8s.io', 'InferencePool'),
        api('inference.networking.x-k8s.io', 'InferencePool'),
      ]),
    ).toEqual(['KServe', 'kagent', 'Inference Extension', 'example.com']);
  });

  it('adds up the cached objects of every kind', () => {
    expect(
      totalObjectsOf(
        cluster({}, { objectCounts: { 'core/Node': 3, 'core/Pod': 40 } }),
      ),
    ).toBe(43);
  });
});
