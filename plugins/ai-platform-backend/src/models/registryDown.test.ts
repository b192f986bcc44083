import { RegistryPusher, seedModels } from '@internal/oci-seed';
import { mockServices, startTestBackend } from '@backstage/backend-test-utils';
import request from 'supertest';
import { seededRegistryConfig } from '../__testUtils__/models';
import { demoClusters } from '../__testUtils__/testBackend';
import { agentRegistryServiceFactory } from '../agents/serviceFactory';
import { aiPlatformPlugin } from '../plugin';
import {
  findDockerRegistry,
  MISSING_REGISTRY_MESSAGE,
  startDockerRegistry,
} from '../registry/__testUtils__/dockerRegistry';
import { modelSourceServiceFactory } from './serviceFactory';

// Needs Debian's docker-registry, as the registry integration tests do: a
// failure on CI, skipped with the reason locally.
const available = !!findDockerRegistry();
const describeWithRegistry =
  available || process.env.CI === 'true' ? describe : describe.skip;
if (!available && process.env.CI !== 'true') {
  process.stderr.write(`Skipping: ${MISSING_REGISTRY_MESSAGE}\n`);
}

const LLAMA = encodeURIComponent('models/llama-3.1-8b-instruct');
const base = '/api/ai-platform/models/ghcr-example-org';

describeWithRegistry('a registry that goes down', () => {
  it('answers a version read with a 503 that names the registry, not a 500', async () => {
    const registry = await startDockerRegistry();
    let stopped = false;
    try {
      await seedModels(new RegistryPusher(registry.url));
      const { server } = await startTestBackend({
        features: [
          aiPlatformPlugin,
          demoClusters,
          agentRegistryServiceFactory,
          modelSourceServiceFactory,
          mockServices.rootConfig.factory({
            data: seededRegistryConfig(
              { url: registry.url },
              { retries: 0, timeout: { seconds: 2 } },
            ),
          }),
          mockServices.permissions.factory(),
        ],
      });
      // The backend has not read the repository yet, so nothing is cached.
      await registry.stop();
      stopped = true;
      const detail = await request(server).get(
        `${base}/${LLAMA}/versions/1.1.0`,
      );
      expect(detail.status).toBe(503);
      expect(detail.body.error.name).toBe('ServiceUnavailableError');
      expect(detail.body.error.message).toContain(
        "registry 'ghcr-example-org'",
      );
      expect(detail.body.error.message).toContain('try again later');
    } finally {
      if (!stopped) await registry.stop();
    }
  }, 60_000);
});
