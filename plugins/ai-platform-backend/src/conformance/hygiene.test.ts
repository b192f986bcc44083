import { clusterView, exampleCluster } from '../__testUtils__/clusterViews';
import type { KubeObject } from '../clusters/kinds';
import {
  checkIngressNginx,
  checkModelReferences,
  checkPolicyReports,
} from './hygiene';
import { snapshotOf } from './snapshot';
import * as up from './__fixtures__/upstream';

const snap = (objects: KubeObject[]) => snapshotOf(clusterView('t', objects));
const DIGEST =
  'sha256:0dd4c2ac2a7f3c8f5e0b0e4f7b1c5b8b6a3e2d1c0f9e8d7c6b5a4f3e2d1c0b9a';

describe('checkIngressNginx', () => {
  it('fails on the upstream ingress-nginx controller and points to ingress2gateway', () => {
    const result = checkIngressNginx(snap([up.ingressNginxController]));
    expect(result.status).toBe('fail');
    expect(result.fix).toContain('ingress2gateway');
    expect(result.evidence[0]).toMatchObject({
      kind: 'Deployment',
      namespace: 'ingress-nginx',
      name: 'ingress-nginx-controller',
    });
  });
  it('recognises the controller by its image when labels were changed', () => {
    const renamed = up.deployment(
      'edge',
      'edge-proxy',
      'registry.k8s.io/ingress-nginx/controller:v1.11.3',
    );
    expect(checkIngressNginx(snap([renamed])).status).toBe('fail');
  });
  it('passes with other controllers only', () => {
    const envoy = up.deployment(
      'envoy-gateway-system',
      'envoy-gateway',
      'docker.io/envoyproxy/gateway:v1.6.3',
      { 'app.kubernetes.io/name': 'gateway-helm' },
    );
    expect(checkIngressNginx(snap([envoy])).status).toBe('pass');
  });
  it('finds the demo controller on eu-hyperscaler-par and none on eu-sovereign-fra', () => {
    expect(
      checkIngressNginx(snapshotOf(exampleCluster('eu-hyperscaler-par'))),
    ).toMatchObject({ status: 'fail' });
    expect(
      checkIngressNginx(snapshotOf(exampleCluster('eu-sovereign-fra'))).status,
    ).toBe('pass');
  });
});

describe('checkPolicyReports', () => {
  it('sums the summaries of every report and fails on a failed rule', () => {
    const result = checkPolicyReports(
      snap([
        up.policyReport('a', 'r1', {
          pass: 3,
          fail: 1,
          warn: 0,
          error: 0,
          skip: 1,
        }),
        up.policyReport('b', 'r2', {
          pass: 2,
          fail: 0,
          warn: 2,
          error: 0,
          skip: 0,
        }),
      ]),
    );
    expect(result.totals).toEqual({
      pass: 5,
      fail: 1,
      warn: 2,
      error: 0,
      skip: 1,
    });
    expect(result.status).toBe('fail');
    expect(result.evidence.map(e => e.name)).toEqual(['r1', 'r2']);
  });
  it('warns on warnings only', () => {
    const result = checkPolicyReports(
      snap([
        up.policyReport('a', 'r1', {
          pass: 3,
          fail: 0,
          warn: 1,
          error: 0,
          skip: 0,
        }),
      ]),
    );
    expect(result.status).toBe('warn');
  });
  it('is unknown where no policy engine reports', () => {
    expect(checkPolicyReports(snap([])).status).toBe('unknown');
  });
  it('reads the demo reports of eu-sovereign-fra as the README states them', () => {
    const result = checkPolicyReports(
      snapshotOf(exampleCluster('eu-sovereign-fra')),
    );
    expect(result.totals).toEqual({
      pass: 8,
      fail: 2,
      warn: 1,
      error: 0,
      skip: 0,
    });
  });
});

describe('checkModelReferences', () => {
  it('fails a service whose model is a mutable tag', () => {
    const result = checkModelReferences(
      snap([
        up.inferenceService(
          'chat',
          'oci://ghcr.io/example-org/models/llama-3.1-8b-instruct:latest',
        ),
      ]),
    );
    expect(result.status).toBe('fail');
    expect(result.evidence[0].note).toContain("tag 'latest'");
  });
  it('passes a digest-pinned, signed model', () => {
    const result = checkModelReferences(
      snap([
        up.inferenceService(
          'sum',
          `oci://harbor.par.example.eu/models/mistral@${DIGEST}`,
        ),
      ]),
      () => true,
    );
    expect(result.status).toBe('pass');
  });
  it('fails a pinned model whose version carries no signature', () => {
    const result = checkModelReferences(
      snap([
        up.inferenceService(
          'sum',
          `oci://harbor.par.example.eu/models/mistral@${DIGEST}`,
        ),
      ]),
      () => false,
    );
    expect(result.status).toBe('fail');
    expect(result.evidence[0].note).toContain('no signature');
  });
  it('flags the :latest service of us-east-virginia', () => {
    const result = checkModelReferences(
      snapshotOf(exampleCluster('us-east-virginia')),
    );
    expect(result.status).toBe('fail');
    expect(result.evidence[0]).toMatchObject({ name: 'llama-31-8b-chat' });
  });
});
