import { builtinResourceTypes } from '../resources/builtins';
import { KubeObject } from '../types';
import { fieldValues, parseFieldSelector } from './fieldSelector';

const pods = builtinResourceTypes().find(t => t.kind === 'Pod')!;
const pod: KubeObject = {
  apiVersion: 'v1',
  kind: 'Pod',
  metadata: { name: 'llama-0', namespace: 'team-vision' },
  spec: { nodeName: 'gpu-node-01' },
  status: { phase: 'Running' },
};

function matches(selector: string, object: KubeObject) {
  const parsed = parseFieldSelector(selector, pods);
  return parsed.matches(fieldValues(object, parsed.fields));
}

describe('parseFieldSelector', () => {
  it('matches metadata, spec and status fields with =, == and !=', () => {
    expect(matches('metadata.name=llama-0', pod)).toBe(true);
    expect(matches('metadata.namespace==team-vision', pod)).toBe(true);
    expect(
      matches('spec.nodeName=gpu-node-01,status.phase!=Pending', pod),
    ).toBe(true);
    expect(matches('status.phase=Pending', pod)).toBe(false);
  });

  it('reads an absent field as the empty string, as the apiserver does', () => {
    const pending = { ...pod, spec: {} };
    expect(matches('spec.nodeName=', pending)).toBe(true);
    expect(matches('spec.nodeName!=', pod)).toBe(true);
  });

  it('rejects fields the kind does not support', () => {
    expect(() => parseFieldSelector('spec.containers=x', pods)).toThrow(
      'field label not supported: spec.containers',
    );
  });
});
