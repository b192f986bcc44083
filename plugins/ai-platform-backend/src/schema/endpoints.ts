import type { paths } from './generated/types';

/** The body of a response, as its JSON (or text) content describes it. */
type BodyOf<R> = R extends { content: { 'application/json': infer B } }
  ? B
  : R extends { content: Record<string, infer B> }
  ? B
  : void;

type GetOf<P extends keyof paths> = paths[P]['get'];

/**
 * The GET routes of openapi.yaml as `@backstage/backend-openapi-utils` types
 * a router: path and query parameters and the 200 answer of each, from the
 * types openapi-typescript generates.
 */
export type EndpointMap = {
  [P in keyof paths as `#get|${P & string}`]: {
    path: NonNullable<GetOf<P>['parameters']['path']>;
    query: NonNullable<GetOf<P>['parameters']['query']>;
    response: BodyOf<GetOf<P>['responses'][200]>;
  };
};
