import { createValidatedOpenApiRouterFromGeneratedEndpointMap } from '@backstage/backend-openapi-utils';
import type {
  HttpAuthService,
  PermissionsService,
} from '@backstage/backend-plugin-api';
import { NotAllowedError } from '@backstage/errors';
import {
  AuthorizeResult,
  BasicPermission,
} from '@backstage/plugin-permission-common';
import express from 'express';
import type { DomainModule, RouteContext } from './domain';
import type { EndpointMap } from './schema/endpoints';
import { spec } from './schema/generated/spec';
import type { ErrorHider } from './tools/unexpectedErrors';

/**
 * The REST API of the AI Platform backend: the OpenAPI-validated router with
 * every domain's routes on it.
 */
export async function createRouter(options: {
  domains: ReadonlyArray<DomainModule<unknown>>;
  httpAuth: HttpAuthService;
  permissions: PermissionsService;
  /** Hides unexpected errors in production. */
  hide: ErrorHider;
}): Promise<express.Router> {
  const { domains, httpAuth, permissions, hide } = options;
  const router =
    createValidatedOpenApiRouterFromGeneratedEndpointMap<EndpointMap>(spec);
  router.use(express.json());

  const context: RouteContext = {
    httpAuth,
    requireRead:
      (permission: BasicPermission, what: string): express.RequestHandler =>
      async (req, _res, next) => {
        const credentials = await httpAuth.credentials(req);
        const [decision] = await permissions.authorize([{ permission }], {
          credentials,
        });
        if (decision.result !== AuthorizeResult.ALLOW) {
          throw new NotAllowedError(
            `You may not read ${what} (permission ${permission.name})`,
          );
        }
        next();
      },
  };
  for (const domain of domains) {
    domain.addRoutes?.(router, context);
  }
  // In production an unexpected error answers without its message or stack
  // (an error handler of its own router: the validated router's `use`
  // does not take one).
  const outer = express.Router();
  outer.use(router);
  outer.use(
    (
      error: unknown,
      req: express.Request,
      _res: express.Response,
      next: express.NextFunction,
    ) => next(hide(error, `${req.method} ${req.path}`)),
  );
  return outer;
}
