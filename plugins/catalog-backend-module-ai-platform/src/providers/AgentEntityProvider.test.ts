import { mockServices } from '@backstage/backend-test-utils';
import type { EntityProviderConnection } from '@backstage/plugin-catalog-node';
import type { ClusterHealthState } from '@ai-platform/backstage-plugin-ai-platform-common';
import type { AgentRegistry } from '@ai-platform/backstage-plugin-ai-platform-node';
import { AgentEntityProvider } from './AgentEntityProvider';
import { servers, supportAgent } from '../__testUtils__/agentFixtures';

function registry(state: () => ClusterHealthState): AgentRegistry {
  const clusters = () => [
    { cluster: 'eu-sovereign-fra', health: { state: state() } },
  ];
  // A cluster that is syncing has an empty cache, as after a restart.
  const empty = () => state() === 'syncing';
  return {
    listAgents: () => ({
      items: empty() ? [] : [supportAgent()],
      clusters: clusters(),
    }),
    getAgent: () => undefined,
    listMcpServers: () => ({
      items: empty() ? [] : servers(),
      clusters: clusters(),
    }),
  };
}

function names(connection: EntityProviderConnection, call: number) {
  const { entities } = (connection.applyMutation as jest.Mock).mock.calls[
    call
  ][0];
  return entities.map((e: any) => `${e.entity.kind}:${e.entity.metadata.name}`);
}

describe('AgentEntityProvider', () => {
  it('writes agents and MCP servers as one full mutation, and keeps them while the cluster resyncs', async () => {
    let state: ClusterHealthState = 'synced';
    const connection = {
      applyMutation: jest.fn(),
      refresh: jest.fn(),
    } as unknown as EntityProviderConnection;
    const taskRunner = { run: jest.fn(async ({ fn }) => fn()) };
    const logger = mockServices.logger.mock();
    const provider = new AgentEntityProvider({
      agents: registry(() => state),
      logger,
      taskRunner: taskRunner as any,
    });

    await provider.connect(connection);
    expect(taskRunner.run).toHaveBeenCalledWith(
      expect.objectContaining({ id: 'ai-platform-agents:refresh' }),
    );
    const written = [
      'Component:eu-support-assistant-eu-inference-eu-sovereign-fra',
      'API:fetch-platform-eu-sovereign-fra',
      'API:backstage-actions-platform-eu-sovereign-fra',
    ];
    expect(names(connection, 0)).toEqual(written);
    expect(
      (connection.applyMutation as jest.Mock).mock.calls[0][0],
    ).toMatchObject({
      type: 'full',
      entities: expect.arrayContaining([
        expect.objectContaining({ locationKey: 'ai-platform-agents' }),
      ]),
    });
    expect(logger.info).toHaveBeenCalledWith(
      'Wrote 1 ai-agent and 2 mcp-server entities to the catalog',
    );

    state = 'syncing';
    await provider.refresh();
    expect(names(connection, 1)).toEqual(written);
    expect(logger.info).toHaveBeenLastCalledWith(
      'Wrote 1 ai-agent and 2 mcp-server entities to the catalog; kept the last entities written for eu-sovereign-fra (syncing)',
    );

    state = 'synced';
    await provider.refresh();
    expect(names(connection, 2)).toEqual(written);
  });
});
