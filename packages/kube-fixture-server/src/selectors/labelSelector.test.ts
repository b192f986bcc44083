import { StatusError } from '../errors';
import { parseLabelSelector } from './labelSelector';

const gpuNode = {
  'nvidia.com/gpu.product': 'NVIDIA-H100-80GB-HBM3',
  'nvidia.com/gpu.count': '8',
  'kubernetes.io/os': 'linux',
};

describe('parseLabelSelector', () => {
  it.each([
    ['', true],
    ['nvidia.com/gpu.count=8', true],
    ['nvidia.com/gpu.count==8', true],
    ['nvidia.com/gpu.count!=8', false],
    ['nvidia.com/gpu.count!=4', true],
    ['missing!=x', true],
    ['nvidia.com/gpu.product in (NVIDIA-H100-80GB-HBM3, NVIDIA-L40S)', true],
    ['nvidia.com/gpu.product in (NVIDIA-L40S)', false],
    ['nvidia.com/gpu.product notin (NVIDIA-L40S)', true],
    ['missing notin (a)', true],
    ['missing in (a)', false],
    ['nvidia.com/gpu.product', true],
    ['missing', false],
    ['!missing', true],
    ['!nvidia.com/gpu.product', false],
    ['kubernetes.io/os=linux,nvidia.com/gpu.count in (4,8),!missing', true],
    ['kubernetes.io/os=linux,nvidia.com/gpu.count in (1,2)', false],
  ])('evaluates %p on a GPU node as %p', (selector, expected) => {
    expect(parseLabelSelector(selector)(gpuNode)).toBe(expected);
  });

  it.each(['a b', 'key in a,b', '=x', 'bad key=1', 'a>1'])(
    'rejects %p with a 400 that quotes the requirement',
    selector => {
      expect(() => parseLabelSelector(selector)).toThrow(StatusError);
      expect(() => parseLabelSelector(selector)).toThrow(
        /unable to parse requirement/,
      );
    },
  );
});
