import {
  mockCredentials,
  mockServices,
  startTestBackend,
} from '@backstage/backend-test-utils';
import { actionsServiceMock } from '@backstage/backend-test-utils/alpha';
import { createServiceFactory } from '@backstage/backend-plugin-api';
import { actionsServiceRef } from '@backstage/backend-plugin-api/alpha';
import { catalogServiceMock } from '@backstage/plugin-catalog-node/testUtils';
import scaffolderPlugin from '@backstage/plugin-scaffolder-backend';
import request from 'supertest';
import { scaffolderModuleAiPlatform } from './module';

// The one-step template a governed template starts with; the full template
// (render, publish, register) comes with the rest of issue 7.
const template = {
  apiVersion: 'scaffolder.backstage.io/v1beta3',
  kind: 'Template',
  metadata: { name: 'governance-check-only' },
  spec: {
    type: 'service',
    parameters: [],
    steps: [
      {
        id: 'governance',
        name: 'Governance check',
        action: 'ai-platform:governance:check',
        input: {
          name: 'mistral-chat',
          namespace: 'eu-inference',
          cluster: 'us-east-virginia',
          model: {
            registry: 'fra-sovereign',
            repository: 'models/mistral-small-3.2-24b-instruct',
            tag: '3.2.0',
          },
          gpus: 1,
          gpuProduct: 'NVIDIA-H100-80GB-HBM3',
          replicas: 1,
          classification: 'confidential',
          team: 'eu-inference',
        },
      },
    ],
  },
};

describe('ai-platform:governance:check in a scaffolder dry run', () => {
  it('calls the registered check through the actions service and answers its failures as a 400', async () => {
    const actions = actionsServiceMock.mock({
      // The scaffolder lists registered actions too, to offer them as steps.
      list: jest.fn().mockResolvedValue({ actions: [] }),
      invoke: jest.fn().mockResolvedValue({
        output: {
          allowed: false,
          checks: [
            {
              id: 'sovereignty',
              status: 'fail',
              message:
                'confidential data may not run on cluster us-east-virginia',
              fix: 'Or choose a cluster allowed for the classification.',
            },
          ],
        },
      }),
    });
    const { server } = await startTestBackend({
      features: [
        scaffolderPlugin,
        scaffolderModuleAiPlatform,
        catalogServiceMock.factory(),
        mockServices.rootConfig.factory({ data: {} }),
        createServiceFactory({
          service: actionsServiceRef,
          deps: {},
          factory: () => actions,
        }),
      ],
    });
    const res = await request(server)
      .post('/api/scaffolder/v2/dry-run')
      .set('Authorization', mockCredentials.user.header())
      .send({ template, values: {}, secrets: {}, directoryContents: [] });
    expect(res.status).toBe(400);
    expect(res.body.error).toMatchObject({
      name: 'InputError',
      message: expect.stringContaining(
        '- sovereignty: confidential data may not run on cluster us-east-virginia',
      ),
    });
    expect(actions.invoke).toHaveBeenCalledWith(
      expect.objectContaining({
        id: 'ai-platform:check-inference-service',
        input: template.spec.steps[0].input,
      }),
    );
  });
});
