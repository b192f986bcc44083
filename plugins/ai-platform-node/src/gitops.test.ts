import { ConfigReader } from '@backstage/config';
import { proposalDirectory, proposalOf, readGitopsSettings } from './gitops';

const config = (gitops: object | null) =>
  new ConfigReader({ aiPlatform: { gitops } });

describe('readGitopsSettings', () => {
  it('resolves the repository and its proposals directory from the working directory', () => {
    expect(
      readGitopsSettings(config({ localRepository: '../../.tools/gitops' }), {
        cwd: '/srv/portal/packages/backend',
        env: 'development',
      }),
    ).toEqual({
      repositoryPath: '/srv/portal/.tools/gitops',
      createRepository: false,
      baseBranch: 'main',
      proposalsPath: '/srv/portal/.tools/gitops-proposals',
    });
    expect(
      readGitopsSettings(
        config({
          localRepository: '/var/gitops',
          proposalsDirectory: 'proposals',
          baseBranch: 'trunk',
        }),
        { cwd: '/srv', env: undefined },
      ),
    ).toMatchObject({ baseBranch: 'trunk', proposalsPath: '/srv/proposals' });
  });

  it('is undefined without a local repository', () => {
    expect(readGitopsSettings(config(null), { env: 'production' })).toBe(
      undefined,
    );
  });

  it('refuses a local repository in production unless explicitly allowed', () => {
    expect(() =>
      readGitopsSettings(config({ localRepository: '/var/gitops' }), {
        env: 'production',
      }),
    ).toThrow(
      /Refusing to start: aiPlatform.gitops.localRepository \(\/var\/gitops\) is set with NODE_ENV=production.*aiPlatform.gitops.allowInProduction: true/,
    );
    expect(
      readGitopsSettings(
        config({ localRepository: '/var/gitops', allowInProduction: true }),
        { env: 'production' },
      )?.repositoryPath,
    ).toBe('/var/gitops');
  });
});

describe('proposals', () => {
  const settings = { proposalsPath: '/p' };

  it('gives each branch one directory, and finds the branch of a file in it', () => {
    expect(proposalDirectory(settings, 'a/b')).toBe('/p/a%2Fb');
    expect(proposalDirectory(settings, 'a')).toBe('/p/a');
    expect(proposalOf(settings, '/p/a%2Fb/x/catalog-info.yaml')).toEqual({
      branch: 'a/b',
      path: 'x/catalog-info.yaml',
    });
  });

  it.each(['/p', '/p/a%2Fb', '/elsewhere/a/x.yaml', '/p/../q/a/x.yaml'])(
    'finds no proposal for %s',
    file => {
      expect(proposalOf(settings, file)).toBeUndefined();
    },
  );
});
