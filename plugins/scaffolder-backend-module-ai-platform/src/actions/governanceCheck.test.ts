import { createAiPlatformService } from '@ai-platform/backstage-plugin-ai-platform-node';
import { actionsServiceMock } from '@backstage/backend-test-utils/alpha';
import { NotAllowedError } from '@backstage/errors';
import { createMockActionContext } from '@backstage/plugin-scaffolder-node-test-utils';
import yaml from 'yaml';
import {
  createGovernanceCheckAction,
  GOVERNANCE_ACTION_ID,
} from './governanceCheck';
import { examples } from './governanceCheck.examples';

/** The form values the first example's expressions stand for. */
const GOOD = yaml.parse(examples[1].example).steps[0].input;
const DIGEST = `sha256:${'f'.repeat(64)}`;

const allowed = {
  allowed: true,
  resolvedDigest: DIGEST,
  checks: [
    { id: 'name', status: 'pass', message: "'mistral-chat' is a valid name" },
    {
      id: 'cluster-conformance',
      status: 'not-evaluated',
      message: 'The conformance minimum of eu-sovereign-fra was not evaluated',
    },
  ],
};

const refused = {
  allowed: false,
  checks: [
    {
      id: 'sovereignty',
      status: 'fail',
      message: 'confidential data may not run on cluster us-east-virginia',
      fix: 'Run it where ai-platform.io/jurisdiction is EU.',
    },
    {
      id: 'gpu-quota',
      status: 'fail',
      message:
        'eu-inference on us-east-virginia has 0 requests.nvidia.com/gpu left (0 of 0 used); 1 asked (1 x 1)',
      fix: 'Ask the platform team for more quota',
    },
    { id: 'name', status: 'pass', message: 'valid' },
  ],
};

describe('ai-platform:governance:check', () => {
  const setup = (output: object, options: { isDryRun?: boolean } = {}) => {
    const actions = actionsServiceMock.mock({
      invoke: jest.fn().mockResolvedValue({ output }),
    });
    // createMockActionContext does not pass isDryRun through.
    const ctx = {
      ...createMockActionContext({ input: GOOD }),
      ...options,
    };
    const run = () =>
      createGovernanceCheckAction({
        aiPlatform: createAiPlatformService(actions),
      }).handler(ctx);
    const outputs = () =>
      Object.fromEntries((ctx.output as jest.Mock).mock.calls);
    return { actions, ctx, run, outputs };
  };

  it.each(examples.map((e, i) => [e.description, i] as const))(
    'runs the example: %s',
    async (_description, index) => {
      const input = yaml.parse(examples[index].example).steps[0].input;
      // Every input of the example is one the action declares.
      expect(Object.keys(input).sort()).toEqual(Object.keys(GOOD).sort());
      const { actions, run, outputs } = setup(allowed);
      await run();
      expect(actions.invoke).toHaveBeenCalledWith({
        id: GOVERNANCE_ACTION_ID,
        input: GOOD,
        credentials: expect.anything(),
      });
      expect(outputs()).toEqual({
        allowed: true,
        checks: allowed.checks,
        resolvedDigest: DIGEST,
      });
    },
  );

  it('fails the task with an InputError that lists every failed check and its fix', async () => {
    const { run, outputs } = setup(refused);
    const error = await run().catch(e => e);
    expect(error.name).toBe('InputError');
    expect(error.message).toBe(
      [
        'mistral-chat is not allowed: 2 checks failed',
        '- sovereignty: confidential data may not run on cluster us-east-virginia Fix: Run it where ai-platform.io/jurisdiction is EU.',
        '- gpu-quota: eu-inference on us-east-virginia has 0 requests.nvidia.com/gpu left (0 of 0 used); 1 asked (1 x 1) Fix: Ask the platform team for more quota',
      ].join('\n'),
    );
    // The checks are outputs too, so a dry run shows them beside the error.
    expect(outputs()).toMatchObject({ allowed: false, checks: refused.checks });
  });

  it('runs the check in a dry run as well, since it only reads', async () => {
    const { actions, run } = setup(refused, { isDryRun: true });
    await expect(run()).rejects.toThrow('2 checks failed');
    expect(actions.invoke).toHaveBeenCalledTimes(1);
  });

  it('logs the checks that were not evaluated', async () => {
    const { ctx, run } = setup(allowed);
    const warn = jest.spyOn(ctx.logger, 'warn');
    await run();
    expect(warn).toHaveBeenCalledWith(
      'Not evaluated: The conformance minimum of eu-sovereign-fra was not evaluated',
    );
  });

  it("answers the registered action's 400 as an InputError with its message", async () => {
    const { actions, run } = setup(allowed);
    actions.invoke.mockRejectedValue(
      Object.assign(new Error('Request failed with 400 Bad Request'), {
        name: 'ResponseError',
        body: {
          error: {
            name: 'InputError',
            message:
              "Invalid input: classification must be one of 'public', 'internal', 'confidential', 'restricted'",
          },
        },
      }),
    );
    const error = await run().catch(e => e);
    expect(error.name).toBe('InputError');
    expect(error.message).toMatch(/^Invalid input: classification/);
  });

  it('says which action could not be run, keeping the cause', async () => {
    const { actions, run } = setup(allowed);
    actions.invoke.mockRejectedValue(
      new NotAllowedError('ai-platform.governance.check is not allowed'),
    );
    const error = await run().catch(e => e);
    expect(error.message).toContain(
      `The governance check (${GOVERNANCE_ACTION_ID}) could not be run`,
    );
    expect(error.message).toContain('ai-platform.governance.check');
    expect(error.name).toBe('NotAllowedError');
  });
});
