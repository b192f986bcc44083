import type { Entity } from '@backstage/catalog-model';
import {
  renderInTestApp,
  TestApiProvider,
} from '@backstage/frontend-test-utils';
import { EntityProvider } from '@backstage/plugin-catalog-react';
import { screen } from '@testing-library/react';
import { aiPlatformApiRef } from '../../api';
import { costReport } from '../../testing/costFixtures';
import { EntityGpuCostCard, hasGpuCost } from './EntityGpuCostCard';

const group: Entity = {
  apiVersion: 'backstage.io/v1alpha1',
  kind: 'Group',
  metadata: { name: 'eu-inference' },
  spec: { type: 'team', children: [] },
};

describe('EntityGpuCostCard', () => {
  it("shows the entity's 30-day cost with currency and GPU-hours", async () => {
    const getEntityCost = jest
      .fn()
      .mockResolvedValue(
        costReport({ total: { gpuHours: 8640, cost: 25056 } }),
      );
    await renderInTestApp(
      <TestApiProvider apis={[[aiPlatformApiRef, { getEntityCost }]]}>
        <EntityProvider entity={group}>
          <EntityGpuCostCard />
        </EntityProvider>
      </TestApiProvider>,
    );
    expect(await screen.findByText('€25,056.00')).toBeVisible();
    expect(
      screen.getByText(/8,640 GPU-hours over the last 30 days/),
    ).toBeVisible();
    expect(getEntityCost).toHaveBeenCalledWith(
      'group:default/eu-inference',
      '30d',
    );
  });

  it('is shown on Groups and inference services only', () => {
    expect(hasGpuCost(group)).toBe(true);
    expect(
      hasGpuCost({
        ...group,
        kind: 'Component',
        spec: { type: 'inference-service' },
      }),
    ).toBe(true);
    expect(
      hasGpuCost({ ...group, kind: 'Component', spec: { type: 'service' } }),
    ).toBe(false);
  });
});
