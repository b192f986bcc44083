import type { Entity } from '@backstage/catalog-model';
import {
  renderInTestApp,
  TestApiProvider,
} from '@backstage/frontend-test-utils';
import { EntityProvider } from '@backstage/plugin-catalog-react';
import { screen } from '@testing-library/react';
import { aiPlatformApiRef } from '../../api';
import { readyVersion, serviceWithGaps } from '../CraPage/craFixtures';
import { EntityCraCard, hasCraReadiness } from './EntityCraCard';

const service: Entity = {
  apiVersion: 'backstage.io/v1alpha1',
  kind: 'Component',
  metadata: { name: 'llama-chat', namespace: 'default' },
  spec: { type: 'inference-service', owner: 'group:us-applied-ml' },
};

async function renderCard(api: object, entity: Entity = service) {
  await renderInTestApp(
    <TestApiProvider apis={[[aiPlatformApiRef, api]]}>
      <EntityProvider entity={entity}>
        <EntityCraCard />
      </EntityProvider>
    </TestApiProvider>,
  );
}

describe('EntityCraCard', () => {
  it("asks for the entity's readiness and opens a product that has gaps, with its evidence", async () => {
    const getEntityCra = jest.fn().mockResolvedValue({
      entityRef: 'component:default/llama-chat',
      rows: [serviceWithGaps],
      errors: [],
    });
    await renderCard({ getEntityCra });
    expect(getEntityCra).toHaveBeenCalledWith('component:default/llama-chat');
    const summary = await screen.findByRole('button', {
      name: /llama-chat: \d+ %, not ready/,
    });
    expect(summary).toHaveAttribute('aria-expanded', 'true');
    expect(screen.getByText(/· 2 gaps/)).toBeInTheDocument();
    expect(
      screen.getByRole('table', { name: 'Evidence of llama-chat' }),
    ).toHaveTextContent('No ai-platform.io/security-contact annotation');
  });

  it('keeps a ready product folded', async () => {
    await renderCard({
      getEntityCra: jest.fn().mockResolvedValue({
        entityRef: 'resource:default/mistral-small',
        rows: [readyVersion],
        errors: [],
      }),
    });
    const summary = await screen.findByRole('button', {
      name: 'models/mistral-small:3.2.0: 100 %, ready',
    });
    expect(summary).toHaveAttribute('aria-expanded', 'false');
  });

  it('says how to connect an entity that matches nothing, and what could not be read', async () => {
    await renderCard({
      getEntityCra: jest.fn().mockResolvedValue({
        entityRef: 'component:default/llama-chat',
        rows: [],
        errors: ['Registry demo could not be read: timeout.'],
      }),
    });
    expect(
      await screen.findByText(/No readable model version or service/),
    ).toBeInTheDocument();
    expect(
      screen.getByText('Registry demo could not be read: timeout.'),
    ).toBeInTheDocument();
  });

  it('is kept for ai-model Resources and inference-service Components only', () => {
    const model = {
      ...service,
      kind: 'Resource',
      spec: { type: 'ai-model', owner: 'x' },
    };
    const website = { ...service, spec: { type: 'website', owner: 'x' } };
    expect(hasCraReadiness(service)).toBe(true);
    expect(hasCraReadiness(model)).toBe(true);
    expect(hasCraReadiness(website)).toBe(false);
  });
});
