import { LayoutWriter, SEED_MODELS, seedModels } from '@internal/oci-seed';
import { staticClusterSource } from '../__testUtils__/clusterViews';
import { modelService, seededLayout } from '../__testUtils__/models';

const LLAMA = 'models/llama-3.1-8b-instruct';
const EVENTS = { events: { token: 'registry-events-token-0123' } };

describe('ModelService with registry push events', () => {
  let seeded: Awaited<ReturnType<typeof seededLayout>>;
  beforeAll(async () => {
    seeded = await seededLayout();
  });
  afterAll(() => seeded.remove());

  const digestOf = async (
    service: ReturnType<typeof modelService>,
    tag: string,
  ) =>
    (await service.listVersions('ghcr-example-org', LLAMA)).versions.find(
      v => v.tag === tag,
    )?.digest;

  it('serves the snapshot until a push event names the repository, then rescans it', async () => {
    const service = modelService(
      { layout: seeded.layout },
      staticClusterSource([]),
      EVENTS,
    );
    const before = await digestOf(service, '1.0.0');
    // Push a new artifact under 1.0.0, as a registry push would.
    const llama = SEED_MODELS.find(m => m.repository === LLAMA)!;
    const pushed = await seedModels(new LayoutWriter(seeded.layout), [
      {
        ...llama,
        versions: [{ ...llama.versions[1], tag: '1.0.0' }],
        movedTag: undefined,
      },
    ]);
    expect(await digestOf(service, '1.0.0')).toBe(before);
    expect(
      service.noteRegistryEvents('ghcr-example-org', {
        events: [
          { action: 'push', target: { repository: LLAMA, tag: '1.0.0' } },
        ],
      }),
    ).toEqual([LLAMA]);
    const moved = pushed.models[0].versions[0].digest;
    expect(moved).not.toBe(before);
    expect(await digestOf(service, '1.0.0')).toBe(moved);
  });

  it('rejects events for a registry without events, and a body that is no envelope', () => {
    const plain = modelService(
      { layout: seeded.layout },
      staticClusterSource([]),
    );
    expect(() =>
      plain.noteRegistryEvents('ghcr-example-org', { events: [] }),
    ).toThrow('is not configured to send events');
    const withEvents = modelService(
      { layout: seeded.layout },
      staticClusterSource([]),
      EVENTS,
    );
    expect(() => withEvents.noteRegistryEvents('ghcr-example-org', {})).toThrow(
      'has no events list',
    );
  });
});
