/**
 * Kubernetes resource quantities, read the way the API server reads them
 * (`k8s.io/apimachinery/pkg/api/resource`, `ParseQuantity`): an optional
 * sign, a decimal number (`1`, `1.5`, `.5`, `1.`), and one suffix, binary SI
 * (`Ki` … `Ei`), decimal SI (`n`, `u`, `m`, none, `k`, `M`, `G`, `T`, `P`,
 * `E`) or a decimal exponent (`e3`, `E-3`, `e+6`). No whitespace. Values are
 * kept exactly (as an integer mantissa and a power of ten), rounded up to
 * the nano unit as apimachinery does, and binary values are capped at
 * 2^63 - 1.
 *
 * One parser serves every reader (nodes, pods, quotas, queues, DRA), in the
 * browser and the backend alike.
 */

/**
 * How a quantity was written (apimachinery's `Format`).
 *
 * @public
 */
export type QuantityFormat = 'DecimalSI' | 'BinarySI' | 'DecimalExponent';

/**
 * An exact quantity: `mantissa × 10^exponent`.
 *
 * @public
 */
export interface Quantity {
  mantissa: bigint;
  exponent: number;
  format: QuantityFormat;
}

/**
 * The outcome of reading a quantity: the quantity, or why it is not one.
 *
 * @public
 */
export type QuantityResult =
  | { ok: true; quantity: Quantity }
  | { ok: false; reason: string };

const DECIMAL_SUFFIXES: Record<string, number> = {
  n: -9,
  u: -6,
  m: -3,
  '': 0,
  k: 3,
  M: 6,
  G: 9,
  T: 12,
  P: 15,
  E: 18,
};
const BINARY_SUFFIXES: Record<string, number> = {
  Ki: 10,
  Mi: 20,
  Gi: 30,
  Ti: 40,
  Pi: 50,
  Ei: 60,
};
const MAX_INT64 = (1n << 63n) - 1n;
const NANO = -9;
/** Beyond 10^400 no quantity is a finite number; whole values are not computed. */
const MAX_DECIMAL_EXPONENT = 400;

function interpretSuffix(
  suffix: string,
): { base: 10 | 2; exponent: number; format: QuantityFormat } | undefined {
  if (suffix in DECIMAL_SUFFIXES) {
    return {
      base: 10,
      exponent: DECIMAL_SUFFIXES[suffix],
      format: 'DecimalSI',
    };
  }
  if (suffix in BINARY_SUFFIXES) {
    return { base: 2, exponent: BINARY_SUFFIXES[suffix], format: 'BinarySI' };
  }
  if (suffix.length > 1 && (suffix[0] === 'e' || suffix[0] === 'E')) {
    // A decimal exponent: an integer, optionally signed.
    const digits = suffix.slice(1);
    if (!/^[+-]?\d+$/.test(digits)) return undefined;
    const exponent = Number(digits);
    if (!Number.isSafeInteger(exponent)) return undefined;
    return { base: 10, exponent, format: 'DecimalExponent' };
  }
  return undefined;
}

const QUANTITY_SHAPE =
  /^([+-]?)(\d*)(?:\.(\d*))?([eEinumkKMGTP]*(?:[+-]?\d+)?)$/;

/** Divides rounding away from zero (apimachinery's `inf.RoundUp`). */
function divideAwayFromZero(value: bigint, divisor: bigint): bigint {
  const quotient = value / divisor;
  return quotient * divisor === value
    ? quotient
    : quotient + (value < 0n ? -1n : 1n);
}

/**
 * Reads a quantity written as a string (as on the wire) or a JSON number
 * (as some CRDs carry it).
 *
 * @public
 */
