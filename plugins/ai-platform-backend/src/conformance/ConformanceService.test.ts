import { mockServices } from '@backstage/backend-test-utils';
import { NotFoundError } from '@backstage/errors';
import {
  exampleCluster,
  staticClusterSource,
} from '../__testUtils__/clusterViews';
import { storeTestDatabases } from '../__testUtils__/databases';
import { DatabaseConformanceStore } from './ConformanceStore';
import { ConformanceService } from './ConformanceService';

const databases = storeTestDatabases();

describe('ConformanceService', () => {
  const clusters = staticClusterSource([
    exampleCluster('eu-sovereign-fra'),
    exampleCluster('eu-hyperscaler-par'),
    exampleCluster('us-east-virginia'),
  ]);

  it.each(databases.eachSupportedId())(
    'records every cluster, reads the trend and prunes past retention on %s',
    async databaseId => {
      const knex = await databases.init(databaseId);
      const store = await DatabaseConformanceStore.create({ knex });
      let now = new Date('2026-08-01T00:00:00Z');
      const service = new ConformanceService({
        clusters,
        store,
        logger: mockServices.logger.mock(),
        now: () => now,
      });
      const day = 24 * 3600_000;
      await service.record(30 * day);
      now = new Date('2026-11-22T00:00:00Z');
      await service.record(30 * day);

      const trend = await service.trend('us-east-virginia');
      // The August run is past the 30-day retention.
      expect(trend.points.map(p => p.recordedAt)).toEqual([
        '2026-11-22T00:00:00.000Z',
      ]);
      expect(trend.points[0].percent).toBe(
        service.cluster('us-east-virginia').score.percent,
      );
      await knex.destroy();
    },
  );

  it('marks a digest-pinned model unsigned once the models domain says so', async () => {
    const digest = exampleCluster('eu-hyperscaler-par')
      .list('serving.kserve.io/InferenceService')
      .map(s => String((s.spec as any).predictor.model.storageUri))[0]
      .split('@')[1];
    const models = {
      listModels: async () => ({
        generatedAt: '',
        registries: [],
        models: [{ registry: 'harbor', repository: 'models/mistral' }],
      }),
      listVersions: async () => ({
        versions: [
          { status: 'ok', digest, manifestDigest: digest, signed: false },
        ],
      }),
    } as any;
    const service = new ConformanceService({
      clusters,
      store: { record: async () => {}, prune: async () => 0 } as any,
      logger: mockServices.logger.mock(),
      models,
    });
    const before = service
      .cluster('eu-hyperscaler-par')
      .hygiene.find(h => h.id === 'model_references')!;
    expect(before.status).toBe('pass');
    await service.record(1000);
    const after = service
      .cluster('eu-hyperscaler-par')
      .hygiene.find(h => h.id === 'model_references')!;
    expect(after.status).toBe('fail');
    expect(after.evidence[0].note).toContain('no signature');
  });

  it('lists every cluster against every requirement', () => {
    const service = new ConformanceService({
      clusters,
      store: {} as any,
      logger: mockServices.logger.mock(),
    });
    const matrix = service.matrix();
    expect(matrix.clusters.map(c => c.cluster)).toEqual([
      'eu-sovereign-fra',
      'eu-hyperscaler-par',
      'us-east-virginia',
    ]);
    expect(matrix.requirements).toHaveLength(15);
    expect(() => service.cluster('mars')).toThrow(NotFoundError);
  });
});
