import { ConfigReader } from '@backstage/config';
import fs from 'node:fs';
import path from 'node:path';
import { parse } from 'yaml';

/*
 * No container engine runs on the machines that test this repository, so the
 * image is not built here (docs/deploy.md has the command). These tests check
 * what can be checked without one: every input the Dockerfile copies exists
 * or is an output of `yarn build:backend`, and the production configuration
 * the image starts with is complete.
 */

const root = path.resolve(__dirname, '../../..');
const read = (file: string) => fs.readFileSync(path.join(root, file), 'utf8');

/** The sources of each COPY of a Dockerfile (flags and destination dropped). */
function copySources(dockerfile: string): string[] {
  return dockerfile
    .split('\n')
    .filter(line => /^COPY\s/.test(line))
    .flatMap(line => {
      const words = line
        .replace(/^COPY\s+/, '')
        .split(/\s+/)
        .filter(w => w && !w.startsWith('--'));
      return words.slice(0, -1);
    });
}

/** Escapes a text for a regular expression. */
const escape = (text: string) => text.replace(/[.+?^${}()|[\]\\]/g, '\\$&');

/** `*` in the last path segment, as Docker's COPY expands it. */
function matches(pattern: string): string[] {
  const dir = path.dirname(pattern);
  const base = path.basename(pattern);
  if (!base.includes('*')) {
    return fs.existsSync(path.join(root, pattern)) ? [pattern] : [];
  }
  const regex = new RegExp(`^${base.split('*').map(escape).join('.*')}$`);
  return fs
    .readdirSync(path.join(root, dir))
    .filter(name => regex.test(name))
    .map(name => path.join(dir, name));
}

describe('packages/backend/Dockerfile', () => {
  const dockerfile = read('packages/backend/Dockerfile');
  const ignored = read('.dockerignore')
    .split('\n')
    .map(line => line.trim())
    .filter(line => line && !line.startsWith('#'));
  const buildScript = JSON.parse(read('packages/backend/package.json')).scripts
    .build;

  it('copies only files that exist in the repository or that yarn build:backend writes', () => {
    const sources = copySources(dockerfile);
    expect(sources).toEqual(
      expect.arrayContaining([
        'packages/backend/dist/skeleton.tar.gz',
        'packages/backend/dist/bundle.tar.gz',
      ]),
    );
    // `backstage-cli package build` of a backend package writes both archives.
    expect(buildScript).toBe('backstage-cli package build');
    for (const source of sources) {
      if (source.startsWith('packages/backend/dist/')) continue;
      expect({ source, found: matches(source).length > 0 }).toEqual({
        source,
        found: true,
      });
    }
  });

  it('does not exclude any of those inputs through .dockerignore', () => {
    for (const source of copySources(dockerfile)) {
      const excluded = ignored.filter(
        pattern =>
          source === pattern ||
          source.startsWith(`${pattern}/`) ||
          (pattern.includes('*') &&
            new RegExp(`^${pattern.split('*').map(escape).join('[^/]*')}`).test(
              source,
            )),
      );
      expect({ source, excluded }).toEqual({ source, excluded: [] });
    }
  });

  it('starts the backend with configuration files that exist', () => {
    const cmd = JSON.parse(
      dockerfile
        .split('\n')
        .find(line => line.startsWith('CMD '))!
        .slice(4),
    ) as string[];
    const configs = cmd.filter((_, i) => cmd[i - 1] === '--config');
    expect(configs).toEqual(['app-config.yaml', 'app-config.production.yaml']);
    configs.forEach(file =>
      expect(fs.existsSync(path.join(root, file))).toBe(true),
    );
  });
});

describe('app-config.production.yaml over app-config.yaml', () => {
  const config = ConfigReader.fromConfigs([
    { context: 'app-config.yaml', data: parse(read('app-config.yaml')) },
    {
      context: 'app-config.production.yaml',
      data: parse(read('app-config.production.yaml')),
    },
  ]);

  it('keeps data in PostgreSQL, with secrets from the environment', () => {
    expect(config.getString('backend.database.client')).toBe('pg');
    expect(config.getString('backend.database.connection.password')).toBe(
      '${POSTGRES_PASSWORD}',
    );
    expect(
      config
        .getConfigArray('backend.auth.keys')
        .map(k => k.getString('secret')),
    ).toEqual(['${BACKEND_SECRET}']);
  });

  it('signs in with GitHub and removes the guest provider', () => {
    expect(config.getString('auth.environment')).toBe('production');
    expect(config.getOptionalConfig('auth.providers.guest')).toBeUndefined();
    expect(
      config.getString('auth.providers.github.production.clientSecret'),
    ).toBe('${AUTH_GITHUB_CLIENT_SECRET}');
    expect(
      config
        .getConfigArray('auth.providers.github.production.signIn.resolvers')
        .map(r => r.getString('resolver')),
    ).toEqual(['usernameMatchingUserEntityName']);
  });

  it('publishes pull requests, not to a local GitOps repository', () => {
    expect(config.getOptionalConfig('aiPlatform.gitops')).toBeUndefined();
    expect(
      config
        .getConfigArray('integrations.github')
        .map(i => i.getString('host')),
    ).toEqual(['github.com']);
  });

  it('reads the catalog from URLs, not from files of this repository', () => {
    const types = config
      .getConfigArray('catalog.locations')
      .map(l => l.getString('type'));
    expect(types.length).toBeGreaterThan(0);
    expect(new Set(types)).toEqual(new Set(['url']));
  });

  it('watches real clusters with credentials from the environment', () => {
    const clusters = config.getConfigArray('aiPlatform.clusters');
    expect(clusters.length).toBeGreaterThan(0);
    for (const cluster of clusters) {
      expect(cluster.getString('auth.token')).toMatch(/^\$\{[A-Z_]+\}$/);
    }
  });
  it('checks permissions with the suite policy, never allow-all', () => {
    expect(config.getBoolean('permission.enabled')).toBe(true);
    expect(
      config.getOptionalString('aiPlatform.permissions.policy') ??
        'ai-platform',
    ).toBe('ai-platform');
    expect(
      config.getStringArray('aiPlatform.permissions.admins').length,
    ).toBeGreaterThan(0);
    const backend = read('packages/backend/src/index.ts');
    expect(backend).toContain(
      "'@ai-platform/backstage-plugin-permission-backend-module-ai-platform-policy'",
    );
    expect(backend).not.toContain('allow-all-policy');
  });
});
