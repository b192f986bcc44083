import { screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { ResponseError } from '@backstage/errors';
import { renderField, validate } from '../../__testUtils__/formFieldHarness';
import { digest, modelList, versionList } from '../../testing/modelFixtures';
import { ModelVersionPicker, validateModelVersion } from './ModelVersionPicker';

const llama = {
  registry: 'local',
  repository: 'models/llama-3.1-8b-instruct',
};

describe('ModelVersionPicker', () => {
  it('offers the models, then the versions with digest, marks, size and fit; picking one sets its digest', async () => {
    const getModelVersions = jest.fn().mockResolvedValue(versionList);
    const { onChange } = await renderField(ModelVersionPicker, {
      api: {
        getModels: jest.fn().mockResolvedValue(modelList),
        getModelVersions,
      },
    });

    // The registry that is down is said in place; the others still work.
    expect(
      await screen.findByText(
        /Registry ghcr could not be listed; its models are missing/,
      ),
    ).toBeVisible();
    await userEvent.click(screen.getByRole('combobox', { name: /Model/ }));
    await userEvent.click(
      await screen.findByRole('option', { name: /Llama 3.1 8B Instruct/ }),
    );
    expect(onChange).toHaveBeenLastCalledWith({ ...llama, tag: '' });
    expect(getModelVersions).toHaveBeenCalledWith(
      'local',
      'models/llama-3.1-8b-instruct',
    );

    const v10 = await screen.findByRole('radio', { name: /^v1\.0/ });
    const label = v10.closest('label')!;
    expect(within(label).getByText('sha256:aaaaaaaaaaaa')).toBeVisible();
    expect(within(label).getByLabelText('Unsigned')).toBeVisible();
    expect(within(label).getByLabelText('SBOM')).toBeVisible();
    expect(
      within(label).getByText('2.00 MiB · 8b parameters · bfloat16'),
    ).toBeVisible();
    expect(
      within(label).getByText(
        'fits NVIDIA L40S (comfortable) · needs 17.88 GiB',
      ),
    ).toBeVisible();
    expect(
      within(
        screen.getByRole('radio', { name: /^v1\.1/ }).closest('label')!,
      ).getByLabelText('Signed'),
    ).toBeVisible();
    // A tag that is not a readable version is shown, with why, and cannot be picked.
    expect(screen.getByRole('radio', { name: /^broken/ })).toBeDisabled();
    expect(
      screen.getByText('cannot be used: manifest is not valid JSON'),
    ).toBeVisible();

    await userEvent.click(v10);
    expect(onChange).toHaveBeenLastCalledWith({
      ...llama,
      tag: 'v1.0',
      digest: digest('a'),
    });
  });

  it('shows a registry error in place when the versions cannot be read', async () => {
    await renderField(ModelVersionPicker, {
      value: { ...llama, tag: '' },
      api: {
        getModels: jest.fn().mockResolvedValue(modelList),
        getModelVersions: jest
          .fn()
          .mockRejectedValue(new Error('registry local: connect ECONNREFUSED')),
      },
    });
    expect(
      await screen.findByText(
        'The versions of models/llama-3.1-8b-instruct could not be read: registry local: connect ECONNREFUSED',
      ),
    ).toBeVisible();
    expect(screen.getByRole('combobox', { name: /Model/ })).toBeVisible();
  });

  it('does not suggest pushing a version when the repository could not be read', async () => {
    const unreadable = {
      ...modelList,
      models: [{ ...modelList.models[0], error: 'connect ECONNREFUSED' }],
    };
    await renderField(ModelVersionPicker, {
      value: { ...llama, tag: '' },
      api: {
        getModels: jest.fn().mockResolvedValue(unreadable),
        getModelVersions: jest
          .fn()
          .mockResolvedValue({ ...versionList, versions: [] }),
      },
    });
    expect(
      await screen.findByText(
        'No versions of models/llama-3.1-8b-instruct could be read: connect ECONNREFUSED',
      ),
    ).toBeVisible();
    expect(screen.queryByText(/has no versions yet/)).toBeNull();
  });

  it('says what to do when there are no models', async () => {
    await renderField(ModelVersionPicker, {
      api: {
        getModels: jest
          .fn()
          .mockResolvedValue({ ...modelList, registries: [], models: [] }),
      },
    });
    expect(await screen.findByText(/No models found/)).toBeVisible();
  });

  it('shows the error of the models list in place', async () => {
    const error = await ResponseError.fromResponse(
      new Response(
        JSON.stringify({
          error: { name: 'NotAllowedError', message: 'models.read denied' },
          response: { statusCode: 403 },
        }),
        { status: 403, headers: { 'Content-Type': 'application/json' } },
      ) as any,
    );
    await renderField(ModelVersionPicker, {
      api: { getModels: jest.fn().mockRejectedValue(error) },
    });
    expect(await screen.findByRole('alert')).toHaveTextContent(
      'The models could not be read: models.read denied',
    );
  });
});

describe('validateModelVersion', () => {
  it('asks for a model, then a version, and accepts a complete value', async () => {
    expect(await validate(validateModelVersion, undefined as any)).toEqual([
      'choose a model',
    ]);
    expect(await validate(validateModelVersion, { ...llama, tag: '' })).toEqual(
      ['choose a version of models/llama-3.1-8b-instruct'],
    );
    expect(
      await validate(validateModelVersion, {
        ...llama,
        tag: 'v1.0',
        digest: 'sha256:abc',
      }),
    ).toEqual(['the digest of v1.0 is not a sha256 digest: sha256:abc']);
    expect(
      await validate(validateModelVersion, {
        ...llama,
        tag: 'v1.0',
        digest: digest('a'),
      }),
    ).toEqual([]);
  });
});
