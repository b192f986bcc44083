import type { LoggerService } from '@backstage/backend-plugin-api';
import type { TemplateAction } from '@backstage/plugin-scaffolder-node';

/**
 * The scaffolder writes a failed step's `error.stack` into the task log,
 * which the task's user reads: stack frames name the backend's files and
 * paths. Outside development (where Backstage also shows stack traces in
 * error responses) an action's error keeps its name and message only; the
 * whole stack goes to the backend's own log.
 */
export function withoutServerDetails<A extends TemplateAction<any, any, any>>(
  action: A,
  logger: LoggerService,
  env: string | undefined = process.env.NODE_ENV,
): A {
  if (env === 'development') {
    return action;
  }
  return {
    ...action,
    async handler(ctx: Parameters<A['handler']>[0]) {
      try {
        return await action.handler(ctx);
      } catch (error) {
        if (error instanceof Error) {
          logger.error(
            `Scaffolder action ${action.id} failed: ${error.stack ?? error}`,
          );
          error.stack = `${error.name}: ${error.message}`;
        }
        throw error;
      }
    },
  };
}
