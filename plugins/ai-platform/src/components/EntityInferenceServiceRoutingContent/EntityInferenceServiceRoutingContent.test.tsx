import type { Entity } from '@backstage/catalog-model';
import {
  renderInTestApp,
  TestApiProvider,
} from '@backstage/frontend-test-utils';
import { EntityProvider } from '@backstage/plugin-catalog-react';
import { screen, within } from '@testing-library/react';
import { aiPlatformApiRef } from '../../api';
import { inventory, mistralRow, routing } from '../../testing/servingFixtures';
import { EntityInferenceServiceRoutingContent } from './EntityInferenceServiceRoutingContent';

const service: Entity = {
  apiVersion: 'backstage.io/v1alpha1',
  kind: 'Component',
  metadata: {
    name: 'eu-assistant',
    annotations: {
      'backstage.io/kubernetes-namespace': 'eu-inference',
      'backstage.io/kubernetes-id': 'mistral-small-eu',
      'ai-platform.io/cluster': 'eu-sovereign-fra',
    },
  },
  spec: { type: 'inference-service', owner: 'group:eu-inference' },
};

async function renderTab(api: object, entity: Entity = service) {
  await renderInTestApp(
    <TestApiProvider apis={[[aiPlatformApiRef, api]]}>
      <EntityProvider entity={entity}>
        <EntityInferenceServiceRoutingContent />
      </EntityProvider>
    </TestApiProvider>,
  );
}

describe('EntityInferenceServiceRoutingContent', () => {
  it('asks for the path to the entity’s workload on its cluster', async () => {
    const getInferenceRouting = jest.fn().mockResolvedValue(routing);
    const getInferenceServices = jest
      .fn()
      .mockResolvedValue({ ...inventory, items: [mistralRow] });
    await renderTab({ getInferenceRouting, getInferenceServices });
    await screen.findByRole('region', { name: /^HTTPRoute / });
    const filter = {
      cluster: 'eu-sovereign-fra',
      namespace: 'eu-inference',
      service: 'mistral-small-eu',
    };
    expect(getInferenceRouting).toHaveBeenCalledWith(filter);
    expect(getInferenceServices).toHaveBeenCalledWith(filter);
  });

  it('shows Gateway, route with each backend’s weight and share, pools and their pods', async () => {
    await renderTab({
      getInferenceRouting: jest.fn().mockResolvedValue(routing),
      getInferenceServices: jest
        .fn()
        .mockResolvedValue({ ...inventory, items: [mistralRow] }),
    });
    const gateway = await screen.findByRole('region', {
      name: 'Gateway envoy-gateway-system/inference-gateway',
    });
    expect(within(gateway).getByText(/accepted \(Accepted\)/)).toBeVisible();

    const route = screen.getByRole('region', {
      name: 'HTTPRoute eu-inference/mistral-small-eu-kserve-route',
    });
    const [weighted, dangling] = within(route).getAllByRole('table', {
      name: 'Backends and weights',
    });
    const stable = within(weighted)
      .getByText(/mistral-small-eu-inference-pool/)
      .closest('tr')!;
    expect(within(stable).getByText('90')).toBeVisible();
    expect(within(stable).getByText('90%')).toBeVisible();
    const canary = within(weighted)
      .getByText(/mistral-small-eu-canary-pool/)
      .closest('tr')!;
    expect(within(canary).getByText('10%')).toBeVisible();
    // The dangling backend and the route's problem.
    expect(within(dangling).getByText('missing')).toBeVisible();
    expect(
      within(route).getByText(/mistral-small-eu-v2' does not exist/),
    ).toBeVisible();

    const stablePool = screen.getByRole('region', {
      name: 'InferencePool eu-inference/mistral-small-eu-inference-pool',
    });
    expect(within(stablePool).getByText('2 of 2 pods ready')).toBeVisible();
    expect(
      within(stablePool).getByText(
        /InferenceObjective eu-assistant-interactive · priority 100/,
      ),
    ).toBeVisible();
    expect(
      within(stablePool).getByText(
        /endpoint picker Service mistral-small-eu-inference-pool-epp:9002 · FailOpen/,
      ),
    ).toBeVisible();
    // The modelcar runs the service's model digest: named by its version.
    expect(
      within(stablePool).getAllByText(
        'modelcar · sha256:ffffffffffff · model 3.2.0',
      ),
    ).toHaveLength(2);
    const canaryPool = screen.getByRole('region', {
      name: 'InferencePool eu-inference/mistral-small-eu-canary-pool',
    });
    expect(within(canaryPool).getByText('0 of 1 pod ready')).toBeVisible();
    expect(
      within(canaryPool).getByText(
        'none of the 1 pod(s) the pool selects is ready: requests routed to it fail',
      ),
    ).toBeVisible();
    expect(within(canaryPool).getByText('not ready (Pending)')).toBeVisible();
  });

  it('shows the model version the service runs and its replicas', async () => {
    await renderTab({
      getInferenceRouting: jest.fn().mockResolvedValue(routing),
      getInferenceServices: jest
        .fn()
        .mockResolvedValue({ ...inventory, items: [mistralRow] }),
    });
    expect(
      await screen.findByLabelText(
        'Model version running: 3.2.0 · sha256:ffffffffffff',
      ),
    ).toBeVisible();
    expect(screen.getByLabelText('Replicas: 2 / 2 ready')).toBeVisible();
  });

  it('says so when nothing routes to the service', async () => {
    await renderTab({
      getInferenceRouting: jest.fn().mockResolvedValue({
        ...routing,
        routes: [],
        pools: [],
        objectives: [],
      }),
      getInferenceServices: jest.fn().mockResolvedValue(inventory),
    });
    expect(
      await screen.findByText('No route or pool in front of this service'),
    ).toBeVisible();
  });

  it('shows the backend error', async () => {
    await renderTab({
      getInferenceRouting: jest
        .fn()
        .mockRejectedValue(new Error('models.read denied')),
      getInferenceServices: jest.fn().mockResolvedValue(inventory),
    });
    expect((await screen.findAllByText(/models.read denied/))[0]).toBeVisible();
  });

  it('asks for the annotations when the entity names no workload', async () => {
    const bare = { ...service, metadata: { name: 'x' } };
    await renderTab({}, bare);
    expect(
      await screen.findByText('This service names no Kubernetes workload'),
    ).toBeVisible();
  });
});
