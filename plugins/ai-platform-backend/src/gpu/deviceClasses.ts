import { parse } from '@marcbachmann/cel-js';
import type {
  CachedObject,
  ClusterView,
  GpuDeviceClassRecogniser,
} from '@ai-platform/backstage-plugin-ai-platform-node';
import { amount } from './quantities';

/**
 * The DeviceClasses that hand out whole GPUs when configuration does not say
 * otherwise: NVIDIA's DRA driver (NVIDIA/k8s-dra-driver-gpu), AMD's
 * (ROCm/k8s-gpu-dra-driver) and Intel's (intel/intel-resource-drivers-for-kubernetes).
 */
export const DEFAULT_GPU_DEVICE_CLASSES = [
  'gpu.nvidia.com',
  'gpu.amd.com',
  'gpu.intel.com',
];

/**
 * Whether a DRA device class (by name, with its DeviceClass object when the
 * cache holds it) hands out GPUs.
 */
export type IsGpuDeviceClass = (name: string, object?: CachedObject) => boolean;

/**
 * The suite's own recogniser: a class whose name says so (`gpu.nvidia.com`,
 * `gpu.amd.com`, `gpu.intel.com`, `gpu.example.com`) hands out GPUs. It
 * answers only for such names and leaves every other class to others.
 */
export const gpuNameRecogniser: GpuDeviceClassRecogniser = {
  id: 'name',
  recognise: ({ name }) => (/gpu/i.test(name) ? true : undefined),
};

/**
 * One answer from the recognisers: the first that answers decides, in
 * order; a class none answers for is not a GPU class.
 */
export function deviceClassRecognition(
  recognisers: readonly GpuDeviceClassRecogniser[],
): IsGpuDeviceClass {
  return (name, object) => {
    for (const recogniser of recognisers) {
      const verdict = recogniser.recognise({ name, object });
      if (verdict !== undefined) return verdict;
    }
    return false;
  };
}

/**
 * The suite's configured recogniser: classes named in
 * `aiPlatform.gpu.deviceClasses` (exact names or `*` patterns; NVIDIA's,
 * AMD's and Intel's by default) hand out GPUs. It answers only for those and
 * leaves every other class to others.
 */
export function configuredDeviceClassRecogniser(
  configured: readonly string[] = DEFAULT_GPU_DEVICE_CLASSES,
): GpuDeviceClassRecogniser {
  const patterns = configured.map(
    p =>
      new RegExp(
        `^${p
          .split('*')
          .map(part => part.replace(/[.+?^${}()|[\]\\]/g, '\\$&'))
          .join('.*')}$`,
      ),
  );
  return {
    id: 'config',
    recognise: ({ name }) =>
      patterns.some(pattern => pattern.test(name)) ? true : undefined,
  };
}

/** The recognition of the suite's own recogniser only (the default configuration). */
export const suiteDeviceClassRecognition = deviceClassRecognition([
  configuredDeviceClassRecogniser(),
]);

/**
 * Whether a device class of one cluster hands out GPUs, with the cluster's
 * DeviceClass objects given to the recognisers.
 */
export function gpuClassesOf(
  view: ClusterView,
  recognition: IsGpuDeviceClass = suiteDeviceClassRecognition,
): (name: string) => boolean {
  const objects = new Map(
    view
      .list('resource.k8s.io/DeviceClass')
      .map(c => [c.metadata.name, c] as const),
  );
  return name => recognition(name, objects.get(name));
}

type Attribute = {
  int?: number;
  bool?: boolean;
  string?: string;
  version?: string;
};

/** One device of a ResourceSlice, in any served version (v1beta1 nests it under `basic`). */
export interface SliceDevice {
  name: string;
  attributes: Record<string, Attribute>;
  capacity: Record<string, { value?: unknown }>;
  allowMultipleAllocations?: boolean;
  nodeName?: string;
}

/** A device of v1/v1beta2 (flat) or v1beta1 (`basic`). */
export function readSliceDevice(raw: unknown): SliceDevice | undefined {
  if (!raw || typeof raw !== 'object') return undefined;
  const device = raw as Record<string, any>;
  if (typeof device.name !== 'string') return undefined;
  const body = (device.basic ?? device) as Record<string, any>;
  return {
    name: device.name,
    attributes:
      body.attributes && typeof body.attributes === 'object'
        ? body.attributes
        : {},
    capacity:
      body.capacity && typeof body.capacity === 'object' ? body.capacity : {},
    allowMultipleAllocations: body.allowMultipleAllocations,
    nodeName: typeof body.nodeName === 'string' ? body.nodeName : undefined,
  };
}

/**
 * Splits a qualified attribute or capacity name into domain and name;
 * unqualified names belong to the driver's own domain (as in DRA's CEL
 * environment).
 */
function qualify(driver: string, key: string): [string, string] {
  const slash = key.lastIndexOf('/');
  return slash < 0
    ? [driver, key]
    : [key.slice(0, slash), key.slice(slash + 1)];
}

