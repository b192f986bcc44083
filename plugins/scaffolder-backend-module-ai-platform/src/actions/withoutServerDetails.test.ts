import { mockServices } from '@backstage/backend-test-utils';
import { NotAllowedError } from '@backstage/errors';
import { createTemplateAction } from '@backstage/plugin-scaffolder-node';
import { createMockActionContext } from '@backstage/plugin-scaffolder-node-test-utils';
import { withoutServerDetails } from './withoutServerDetails';

const failing = createTemplateAction({
  id: 'test:fail',
  async handler() {
    throw new NotAllowedError('the permission ai-platform.x is not granted');
  },
});

describe('withoutServerDetails', () => {
  it.each(['production', 'test', undefined])(
    'leaves only the name and message of an error for the task log (NODE_ENV=%s), the stack in the backend log',
    async env => {
      const logger = mockServices.logger.mock();
      const error = await withoutServerDetails(failing, logger, env)
        .handler(createMockActionContext({ input: {} }) as any)
        .catch(e => e);
      expect(error).toBeInstanceOf(NotAllowedError);
      expect(error.stack).toBe(
        'NotAllowedError: the permission ai-platform.x is not granted',
      );
      expect(logger.error).toHaveBeenCalledWith(
        expect.stringMatching(
          /^Scaffolder action test:fail failed: NotAllowedError: the permission ai-platform.x is not granted\n\s+at .*withoutServerDetails.test.ts/,
        ),
      );
    },
  );

  it('keeps the stack in development', async () => {
    const error = await withoutServerDetails(
      failing,
      mockServices.logger.mock(),
      'development',
    )
      .handler(createMockActionContext({ input: {} }) as any)
      .catch(e => e);
    expect(error.stack).toMatch(/\n\s+at /);
  });
});
