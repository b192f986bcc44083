import { execFile, spawn } from 'node:child_process';
import { existsSync } from 'node:fs';
import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { promisify } from 'node:util';
import { FIXTURE_CLUSTERS, eventually } from './__testUtils__/clients';
import { FixtureServer, startFixtureServer } from './server';

const KUBECTL = '/usr/bin/kubectl';
const describeWithKubectl = existsSync(KUBECTL) ? describe : describe.skip;

describeWithKubectl(
  `kubectl against the fixture server (skipped when ${KUBECTL} is absent)`,
  () => {
    let server: FixtureServer;
    let dir: string;

    beforeAll(async () => {
      dir = await mkdtemp(join(tmpdir(), 'kube-fixture-kubectl-'));
      server = await startFixtureServer({
        clustersDir: FIXTURE_CLUSTERS,
        kubeconfigPath: join(dir, 'kubeconfig'),
      });
    });
    afterAll(async () => {
      await server.close();
      await rm(dir, { recursive: true, force: true });
    });

    function args(context: string, rest: string[]) {
      return [
        '--kubeconfig',
        server.kubeconfigPath!,
        '--context',
        context,
        '--cache-dir',
        join(dir, 'cache'),
        ...rest,
      ];
    }

    async function kubectl(context: string, ...rest: string[]) {
      const { stdout } = await promisify(execFile)(
        KUBECTL,
        args(context, rest),
        { timeout: 15_000 },
      );
      return stdout;
    }

    it('prints nodes as a table', async () => {
      const lines = (await kubectl('eu-gpu-1', 'get', 'nodes'))
        .trim()
        .split('\n');
      expect(lines[0]).toMatch(/^NAME\s+STATUS\s+VERSION\s+AGE$/);
      expect(lines.slice(1).map(l => l.split(/\s+/).slice(0, 3))).toEqual([
        ['cpu-node-01', 'Ready', 'v1.33.2'],
        ['gpu-node-h100-01', 'Ready', 'v1.33.2'],
      ]);
    });

    it('gets objects as JSON with label selectors', async () => {
      const list = JSON.parse(
        await kubectl(
          'eu-gpu-1',
          'get',
          'nodes',
          '-l',
          'nvidia.com/gpu.count=8',
          '-o',
          'json',
        ),
      );
      expect(list.items.map((n: any) => n.metadata.name)).toEqual([
        'gpu-node-h100-01',
      ]);
    });

    it('lists api-resources, including the CRD kind only where it is installed', async () => {
      expect(await kubectl('eu-gpu-1', 'api-resources')).toMatch(
        /^clusterqueues\s+cq\s+kueue\.x-k8s\.io\/v1beta2\s+false\s+ClusterQueue$/m,
      );
      expect(await kubectl('us-cpu-1', 'api-resources')).not.toMatch(
        /clusterqueues/,
      );
      await expect(kubectl('us-cpu-1', 'get', 'cq')).rejects.toMatchObject({
        stderr: expect.stringContaining(
          'the server doesn\'t have a resource type "cq"',
        ),
      });
    });

    it("prints a custom resource with its CRD's printer columns", async () => {
      const lines = (await kubectl('eu-gpu-1', 'get', 'clusterqueues'))
        .trim()
        .split('\n');
      expect(lines.map(l => l.split(/\s{2,}/))).toEqual([
        ['NAME', 'COHORT', 'PENDING WORKLOADS'],
        ['gpu-h100', 'eu-gpu', '0'],
      ]);
    });

    it('reads raw paths relative to the cluster', async () => {
      expect(
        JSON.parse(await kubectl('eu-gpu-1', 'get', '--raw', '/apis')).kind,
      ).toBe('APIGroupList');
      expect(
        JSON.parse(await kubectl('us-cpu-1', 'get', '--raw', '/version'))
          .gitVersion,
      ).toBe('v1.32.5');
    });

    it('watches pods in every namespace and prints new ones', async () => {
      const child = spawn(
        KUBECTL,
        args('eu-gpu-1', ['get', 'pods', '-A', '-w', '--no-headers']),
      );
      let output = '';
      child.stdout.on('data', chunk => (output += chunk));
      try {
        await eventually(
          () => expect(output).toContain('llama-3-8b-predictor'),
          10_000,
        );
        server.store('eu-gpu-1').apply({
          apiVersion: 'v1',
          kind: 'Pod',
          metadata: { name: 'watched-pod', namespace: 'team-vision' },
          spec: { containers: [{ name: 'main', image: 'busybox:1.37' }] },
          status: { phase: 'Pending' },
        });
        await eventually(
          () => expect(output).toMatch(/^team-vision\s+watched-pod\s+Pending/m),
          10_000,
        );
      } finally {
        child.kill();
      }
    });

    it('fails with a wrong token', async () => {
      await expect(
        kubectl('eu-gpu-1', '--token', 'wrong', 'get', 'nodes'),
      ).rejects.toMatchObject({
        stderr: expect.stringMatching(/Unauthorized|provide credentials/),
      });
    });
  },
);
