import { ChildProcess, spawn } from 'node:child_process';
import { randomBytes } from 'node:crypto';
import { existsSync } from 'node:fs';
import { mkdtemp, rm, writeFile } from 'node:fs/promises';
import { createServer } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { setTimeout as delay } from 'node:timers/promises';
import { hashSync } from 'bcryptjs';
import fetch from 'node-fetch';
import { stringify } from 'yaml';

/**
 * Starts Debian's `docker-registry` (CNCF Distribution) on a free loopback
 * port with its own temporary storage, for integration tests.
 */

/**
 * The registry binary, or undefined when it is not installed.
 * `DOCKER_REGISTRY_BIN`, when set, is the only place looked at.
 */
export function findDockerRegistry(): string | undefined {
  const candidates = process.env.DOCKER_REGISTRY_BIN
    ? [process.env.DOCKER_REGISTRY_BIN]
    : ['/usr/bin/docker-registry', '/usr/local/bin/docker-registry'];
  return candidates.find(path => existsSync(path));
}

/** Why the integration tests cannot run, in a sentence. */
export const MISSING_REGISTRY_MESSAGE =
  "docker-registry is not installed, so the OCI registry integration tests cannot run; install Debian's package with `sudo apt-get install -y docker-registry` (scripts/test.sh does it) or set DOCKER_REGISTRY_BIN";

export interface RunningRegistry {
  url: string;
  stop(): Promise<void>;
}

async function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const server = createServer();
    server.once('error', reject);
    server.listen(0, '127.0.0.1', () => {
      const { port } = server.address() as { port: number };
      server.close(() => resolve(port));
    });
  });
}

async function waitUntilServing(
  url: string,
  child: ChildProcess,
  output: () => string,
): Promise<void> {
  const deadline = Date.now() + 15_000;
  while (Date.now() < deadline) {
    if (child.exitCode !== null) {
      throw new Error(
        `docker-registry exited with ${child.exitCode}: ${output()}`,
      );
    }
    try {
      const response = await fetch(`${url}/v2/`);
      if (response.status === 200 || response.status === 401) return;
    } catch {
      // not listening yet
    }
    await delay(50);
  }
  throw new Error(`docker-registry did not answer within 15 s: ${output()}`);
}

/**
 * Starts a registry; with `htpasswd`, it asks for basic auth with that user.
 */
export async function startDockerRegistry(
  options: {
    htpasswd?: { username: string; password: string };
    catalogMaxEntries?: number;
  } = {},
): Promise<RunningRegistry> {
  const binary = findDockerRegistry();
  if (!binary) throw new Error(MISSING_REGISTRY_MESSAGE);
  const dir = await mkdtemp(join(tmpdir(), 'ai-platform-registry-'));
  const port = await freePort();
  const config: Record<string, unknown> = {
    version: 0.1,
    log: { level: 'error', accesslog: { disabled: true } },
    storage: {
      filesystem: { rootdirectory: join(dir, 'data') },
      delete: { enabled: true },
    },
    http: {
      addr: `127.0.0.1:${port}`,
      secret: randomBytes(16).toString('hex'),
    },
    catalog: { maxentries: options.catalogMaxEntries ?? 1000 },
  };
  if (options.htpasswd) {
    const { username, password } = options.htpasswd;
    // docker-registry reads only bcrypt entries.
    await writeFile(
      join(dir, 'htpasswd'),
      `${username}:${hashSync(password, 5)}\n`,
    );
    config.auth = {
      htpasswd: { realm: 'basic-realm', path: join(dir, 'htpasswd') },
    };
  }
  const configPath = join(dir, 'config.yml');
  await writeFile(configPath, stringify(config));
  const child = spawn(binary, ['serve', configPath], {
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  let output = '';
  child.stdout?.on('data', chunk => (output += chunk));
  child.stderr?.on('data', chunk => (output += chunk));
  const url = `http://127.0.0.1:${port}`;
  const stop = async () => {
    if (child.exitCode === null) {
      const exited = new Promise(resolve => child.once('exit', resolve));
      child.kill('SIGTERM');
      await exited;
    }
    await rm(dir, { recursive: true, force: true });
  };
  try {
    await waitUntilServing(url, child, () => output.slice(-2000));
  } catch (error) {
    await stop();
    throw error;
  }
  return { url, stop };
}