/** The `device` variable of a DeviceClass selector, as the scheduler builds it. */
export function celDevice(driver: string, device: SliceDevice) {
  const attributes: Record<string, Record<string, unknown>> = {};
  for (const [key, value] of Object.entries(device.attributes)) {
    const [domain, name] = qualify(driver, key);
    const v =
      value?.int !== undefined
        ? BigInt(Math.trunc(Number(value.int)))
        : value?.bool ?? value?.string ?? value?.version;
    if (v === undefined) continue;
    (attributes[domain] ??= {})[name] = v;
  }
  const capacity: Record<string, Record<string, unknown>> = {};
  for (const [key, value] of Object.entries(device.capacity)) {
    const [domain, name] = qualify(driver, key);
    const v = amount(value?.value);
    if (v === undefined) continue;
    (capacity[domain] ??= {})[name] = v;
  }
  return {
    driver,
    attributes,
    capacity,
    allowMultipleAllocations: Boolean(device.allowMultipleAllocations),
  };
}

/** The value of an attribute by its unqualified name or qualified by the driver. */
export function attributeOf(
  driver: string,
  device: SliceDevice,
  name: string,
): Attribute | undefined {
  return device.attributes[name] ?? device.attributes[`${driver}/${name}`];
}

type Selector = (context: { device: unknown }) => unknown;

interface GpuClass {
  name: string;
  /** Compiled CEL selectors (all must hold); undefined when the DeviceClass object is not in the cluster. */
  selectors?: Selector[];
}

function compileSelectors(deviceClass: CachedObject): Selector[] | undefined {
  const spec = (deviceClass.spec ?? {}) as {
    selectors?: Array<{ cel?: { expression?: string } }>;
  };
  const out: Selector[] = [];
  for (const selector of spec.selectors ?? []) {
    const expression = selector?.cel?.expression;
    if (typeof expression !== 'string') continue;
    try {
      out.push(parse(expression) as unknown as Selector);
    } catch {
      // An unparseable selector matches nothing (the DeviceClass inspector reports it).
      return undefined;
    }
  }
  return out;
}

/** Why a DeviceClass's selectors cannot be evaluated, for the cluster's health. */
export function inspectDeviceClass(deviceClass: CachedObject): string[] {
  const spec = (deviceClass.spec ?? {}) as {
    selectors?: Array<{ cel?: { expression?: string } }>;
  };
  const problems: string[] = [];
  (spec.selectors ?? []).forEach((selector, i) => {
    const expression = selector?.cel?.expression;
    if (typeof expression !== 'string') return;
    try {
      parse(expression);
    } catch (error) {
      problems.push(
        `spec.selectors[${i}].cel.expression cannot be read (${
          (error as Error).message.split('\n')[0]
        }); the class matches no device here`,
      );
    }
  });
  return problems;
}

/**
 * Which devices are GPUs. Which DeviceClasses hand out GPUs is the
 * recognisers' answer (configuration, `aiPlatform.gpu.deviceClasses`, by
 * default; backend modules may add recognisers); a device is a GPU when it
 * matches every selector of such a class present in the cluster, evaluated
 * as the scheduler evaluates them (CEL). Where a GPU class's object is not
 * in the cluster, devices of the driver of that name count unless the
 * driver marks them as partitions (`type: mig`, `amdgpu-partition`).
 */
export class GpuDeviceClasses {
  private readonly classes: GpuClass[];
  private readonly present: ReadonlySet<string>;

  constructor(
    deviceClasses: ReadonlyArray<CachedObject>,
    readonly isGpuClass: (name: string) => boolean = name =>
      suiteDeviceClassRecognition(name),
  ) {
    this.present = new Set(deviceClasses.map(c => c.metadata.name));
    this.classes = deviceClasses
      .filter(c => isGpuClass(c.metadata.name))
      .map(object => ({
        name: object.metadata.name,
        selectors: compileSelectors(object) ?? [() => false],
      }));
  }

  /** The GPU class a device belongs to, or undefined when it is not a GPU. */
  classOf(driver: string, device: SliceDevice): string | undefined {
    const matched = this.classes.length
      ? this.matchingClass({ device: celDevice(driver, device) })
      : undefined;
    if (matched) return matched;
    if (
      !this.present.has(driver) &&
      this.isGpuClass(driver) &&
      !isPartition(driver, device)
    ) {
      return driver;
    }
    return undefined;
  }

  private matchingClass(context: { device: unknown }): string | undefined {
    return this.classes.find(c => c.selectors!.every(s => holds(s, context)))
      ?.name;
  }
}

/** A selector error (a missing attribute of another driver) means "no match", as in the scheduler. */
function holds(selector: Selector, context: { device: unknown }): boolean {
  try {
    return selector(context) === true;
  } catch {
    return false;
  }
}

/** NVIDIA marks MIG devices `type: mig`, AMD partitions `type: amdgpu-partition`. */
function isPartition(driver: string, device: SliceDevice): boolean {
  const type = attributeOf(driver, device, 'type')?.string;
  return type !== undefined && !/gpu$/i.test(type);
}

/** `aiPlatform.gpu.deviceClasses`, or the defaults. */
export function readGpuDeviceClassConfig(config: {
  getOptionalStringArray(key: string): string[] | undefined;
}): string[] {
  const configured = config.getOptionalStringArray(
    'aiPlatform.gpu.deviceClasses',
  );
  return configured && configured.length > 0
    ? configured
    : DEFAULT_GPU_DEVICE_CLASSES;
}
