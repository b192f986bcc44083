import type { TypedRouter } from '@backstage/backend-openapi-utils';
import type {
  HttpAuthService,
  HttpRouterService,
  SchedulerService,
} from '@backstage/backend-plugin-api';
import type { ActionsRegistryService } from '@backstage/backend-plugin-api/alpha';
import type { BasicPermission } from '@backstage/plugin-permission-common';
import type express from 'express';
import type { EndpointMap } from './schema/endpoints';

/**
 * The plugin's REST router, validated by its OpenAPI document
 * (src/schema/openapi.yaml) and typed by the types generated from it.
 */
export type AiPlatformRouter = TypedRouter<EndpointMap>;

/** What the plugin gives every domain's routes. */
export interface RouteContext {
  httpAuth: HttpAuthService;
  /** Lets a request through only if the caller has the permission. */
  requireRead(
    permission: BasicPermission,
    what: string,
  ): express.RequestHandler;
}

/**
 * One domain of the plugin, as its `create…Module` function builds it: the
 * domain service, and what the plugin mounts of it.
 */
export interface DomainModule<TService> {
  service: TService;
  /** Adds the domain's routes (and their permission checks) to the REST router. */
  addRoutes?(router: AiPlatformRouter, context: RouteContext): void;
  /** Registers the domain's actions (for agents over MCP and for templates). */
  registerActions?(actionsRegistry: ActionsRegistryService): void;
  /** Schedules the domain's recurring tasks. */
  scheduleTasks?(scheduler: SchedulerService): Promise<void>;
  /** Mounts routers of the domain that sit beside the REST API. */
  addHttpRouters?(httpRouter: HttpRouterService): void;
}
