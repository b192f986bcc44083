import { agentEntityName, mcpServerEntityName } from './agents';

const VALID = /^[a-z0-9]+(?:[-_.][a-z0-9]+)*$/;

describe('catalog entity names of agents and MCP servers', () => {
  it('joins name, namespace and cluster', () => {
    expect(
      agentEntityName({
        cluster: 'eu-sovereign-fra',
        namespace: 'eu-inference',
        name: 'eu-support-assistant',
      }),
    ).toBe('eu-support-assistant-eu-inference-eu-sovereign-fra');
    expect(
      mcpServerEntityName({
        cluster: 'eu-sovereign-fra',
        namespace: 'platform',
        name: 'fetch',
      }),
    ).toBe('fetch-platform-eu-sovereign-fra');
  });

  it('cuts long names to 63 characters with a stable hash that keeps them apart', () => {
    const long = (name: string) =>
      agentEntityName({
        cluster: 'a-cluster-with-a-long-name',
        namespace: 'team-namespace',
        name,
      });
    const one = long('customer-support-assistant-for-tenants-v1');
    const two = long('customer-support-assistant-for-tenants-v2');
    expect(one.length).toBeLessThanOrEqual(63);
    expect(one).toMatch(VALID);
    expect(one).not.toBe(two);
    expect(long('customer-support-assistant-for-tenants-v1')).toBe(one);
  });
});
