import type { KubeObject } from '../clusters/kinds';
import {
  clusterView,
  staticClusterSource,
} from '../__testUtils__/clusterViews';
import { RegistryAliases } from '../registry/references';
import { deploymentOf, toDeployment } from './deployments';
import type { RepositorySnapshot } from './RepositoryScanner';
import { findWorkloadReferences } from './workloads';

const OLD = `sha256:${'1'.repeat(64)}`;
const NEW = `sha256:${'2'.repeat(64)}`;

const aliases = new RegistryAliases([
  { name: 'hub', url: 'https://registry.example.eu', aliases: [] },
]);

const snapshot: RepositorySnapshot = {
  registry: 'hub',
  repository: 'models/m',
  tags: new Map([
    ['latest', NEW],
    ['1.0', OLD],
    ['2.0', NEW],
  ]),
  versions: [
    {
      status: 'error',
      tag: '1.0',
      digest: OLD,
      error: 'not read in this test',
    },
    {
      status: 'ok',
      tag: '2.0',
      digest: NEW,
      metadata: { createdAt: '2026-05-01T00:00:00Z' },
    } as any,
  ],
  skipped: [],
  scannedAt: 0,
};

function isvc(name: string, storageUri: string): KubeObject {
  return {
    apiVersion: 'serving.kserve.io/v1beta1',
    kind: 'InferenceService',
    metadata: { name, namespace: 'ml' },
    spec: { predictor: { model: { storageUri } } },
  };
}

function pod(name: string, owner: string, extra: KubeObject = {}): KubeObject {
  return {
    apiVersion: 'v1',
    kind: 'Pod',
    metadata: {
      name,
      namespace: 'ml',
      labels: { 'serving.kserve.io/inferenceservice': owner },
    },
    spec: { containers: [{ name: 'kserve-container', image: 'kserve/x:1' }] },
    status: { startTime: '2026-06-01T00:00:00Z', ...extra },
  };
}

function deploymentsOf(objects: KubeObject[]) {
  const source = staticClusterSource([clusterView('c1', objects)]);
  return findWorkloadReferences(source, aliases).map(r =>
    toDeployment(r, snapshot),
  );
}

describe('deployed where', () => {
  it('takes the digest a modelcar container runs from its image ID, and flags the moved tag', () => {
    const [deployment] = deploymentsOf([
      isvc('chat', 'oci://registry.example.eu/models/m:latest'),
      pod('chat-1', 'chat', {
        containerStatuses: [
          {
            name: 'modelcar',
            image: 'registry.example.eu/models/m:latest',
            imageID: `registry.example.eu/models/m@${OLD}`,
          },
        ],
      }),
    ]);
    expect(deployment).toMatchObject({
      kind: 'InferenceService',
      digest: OLD,
      tags: ['1.0'],
      podCount: 1,
      mutableTag: {
        tag: 'latest',
        currentDigest: NEW,
        moved: 'yes',
        basis: 'pod-image-id',
        runningDigest: OLD,
        runningTags: ['1.0'],
        currentTags: ['2.0'],
        summary: 'runs 1.0; :latest now points to 2.0',
      },
    });
    expect(deploymentOf(deployment, OLD, '1.0')).toBe(true);
    expect(deploymentOf(deployment, NEW, 'latest')).toBe(true);
    expect(deploymentOf(deployment, NEW, '2.0')).toBe(false);
  });

  it('reads the digest from the modelcar init container when the sidecar does not report it', () => {
    const [deployment] = deploymentsOf([
      isvc('chat', 'oci://registry.example.eu/models/m:latest'),
      pod('chat-1', 'chat', {
        initContainerStatuses: [
          {
            name: 'modelcar-init',
            image: 'registry.example.eu/models/m:latest',
            imageID: `registry.example.eu/models/m@${NEW}`,
          },
        ],
      }),
    ]);
    expect(deployment.digest).toBe(NEW);
    expect(deployment.mutableTag).toMatchObject({
      moved: 'no',
      summary: 'runs 2.0, what :latest points to',
    });
  });

  it('says it cannot tell when the pods started after the current digest was created and report no image ID', () => {
    const [deployment] = deploymentsOf([
      isvc('chat', 'oci://registry.example.eu/models/m:latest'),
      pod('chat-1', 'chat'),
    ]);
    // Not guessed from what the tag points to now.
    expect(deployment.digest).toBeUndefined();
    expect(deployment.tags).toEqual([]);
    expect(deployment.mutableTag).toMatchObject({
      moved: 'unknown',
      basis: 'none',
      currentDigest: NEW,
      summary: 'unknown (tag reference); :latest now points to 2.0',
    });
    expect(deployment.mutableTag?.message).toContain('pin the digest');
    // Listed with the current version, as unknown, so a recall misses nothing.
    expect(deploymentOf(deployment, NEW, '2.0')).toBe(true);
    expect(deploymentOf(deployment, OLD, '1.0')).toBe(false);
  });

  it('reads pods outside KServe by their storage-initializer annotation, and ignores other registries', () => {
    const deployments = deploymentsOf([
      {
        apiVersion: 'v1',
        kind: 'Pod',
        metadata: {
          name: 'batch',
          namespace: 'ml',
          annotations: {
            'serving.kserve.io/storage-initializer-sourceuri': `oci://registry.example.eu/models/m@${OLD}`,
          },
        },
        spec: {
          containers: [{ name: 'main', image: 'quay.io/other/image:1' }],
        },
        status: {},
      },
      isvc('hf', 'hf://Qwen/Qwen3-8B'),
    ]);
    expect(deployments).toEqual([
      expect.objectContaining({
        kind: 'Pod',
        name: 'batch',
        digest: OLD,
        tags: ['1.0'],
        field:
          "metadata.annotations['serving.kserve.io/storage-initializer-sourceuri']",
      }),
    ]);
    expect(deployments[0].mutableTag).toBeUndefined();
  });
});
