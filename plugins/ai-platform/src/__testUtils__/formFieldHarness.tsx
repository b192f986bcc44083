import {
  ClusterPlacement,
  ClusterPlacementList,
  DEFAULT_SOVEREIGNTY_RULES,
  evaluateSovereignty,
  SOVEREIGNTY_LABELS,
} from '@ai-platform/backstage-plugin-ai-platform-common';
import {
  renderInTestApp,
  TestApiProvider,
} from '@backstage/frontend-test-utils';
import type { FieldExtensionComponentProps } from '@backstage/plugin-scaffolder-react';
import { ComponentType, useState } from 'react';
import { type AiPlatformApi, aiPlatformApiRef } from '../api';
import { fraGpus, parGpus, use1Gpus } from '../testing/gpuFixtures';

/**
 * Renders a scaffolder field as the scaffolder's form does: with its value
 * kept in state, and the whole form's data in `formContext.formData`.
 */
export async function renderField<T, O = {}>(
  Field: ComponentType<FieldExtensionComponentProps<T, O>>,
  options: {
    api: Partial<AiPlatformApi>;
    value?: T;
    formData?: Record<string, unknown>;
    uiOptions?: O;
    title?: string;
  },
) {
  const onChange = jest.fn();
  function Harness() {
    const [value, setValue] = useState<T | undefined>(options.value);
    const props = {
      schema: { title: options.title },
      uiSchema: options.uiOptions ? { 'ui:options': options.uiOptions } : {},
      idSchema: { $id: 'root_field' },
      formData: value,
      formContext: { formData: options.formData ?? {} },
      rawErrors: [],
      required: true,
      disabled: false,
      readonly: false,
      name: 'field',
      onChange: (next: T) => {
        onChange(next);
        setValue(next);
      },
    } as unknown as FieldExtensionComponentProps<T, O>;
    return <Field {...props} />;
  }
  await renderInTestApp(
    <TestApiProvider apis={[[aiPlatformApiRef, options.api]]}>
      <Harness />
    </TestApiProvider>,
  );
  return { onChange };
}

/** Runs a field's validation the way the scaffolder does, and returns its messages. */
export async function validate<T, O>(
  validation: (
    value: T,
    field: { addError: (message: string) => void },
    context: any,
  ) => void | Promise<void>,
  value: T,
  options: {
    api?: Partial<AiPlatformApi>;
    formData?: Record<string, unknown>;
    uiOptions?: O;
  } = {},
): Promise<string[]> {
  const errors: string[] = [];
  await validation(
    value,
    { addError: (message: string) => errors.push(message) },
    {
      apiHolder: { get: () => options.api },
      formData: options.formData ?? {},
      schema: {},
      uiSchema: options.uiOptions ? { 'ui:options': options.uiOptions } : {},
    },
  );
  return errors;
}

const EXPOSURE: Record<string, string> = {
  'eu-sovereign-fra': 'none',
  'eu-hyperscaler-par': 'none',
  'us-east-virginia': 'us-cloud-act',
};

/** Every demo cluster judged by the real evaluator and the default rules. */
export function clusterPlacements(
  classification: string,
): ClusterPlacementList {
  const items: ClusterPlacement[] = [fraGpus, parGpus, use1Gpus].map(c => {
    const labels = {
      ...c.labels,
      [SOVEREIGNTY_LABELS.nonEuLawExposure]: EXPOSURE[c.cluster],
    };
    const evaluation = evaluateSovereignty(
      {
        kind: 'workload',
        name: c.cluster,
        classification,
        placement: { cluster: labels },
      },
      DEFAULT_SOVEREIGNTY_RULES,
    );
    return {
      cluster: c.cluster,
      ...(c.title ? { title: c.title } : {}),
      labels,
      health: c.health,
      status: evaluation.status,
      classification: evaluation.classification,
      placement: `cluster ${c.cluster}`,
      findings: evaluation.findings,
    };
  });
  return { classification, items };
}