export function parseQuantity(input: unknown): QuantityResult {
  if (typeof input === 'number') {
    if (!Number.isFinite(input)) {
      return { ok: false, reason: `${input} is not a finite number` };
    }
    // A JSON number is read as its shortest decimal form.
    return parseQuantity(String(input).replace('e+', 'e'));
  }
  if (typeof input !== 'string') {
    return {
      ok: false,
      reason: `expected a quantity string or number, got ${
        input === null ? 'null' : typeof input
      }`,
    };
  }
  if (input.length === 0) return { ok: false, reason: 'empty quantity' };
  const quote = `'${input.length > 40 ? `${input.slice(0, 40)}…` : input}'`;
  const match = QUANTITY_SHAPE.exec(input);
  if (!match) {
    return { ok: false, reason: `${quote} is not a Kubernetes quantity` };
  }
  const [, sign, whole, fraction = '', suffix] = match;
  const unit = interpretSuffix(suffix);
  if (!unit) {
    return { ok: false, reason: `${quote} has an unknown suffix '${suffix}'` };
  }
  const digits = `${whole}${fraction}`.replace(/^0+(?=\d)/, '') || '0';
  let mantissa = BigInt(digits);
  let exponent = -fraction.length;
  if (unit.base === 10) {
    exponent += unit.exponent;
  } else {
    mantissa <<= BigInt(unit.exponent);
  }
  if (sign === '-') mantissa = -mantissa;
  let format = unit.format;
  // Non-zero values are rounded up (away from zero) to the nano unit.
  if (mantissa !== 0n && exponent < NANO) {
    const shift = NANO - exponent;
    const magnitudeDigits = (mantissa < 0n ? -mantissa : mantissa).toString()
      .length;
    // Below one nano unit: rounds to one nano (written out, 10^shift could be huge).
    const oneNano = mantissa < 0n ? -1n : 1n;
    mantissa =
      shift > magnitudeDigits
        ? oneNano
        : divideAwayFromZero(mantissa, 10n ** BigInt(shift));
    exponent = NANO;
  }
  if (mantissa === 0n)
    return { ok: true, quantity: { mantissa, exponent: 0, format } };
  if (format === 'BinarySI') {
    const magnitude = mantissa < 0n ? -mantissa : mantissa;
    if (compare(magnitude, exponent, MAX_INT64, 0) > 0) {
      mantissa = mantissa < 0n ? -MAX_INT64 : MAX_INT64;
      exponent = 0;
    } else if (compare(magnitude, exponent, 1n, 0) < 0) {
      // Binary fractions under one are shown as decimal.
      format = 'DecimalSI';
    }
  }
  return { ok: true, quantity: { mantissa, exponent, format } };
}

/** Compares a×10^ea with b×10^eb. */
function compare(a: bigint, ea: number, b: bigint, eb: number): number {
  const e = Math.min(ea, eb);
  const left = a * 10n ** BigInt(ea - e);
  const right = b * 10n ** BigInt(eb - e);
  if (left === right) return 0;
  return left > right ? 1 : -1;
}

/**
 * Compares two quantities: negative, zero or positive.
 *
 * @public
 */
export function compareQuantities(a: Quantity, b: Quantity): number {
  return compare(a.mantissa, a.exponent, b.mantissa, b.exponent);
}

/**
 * The quantity as a whole number, rounded up (away from zero) as
 * apimachinery's `Value()` does, which is what the scheduler compares for
 * extended resources such as GPUs.
 *
 * @public
 */
export function quantityValue(q: Quantity): bigint {
  if (q.exponent > MAX_DECIMAL_EXPONENT) {
    throw new RangeError(`quantity exponent ${q.exponent} is out of range`);
  }
  if (q.exponent >= 0) return q.mantissa * 10n ** BigInt(q.exponent);
  return divideAwayFromZero(q.mantissa, 10n ** BigInt(-q.exponent));
}

/**
 * The quantity in thousandths, rounded up as `MilliValue()` does.
 *
 * @public
 */
export function quantityMilliValue(q: Quantity): bigint {
  return quantityValue({ ...q, exponent: q.exponent + 3 });
}

/**
 * The quantity as a floating-point number (may lose precision, may be
 * infinite for absurd exponents).
 *
 * @public
 */
export function quantityToNumber(q: Quantity): number {
  return Number(`${q.mantissa}e${q.exponent}`);
}

/**
 * A count of devices (GPUs, MIG slices, shared slots, DRA devices) from a
 * quantity: a finite whole number, zero or more, rounded up like the
 * scheduler's `Value()`. Anything else is refused with a reason, so callers
 * can say which object and field they could not use.
 *
 * @public
 */
export function parseDeviceCount(
  input: unknown,
): { ok: true; count: number } | { ok: false; reason: string } {
  const parsed = parseQuantity(input);
  if (!parsed.ok) return parsed;
  const q = parsed.quantity;
  if (q.mantissa < 0n) {
    return { ok: false, reason: `${describe(input)} is negative` };
  }
  const digits = q.mantissa.toString().length;
  if (
    q.exponent + digits > 16 ||
    quantityValue(q) > BigInt(Number.MAX_SAFE_INTEGER)
  ) {
    return {
      ok: false,
      reason: `${describe(input)} is too large to be a number of devices`,
    };
  }
  return { ok: true, count: Number(quantityValue(q)) };
}

/**
 * A non-negative quantity as a finite number in its own unit (memory in
 * bytes, GPU memory or cores as the resource defines them), or why not.
 *
 * @public
 */
export function parseAmount(
  input: unknown,
): { ok: true; amount: number } | { ok: false; reason: string } {
  const parsed = parseQuantity(input);
  if (!parsed.ok) return parsed;
  if (parsed.quantity.mantissa < 0n) {
    return { ok: false, reason: `${describe(input)} is negative` };
  }
  const amount = quantityToNumber(parsed.quantity);
  if (!Number.isFinite(amount)) {
    return { ok: false, reason: `${describe(input)} is not a finite amount` };
  }
  return { ok: true, amount };
}

function describe(input: unknown): string {
  return typeof input === 'string' ? `'${input}'` : String(input);
}
