import type { paths } from './openapi';

/**
 * A GET route of the AI Platform REST API, as its OpenAPI document
 * (plugins/ai-platform-backend/src/schema/openapi.yaml) names it, e.g.
 * `/clusters/{name}`.
 *
 * @public
 */
export type AiPlatformApiRoute = keyof paths;

type GetOf<R extends AiPlatformApiRoute> = paths[R]['get'];

/**
 * The path parameters of a route (`never` when it has none).
 *
 * @public
 */
export type AiPlatformApiPathParams<R extends AiPlatformApiRoute> = NonNullable<
  GetOf<R>['parameters']['path']
>;

/**
 * The query parameters of a route (`never` when it has none).
 *
 * @public
 */
export type AiPlatformApiQuery<R extends AiPlatformApiRoute> = NonNullable<
  GetOf<R>['parameters']['query']
>;

/**
 * The body of a route's 200 answer: the JSON the document describes, or a
 * string for the text downloads (CSV, YAML).
 *
 * @public
 */
export type AiPlatformApiAnswer<R extends AiPlatformApiRoute> =
  GetOf<R>['responses'][200] extends {
    content: { 'application/json': infer B };
  }
    ? B
    : string;
