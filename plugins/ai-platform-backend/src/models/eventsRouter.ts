import type { LoggerService } from '@backstage/backend-plugin-api';
import { AuthenticationError, NotFoundError } from '@backstage/errors';
import express from 'express';
import Router from 'express-promise-router';
import { createHash, timingSafeEqual } from 'node:crypto';
import type { RegistryConfig } from '../registry/config';
import type { ModelSource } from '@ai-platform/backstage-plugin-ai-platform-node';

/** The media type CNCF Distribution sends its notifications with. */
const EVENTS_TYPE = 'application/vnd.docker.distribution.events.v1+json';

const hash = (value: string) => createHash('sha256').update(value).digest();

/**
 * `POST /registry-events/:registry`: push notifications of a registry that
 * has `events` configured, authenticated by its token (not by Backstage:
 * registries hold no Backstage credentials). The route is outside the
 * OpenAPI router because registries send their own media type.
 */
export function createRegistryEventsRouter(options: {
  registries: RegistryConfig[];
  models: Pick<ModelSource, 'noteRegistryEvents'>;
  logger: LoggerService;
}): express.Router {
  const router = Router();
  router.use(
    express.json({ type: ['application/json', EVENTS_TYPE], limit: '1mb' }),
  );
  router.post('/registry-events/:registry', async (req, res) => {
    const config = options.registries.find(
      r => r.name === req.params.registry && r.events,
    );
    if (!config?.events) {
      throw new NotFoundError(
        `No registry named '${req.params.registry}' is configured to send events`,
      );
    }
    const given = (req.header('authorization') ?? '').replace(
      /^Bearer\s+/i,
      '',
    );
    // Hashes have equal lengths, as timingSafeEqual needs.
    if (!timingSafeEqual(hash(given), hash(config.events.token))) {
      throw new AuthenticationError(
        `The events token of registry '${config.name}' is missing or wrong`,
      );
    }
    const repositories = options.models.noteRegistryEvents(
      config.name,
      req.body,
    );
    if (repositories.length > 0) {
      options.logger.info(
        `Registry '${config.name}' reported pushes to ${repositories.join(
          ', ',
        )}; they are rescanned on their next read`,
      );
    }
    res.json({ repositories });
  });
  return router;
}
