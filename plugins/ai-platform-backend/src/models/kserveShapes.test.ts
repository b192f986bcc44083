import {
  classifyModelUri,
  KSERVE_PREDICTOR_FRAMEWORKS,
} from '@ai-platform/backstage-plugin-ai-platform-common';
import type { KubeObject } from '../clusters/kinds';
import { checkModelReferences } from '../conformance/hygiene';
import { snapshotOf } from '../conformance/snapshot';
import { repositoryOf, servedModels } from '../cost/intervals';
import {
  clusterView,
  notUnderstoodOf,
  staticClusterSource,
  upstreamObjects,
} from '../__testUtils__/clusterViews';
import { RegistryAliases } from '../registry/references';
import { findWorkloadReferences } from './workloads';

const samples = upstreamObjects('kserve--v1beta1-framework-samples.yaml');
const hostile = upstreamObjects('hostile--kserve.yaml');

/** The framework shorthand a sample uses and its storageUri, read from the YAML alone. */
function shorthandOf(object: KubeObject): { framework: string; uri: string } {
  const predictor = object.spec.predictor as Record<string, any>;
  const framework = Object.keys(predictor).find(k =>
    (KSERVE_PREDICTOR_FRAMEWORKS as readonly string[]).includes(k),
  )!;
  return { framework, uri: predictor[framework].storageUri };
}

describe('KServe framework shorthand (kserve/kserve docs/samples/v1beta1)', () => {
  it('the samples cover nine framework shorthands', () => {
    expect(new Set(samples.map(s => shorthandOf(s).framework)).size).toBe(9);
  });

  it('are understood: nothing to report', () => {
    expect(notUnderstoodOf(samples)).toEqual([]);
  });

  it('appear in model hygiene, each with the address of its shorthand field', () => {
    const result = checkModelReferences(snapshotOf(clusterView('t', samples)));
    expect(result.summary).toContain(`${samples.length} service(s)`);
    expect(result.evidence.map(e => [e.name, e.note])).toEqual(
      expect.arrayContaining(
        samples.map(s => {
          const { framework, uri } = shorthandOf(s);
          return [
            s.metadata.name,
            `unpinned: ${uri} names no digest (spec.predictor.${framework}.storageUri)`,
          ];
        }),
      ),
    );
    expect(result.evidence).toHaveLength(samples.length);
  });

  it('are attributed to their model for cost', () => {
    const served = servedModels(clusterView('t', samples));
    for (const s of samples) {
      expect(served.get(`${s.metadata.namespace}/${s.metadata.name}`)).toBe(
        repositoryOf(shorthandOf(s).uri),
      );
    }
    expect(served.size).toBe(samples.length);
  });

  it('a shorthand naming a configured registry is a model deployment', () => {
    const aliases = new RegistryAliases([
      { name: 'hub', url: 'https://registry.example.eu', aliases: [] },
    ]);
    const torchserve = samples.find(s => s.metadata.name === 'torchserve')!;
    const uri = `oci://registry.example.eu/models/torch@sha256:${'3'.repeat(
      64,
    )}`;
    const moved: KubeObject = {
      ...torchserve,
      metadata: { ...torchserve.metadata, namespace: 'ml' },
      spec: { predictor: { pytorch: { storageUri: uri } } },
    };
    const refs = findWorkloadReferences(
      staticClusterSource([clusterView('c1', [moved])]),
      aliases,
    );
    expect(refs).toEqual([
      expect.objectContaining({
        kind: 'InferenceService',
        name: 'torchserve',
        field: 'spec.predictor.pytorch.storageUri',
        reference: uri,
        registry: 'hub',
        repository: 'models/torch',
      }),
    ]);
  });
});

describe('hostile KServe objects', () => {
  /** Every model address of the YAML that KServe cannot fetch, computed here. */
  const invalidAddresses = hostile.flatMap(o => {
    const found: Array<{ name: string; field: string; value: unknown }> = [];
    if (o.kind === 'LLMInferenceService') {
      found.push({
        name: o.metadata.name,
        field: 'spec.model.uri',
        value: o.spec.model.uri,
      });
    } else {
      for (const [key, entry] of Object.entries<any>(o.spec.predictor)) {
        found.push({
          name: o.metadata.name,
          field: `spec.predictor.${key}.storageUri`,
          value: entry.storageUri,
        });
      }
    }
    return found.filter(a => !classifyModelUri(a.value).valid);
  });

  it('the fixture has invalid addresses of four kinds', () => {
    expect(invalidAddresses.map(a => a.name)).toEqual([
      'js-uri',
      'data-uri',
      'ftp-uri',
      'uri-not-a-string',
      'llm-vbscript',
    ]);
  });

  it('are each reported as not understood, naming the field and why', () => {
    const reported = notUnderstoodOf(hostile);
    expect(reported.map(r => r.name)).toEqual([
      'js-uri',
      'data-uri',
      'ftp-uri',
      'two-implementations',
      'uri-not-a-string',
      'llm-vbscript',
    ]);
    for (const a of invalidAddresses) {
      const entry = reported.find(r => r.name === a.name)!;
      expect(entry.reasons.join(' ')).toContain(a.field);
    }
    expect(reported.find(r => r.name === 'js-uri')!.reasons[0]).toContain(
      "uses the scheme 'javascript:', which KServe does not fetch models from",
    );
    expect(
      reported.find(r => r.name === 'two-implementations')!.reasons,
    ).toEqual([
      'spec.predictor names 2 implementations (sklearn, tensorflow); KServe accepts exactly one',
    ]);
  });

  it('are invalid in model hygiene, never merely unpinned', () => {
    const result = checkModelReferences(snapshotOf(clusterView('t', hostile)));
    const stringInvalid = invalidAddresses.filter(
      a => typeof a.value === 'string',
    );
    expect(result.status).toBe('fail');
    expect(result.summary).toContain(`${stringInvalid.length} invalid`);
    for (const a of stringInvalid) {
      const note = result.evidence.find(e => e.name === a.name)!.note!;
      expect(note).toMatch(
        new RegExp(`^invalid: ${a.field.replace(/\./g, '\\.')} `),
      );
      expect(note).not.toContain('unpinned');
    }
    expect(result.fix).toContain('Point invalid model addresses');
  });

  it('are attributed to no model for cost', () => {
    const served = servedModels(clusterView('t', hostile));
    for (const a of invalidAddresses) {
      expect(served.has(`hostile/${a.name}`)).toBe(false);
    }
  });
});
