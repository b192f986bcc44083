import { ConfigReader } from '@backstage/config';
import { readAgentsConfig, spiffeId } from './config';

const read = (agents?: object) =>
  readAgentsConfig(new ConfigReader(agents ? { aiPlatform: { agents } } : {}));

describe('readAgentsConfig', () => {
  it('defaults to the cluster.local trust domain and the platform team', () => {
    expect(read()).toEqual({
      trustDomain: 'cluster.local',
      defaultOwner: 'group:default/platform-engineering',
    });
  });

  it('reads the trust domain and turns a group name into an entity ref', () => {
    expect(
      read({ trustDomain: 'prod.example.com', defaultOwner: 'ml-platform' }),
    ).toEqual({
      trustDomain: 'prod.example.com',
      defaultOwner: 'group:default/ml-platform',
    });
  });

  it('rejects a trust domain that is not one, saying what is allowed', () => {
    expect(() => read({ trustDomain: 'spiffe://Prod' })).toThrow(
      /aiPlatform.agents.trustDomain is 'spiffe:\/\/Prod', which is not a SPIFFE trust domain/,
    );
  });

  it('rejects an empty default owner', () => {
    expect(() => read({ defaultOwner: ' ' })).toThrow(/defaultOwner is empty/);
  });
});

describe('spiffeId', () => {
  it('follows the Kubernetes workload path ns/<namespace>/sa/<service account>', () => {
    expect(spiffeId('cluster.local', 'apps', 'triage')).toBe(
      'spiffe://cluster.local/ns/apps/sa/triage',
    );
  });
});
