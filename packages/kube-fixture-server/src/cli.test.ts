import { spawn } from 'node:child_process';
import { mkdtemp, readFile, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { parse } from 'yaml';
import { FIXTURE_CLUSTERS, eventually } from './__testUtils__/clients';

const BIN = join(__dirname, '..', 'bin', 'kube-fixture-server');

describe('kube-fixture-server command', () => {
  it('starts the clusters of a folder, writes a kubeconfig and stops on SIGTERM', async () => {
    const dir = await mkdtemp(join(tmpdir(), 'kube-fixture-cli-'));
    const kubeconfigPath = join(dir, 'kubeconfig');
    const child = spawn(process.execPath, [
      BIN,
      '--clusters',
      FIXTURE_CLUSTERS,
      '--port',
      '0',
      '--admin-port',
      '0',
      '--kubeconfig',
      kubeconfigPath,
    ]);
    let output = '';
    child.stdout.on('data', chunk => (output += chunk));
    child.stderr.on('data', chunk => (output += chunk));
    const exited = new Promise<number | null>(resolve =>
      child.on('exit', code => resolve(code)),
    );
    try {
      await eventually(
        () => expect(output).toMatch(/2 cluster\(s\) ready/),
        20_000,
      );
      const kubeconfig = parse(await readFile(kubeconfigPath, 'utf8'));
      expect(kubeconfig.contexts.map((c: { name: string }) => c.name)).toEqual([
        'eu-gpu-1',
        'us-cpu-1',
      ]);
      expect(
        kubeconfig.clusters[0].cluster['certificate-authority-data'],
      ).toBeDefined();
      const server = kubeconfig.clusters[0].cluster.server;
      expect(output).toContain(`eu-gpu-1  ${server}`);
    } finally {
      child.kill('SIGTERM');
      await exited;
      await rm(dir, { recursive: true, force: true });
    }
    expect(await exited).toBe(0);
  }, 30_000);

  it('explains its usage when given no clusters', async () => {
    const child = spawn(process.execPath, [BIN]);
    let output = '';
    child.stdout.on('data', chunk => (output += chunk));
    const code = await new Promise<number | null>(resolve =>
      child.on('exit', resolve),
    );
    expect(code).toBe(2);
    expect(output).toContain('Usage: kube-fixture-server [options]');
  }, 30_000);
});
