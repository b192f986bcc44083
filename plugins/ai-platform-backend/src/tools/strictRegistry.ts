import type { ActionsRegistryService } from '@backstage/backend-plugin-api/alpha';
import { toolName } from './names';
import type { ErrorHider } from './unexpectedErrors';

/** The zod the actions registry hands to schema functions. */
export type Zod = Parameters<
  Parameters<ActionsRegistryService['register']>[0]['schema']['input']
>[0];

type StripObject = ReturnType<Zod['object']>;
type AnyObject = StripObject | ReturnType<StripObject['strict']>;
type AnySchema = Parameters<Zod['optional']>[0];

/**
 * An object schema that refuses unknown keys, naming them and the valid ones.
 * The registry parses inputs with zod, whose default object drops unknown
 * keys silently although the JSON schema it publishes says
 * `additionalProperties: false`: a misspelt filter would return unfiltered
 * data. Nested objects (and optional ones) are made strict as well.
 */
export function strictObject(
  z: Zod,
  schema: AnyObject,
  where: string,
): AnyObject {
  const shape: Record<string, AnySchema> = {};
  for (const [key, value] of Object.entries(schema.shape)) {
    shape[key] = strictChild(z, value as AnySchema, `${where}, key '${key}'`);
  }
  const valid = Object.keys(shape);
  const strict = z
    .object(shape, {
      errorMap: (issue, ctx) =>
        issue.code === 'unrecognized_keys'
          ? {
              message: `Unknown key${
                issue.keys.length === 1 ? '' : 's'
              } ${issue.keys
                .map(k => `'${k}'`)
                .join(', ')} in ${where}; the valid keys are ${
                valid.length ? valid.join(', ') : '(none: call it with {})'
              }`,
            }
          : { message: ctx.defaultError },
    })
    .strict();
  return schema.description ? strict.describe(schema.description) : strict;
}

function strictChild(z: Zod, schema: AnySchema, where: string): AnySchema {
  if (schema instanceof z.ZodObject) {
    return strictObject(z, schema, where);
  }
  if (
    schema instanceof z.ZodOptional &&
    schema.unwrap() instanceof z.ZodObject
  ) {
    const inner = strictObject(z, schema.unwrap() as StripObject, where);
    const optional = inner.optional();
    return schema.description
      ? optional.describe(schema.description)
      : optional;
  }
  return schema;
}

/**
 * The actions registry every domain registers through: the same registry,
 * with every action's input schema strict (see {@link strictObject}), so that
 * no action can be added that drops unknown keys.
 */
export function strictActionsRegistry(
  registry: ActionsRegistryService,
  hide?: ErrorHider,
): ActionsRegistryService {
  return {
    register(options) {
      const input = options.schema.input;
      registry.register({
        ...options,
        // In production an unexpected error answers MCP and the invoke
        // endpoint without its message or stack (see hideUnexpected).
        action: async context => {
          try {
            return await options.action(context);
          } catch (error) {
            throw hide ? hide(error, toolName(options.name)) : error;
          }
        },
        schema: {
          ...options.schema,
          input: z =>
            strictObject(
              z,
              input(z),
              `the input of ${toolName(options.name)}`,
            ) as unknown as ReturnType<typeof input>,
        },
      });
    },
  };
}

/**
 * An output object whose main fields are described and whose other fields
 * (documented in the REST API's types) pass through unchanged: the registry
 * strips keys an output schema does not name.
 */
export function openOutput<T extends Record<string, AnySchema>>(
  z: Zod,
  shape: T,
  description: string,
) {
  const named = z.object(shape);
  // Typed as the named fields: the passed-through ones are the REST types'.
  return named.passthrough().describe(description) as unknown as typeof named;
}
