import fs from 'node:fs';
import { join } from 'node:path';
import {
  createBackendModule,
  coreServices,
} from '@backstage/backend-plugin-api';
import {
  createMockDirectory,
  mockCredentials,
  mockServices,
  startTestBackend,
} from '@backstage/backend-test-utils';
import catalogPlugin from '@backstage/plugin-catalog-backend';
import catalogScaffolderEntityModel from '@backstage/plugin-catalog-backend-module-scaffolder-entity-model';
import {
  catalogLocationsExtensionPoint,
  locationSpecToMetadataName,
} from '@backstage/plugin-catalog-node';
import request from 'supertest';
import yaml from 'yaml';

/*
 * Template entities come only from the locations the configuration names:
 * the portal's own catalog rules (app-config.yaml) through the real catalog.
 * A location registered later, as the register step of a template or a user
 * does, may add a Component but not a Template.
 */
const appConfig = yaml.parse(
  fs.readFileSync(join(__dirname, '../../../app-config.yaml'), 'utf8'),
);

const template = (name: string) => ({
  apiVersion: 'scaffolder.backstage.io/v1beta3',
  kind: 'Template',
  metadata: { name },
  spec: {
    owner: 'group:default/team-a',
    type: 'service',
    steps: [{ id: 'x', action: 'debug:log', input: {} }],
  },
});

describe('Template entities only from configured locations', () => {
  const dir = createMockDirectory();
  let server: Parameters<typeof request>[0];
  let stop: () => Promise<void>;

  beforeAll(async () => {
    dir.setContent({
      'configured.yaml': yaml.stringify(template('configured')),
      'registered-template.yaml': yaml.stringify(template('sneaked-in')),
      'registered-service.yaml': yaml.stringify({
        apiVersion: 'backstage.io/v1alpha1',
        kind: 'Component',
        metadata: { name: 'registered-service' },
        spec: {
          type: 'service',
          lifecycle: 'experimental',
          owner: 'group:default/team-a',
        },
      }),
    });
    // The configured template location keeps its own rule, as in app-config.
    const configured = appConfig.catalog.locations.find(
      (l: { target: string }) =>
        l.target.endsWith('governed-inference-service/template.yaml'),
    );
    const backend = await startTestBackend({
      features: [
        catalogPlugin,
        catalogScaffolderEntityModel,
        createBackendModule({
          pluginId: 'catalog',
          moduleId: 'file-locations',
          register(reg) {
            reg.registerInit({
              deps: {
                locations: catalogLocationsExtensionPoint,
                config: coreServices.rootConfig,
              },
              async init({ locations }) {
                locations.setAllowedLocationTypes(['url', 'file']);
              },
            });
          },
        }),
        mockServices.rootConfig.factory({
          data: {
            catalog: {
              rules: appConfig.catalog.rules,
              locations: [
                {
                  type: 'file',
                  target: dir.resolve('configured.yaml'),
                  rules: configured.rules,
                },
              ],
              processingInterval: { seconds: 1 },
            },
          },
        }),
      ],
    });
    server = backend.server;
    stop = () => backend.stop();
  }, 60_000);

  afterAll(() => stop?.());

  const get = (path: string) =>
    request(server)
      .get(`/api/catalog${path}`)
      .set('authorization', mockCredentials.user.header());

  const register = async (file: string) => {
    const added = await request(server)
      .post('/api/catalog/locations')
      .set('authorization', mockCredentials.user.header())
      .send({ type: 'file', target: dir.resolve(file) });
    expect(added.status).toBe(201);
    return locationSpecToMetadataName({
      type: 'file',
      target: dir.resolve(file),
    });
  };

  it('ingests a registered Component, refuses a registered Template, and keeps the configured Template', async () => {
    await register('registered-service.yaml');
    const location = await register('registered-template.yaml');
    for (let i = 0; i < 100; i++) {
      const [component, configured] = await Promise.all([
        get('/entities/by-name/component/default/registered-service'),
        get('/entities/by-name/template/default/configured'),
      ]);
      if (component.status === 200 && configured.status === 200) break;
      await new Promise(r => setTimeout(r, 200));
    }
    // A few processing rounds more for the Template's location.
    await new Promise(r => setTimeout(r, 3000));
    expect(
      (await get('/entities/by-name/component/default/registered-service'))
        .status,
    ).toBe(200);
    expect(
      (await get('/entities/by-name/template/default/configured')).status,
    ).toBe(200);
    expect(
      (await get('/entities/by-name/template/default/sneaked-in')).status,
    ).toBe(404);
    // The catalog refuses the file whole (NotAllowedError: 'is not of an
    // allowed kind for that location', logged by the catalog), so not even
    // its Location entity is stitched.
    expect(
      (await get(`/entities/by-name/location/default/${location}`)).status,
    ).toBe(404);
  });
});
