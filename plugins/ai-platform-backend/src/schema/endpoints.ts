import type {
  AiPlatformApiAnswer,
  AiPlatformApiPathParams,
  AiPlatformApiQuery,
  AiPlatformApiRoute,
} from '@ai-platform/backstage-plugin-ai-platform-common';

/**
 * The GET routes of openapi.yaml as `@backstage/backend-openapi-utils` types
 * a router: path and query parameters and the 200 answer of each, from the
 * types openapi-typescript generates (in -common, shared with the frontend
 * client).
 */
export type EndpointMap = {
  [R in AiPlatformApiRoute as `#get|${R}`]: {
    path: AiPlatformApiPathParams<R>;
    query: AiPlatformApiQuery<R>;
    response: AiPlatformApiAnswer<R>;
  };
};
