import { createAiPlatformService } from '@ai-platform/backstage-plugin-ai-platform-node';
import { actionsServiceMock } from '@backstage/backend-test-utils/alpha';
import { InputError, NotAllowedError } from '@backstage/errors';
import { createMockActionContext } from '@backstage/plugin-scaffolder-node-test-utils';
import yaml from 'yaml';
import { createModelResolveAction, RESOLVE_ACTION_ID } from './modelResolve';
import { examples } from './modelResolve.examples';

/** The picker value the first example's expression stands for. */
const MODEL = yaml.parse(examples[1].example).steps[0].input.model;
const DIGEST = `sha256:${'a'.repeat(64)}`;

const resolved = {
  registry: 'fra-sovereign',
  repository: 'models/mistral-small-3.2-24b-instruct',
  tag: '3.2.0',
  digest: DIGEST,
  reference: `oci://registry.fra.eu-sovereign.example/models/mistral-small-3.2-24b-instruct@${DIGEST}`,
  entityRef: 'resource:default/mistral-small-3.2-24b-instruct',
  packaging: 'modelpack',
  signed: true,
  sbom: true,
  llm: true,
  llmReason: 'it has 24b parameters in safetensors (transformer)',
  format: 'safetensors',
};

describe('ai-platform:model:resolve', () => {
  const setup = (invoke: jest.Mock) => {
    const actions = actionsServiceMock.mock({ invoke });
    const ctx = createMockActionContext({ input: { model: MODEL } });
    const run = () =>
      createModelResolveAction({
        aiPlatform: createAiPlatformService(actions),
      }).handler(ctx);
    const outputs = () =>
      Object.fromEntries((ctx.output as jest.Mock).mock.calls);
    return { actions, run, outputs };
  };

  it.each(examples.map((e, i) => [e.description, i] as const))(
    'runs the example: %s',
    async (_description, index) => {
      const input = yaml.parse(examples[index].example).steps[0].input;
      expect(Object.keys(input)).toEqual(['model']);
      const { actions, run, outputs } = setup(
        jest.fn().mockResolvedValue({ output: resolved }),
      );
      await run();
      expect(actions.invoke).toHaveBeenCalledWith({
        id: RESOLVE_ACTION_ID,
        input: MODEL,
        credentials: expect.anything(),
      });
      expect(outputs()).toEqual({
        digest: DIGEST,
        reference: resolved.reference,
        tag: '3.2.0',
        entityRef: resolved.entityRef,
        signed: true,
        sbom: true,
        llm: true,
        llmReason: resolved.llmReason,
        format: 'safetensors',
      });
    },
  );

  it("keeps the registered action's InputError and its message, so the task says what to change", async () => {
    const message =
      "The tag '9.9.9' of fra-sovereign/models/mistral-small-3.2-24b-instruct does not resolve to a model version. Choose one of its versions: 3.2.0, 3.1.0";
    const { run, outputs } = setup(
      jest.fn().mockRejectedValue(new InputError(message)),
    );
    const error = await run().catch(e => e);
    expect(error.name).toBe('InputError');
    expect(error.message).toBe(message);
    expect(outputs()).toEqual({});
  });

  it('turns a 400 answer of the actions service into an InputError with its message', async () => {
    // What DefaultActionsService throws: a ResponseError with the error body.
    const response = Object.assign(new Error('Request failed with 400'), {
      name: 'ResponseError',
      body: {
        error: {
          name: 'InputError',
          message: "No registry named 'nope' is configured",
        },
      },
    });
    const { run } = setup(jest.fn().mockRejectedValue(response));
    const error = await run().catch(e => e);
    expect(error.name).toBe('InputError');
    expect(error.message).toBe("No registry named 'nope' is configured");
  });

  it('forwards other errors, saying which action could not be run', async () => {
    const { run } = setup(
      jest
        .fn()
        .mockRejectedValue(
          new NotAllowedError('ai-platform.models.read is not allowed'),
        ),
    );
    const error = await run().catch(e => e);
    expect(error.name).toBe('NotAllowedError');
    expect(error.message).toContain(
      `The model version (${RESOLVE_ACTION_ID}) could not be run`,
    );
  });
});
