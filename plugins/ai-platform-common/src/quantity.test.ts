import {
  compareQuantities,
  parseAmount,
  parseDeviceCount,
  parseQuantity,
  Quantity,
  QuantityFormat,
  quantityMilliValue,
  quantityValue,
} from './quantity';

/**
 * Cases from kubernetes/apimachinery pkg/api/resource/quantity_test.go
 * (TestQuantityParse, TestQuantityRoundUp, TestQuantityParseEmit;
 * commit 357557a670d84c30ef3b5355f02c11d8aba5a941). `dec(i, e)` is i×10^e
 * as there.
 */
const dec = (i: bigint | number, exponent: number) => ({
  mantissa: BigInt(i),
  exponent,
});
const MAX_INT64 = (1n << 63n) - 1n;

const table: Array<
  [string, { mantissa: bigint; exponent: number }, QuantityFormat]
> = [
  ['0', dec(0, 0), 'DecimalSI'],
  ['0n', dec(0, 0), 'DecimalSI'],
  ['0u', dec(0, 0), 'DecimalSI'],
  ['0m', dec(0, 0), 'DecimalSI'],
  ['0Ki', dec(0, 0), 'BinarySI'],
  ['0k', dec(0, 0), 'DecimalSI'],
  ['0Mi', dec(0, 0), 'BinarySI'],
  ['0M', dec(0, 0), 'DecimalSI'],
  ['0Gi', dec(0, 0), 'BinarySI'],
  ['0G', dec(0, 0), 'DecimalSI'],
  ['0Ti', dec(0, 0), 'BinarySI'],
  ['0T', dec(0, 0), 'DecimalSI'],
  // Quantity less numbers are allowed
  ['1', dec(1, 0), 'DecimalSI'],
  // Binary suffixes
  ['1Ki', dec(1024, 0), 'BinarySI'],
  ['8Ki', dec(8 * 1024, 0), 'BinarySI'],
  ['7Mi', dec(7 * 1024 * 1024, 0), 'BinarySI'],
  ['6Gi', dec(6 * 1024 * 1024 * 1024, 0), 'BinarySI'],
  ['5Ti', dec(5n * 1024n ** 4n, 0), 'BinarySI'],
  ['4Pi', dec(4n * 1024n ** 5n, 0), 'BinarySI'],
  ['3Ei', dec(3n * 1024n ** 6n, 0), 'BinarySI'],
  ['10Ti', dec(10n * 1024n ** 4n, 0), 'BinarySI'],
  ['100Ti', dec(100n * 1024n ** 4n, 0), 'BinarySI'],
  // Decimal suffixes
  ['5n', dec(5, -9), 'DecimalSI'],
  ['4u', dec(4, -6), 'DecimalSI'],
  ['3m', dec(3, -3), 'DecimalSI'],
  ['9', dec(9, 0), 'DecimalSI'],
  ['8k', dec(8, 3), 'DecimalSI'],
  ['50k', dec(5, 4), 'DecimalSI'],
  ['7M', dec(7, 6), 'DecimalSI'],
  ['6G', dec(6, 9), 'DecimalSI'],
  ['5T', dec(5, 12), 'DecimalSI'],
  ['40T', dec(4, 13), 'DecimalSI'],
  ['300T', dec(3, 14), 'DecimalSI'],
  ['2P', dec(2, 15), 'DecimalSI'],
  ['1E', dec(1, 18), 'DecimalSI'],
  // Decimal exponents
  ['1E-3', dec(1, -3), 'DecimalExponent'],
  ['1e3', dec(1, 3), 'DecimalExponent'],
  ['1E6', dec(1, 6), 'DecimalExponent'],
  ['1e9', dec(1, 9), 'DecimalExponent'],
  ['1E12', dec(1, 12), 'DecimalExponent'],
  ['1e15', dec(1, 15), 'DecimalExponent'],
  ['1E18', dec(1, 18), 'DecimalExponent'],
  // Nonstandard but still parsable
  ['1e14', dec(1, 14), 'DecimalExponent'],
  ['1e13', dec(1, 13), 'DecimalExponent'],
  ['100.035k', dec(100035, 0), 'DecimalSI'],
  // Things that look like floating point
  ['0.001', dec(1, -3), 'DecimalSI'],
  ['0.0005k', dec(5, -1), 'DecimalSI'],
  ['0.005', dec(5, -3), 'DecimalSI'],
  ['0.05', dec(5, -2), 'DecimalSI'],
  ['0.5', dec(5, -1), 'DecimalSI'],
  ['0.00050k', dec(5, -1), 'DecimalSI'],
  ['0.00500', dec(5, -3), 'DecimalSI'],
  ['0.05000', dec(5, -2), 'DecimalSI'],
  ['0.50000', dec(5, -1), 'DecimalSI'],
  ['0.5e0', dec(5, -1), 'DecimalExponent'],
  ['0.5e-1', dec(5, -2), 'DecimalExponent'],
  ['0.5e-2', dec(5, -3), 'DecimalExponent'],
  ['10.035M', dec(10035, 3), 'DecimalSI'],
  ['1.2e3', dec(12, 2), 'DecimalExponent'],
  ['1.3E+6', dec(13, 5), 'DecimalExponent'],
  ['1.40e9', dec(14, 8), 'DecimalExponent'],
  ['1.53E12', dec(153, 10), 'DecimalExponent'],
  ['1.6e15', dec(16, 14), 'DecimalExponent'],
  ['1.7E18', dec(17, 17), 'DecimalExponent'],
  ['9.01', dec(901, -2), 'DecimalSI'],
  ['8.1k', dec(81, 2), 'DecimalSI'],
  ['7.123456M', dec(7123456, 0), 'DecimalSI'],
  ['6.987654321G', dec(6987654321, 0), 'DecimalSI'],
  ['5.444T', dec(5444, 9), 'DecimalSI'],
  ['40.1T', dec(401, 11), 'DecimalSI'],
  ['300.2T', dec(3002, 11), 'DecimalSI'],
  ['2.5P', dec(25, 14), 'DecimalSI'],
  ['1.01E', dec(101, 16), 'DecimalSI'],
  // Things that saturate/round
  ['3.001n', dec(4, -9), 'DecimalSI'],
  ['1.1E-9', dec(2, -9), 'DecimalExponent'],
  ['0.0000000001', dec(1, -9), 'DecimalSI'],
  ['0.0000000005', dec(1, -9), 'DecimalSI'],
  ['0.00000000050', dec(1, -9), 'DecimalSI'],
  ['0.5e-9', dec(1, -9), 'DecimalExponent'],
  ['0.9n', dec(1, -9), 'DecimalSI'],
  ['0.00000012345', dec(124, -9), 'DecimalSI'],
  ['0.00000012354', dec(124, -9), 'DecimalSI'],
  ['9Ei', dec(MAX_INT64, 0), 'BinarySI'],
  ['9223372036854775807Ki', dec(MAX_INT64, 0), 'BinarySI'],
  ['12E', dec(12, 18), 'DecimalSI'],
  // We'll accept fractional binary stuff, too.
  ['100.035Ki', dec(10243584, -2), 'BinarySI'],
  ['0.5Mi', dec(0.5 * 1024 * 1024, 0), 'BinarySI'],
  ['0.05Gi', dec(536870912, -1), 'BinarySI'],
  ['0.025Ti', dec(274877906944, -1), 'BinarySI'],
  // Things written by trolls
  ['0.000000000001Ki', dec(2, -9), 'DecimalSI'],
  ['.001', dec(1, -3), 'DecimalSI'],
  ['.0001k', dec(100, -3), 'DecimalSI'],
  ['1.', dec(1, 0), 'DecimalSI'],
  ['1.G', dec(1, 9), 'DecimalSI'],
];

const invalid = [
  '1.1.M',
  '1+1.0M',
  '0.1mi',
  '0.1am',
  'aoeu',
  '.5i',
  '1i',
  '-3.01i',
  '-3.01e-',
  // trailing whitespace is forbidden
  ' 1',
  '1 ',
  '',
];

function parsed(input: string): Quantity {
  const result = parseQuantity(input);
  if (!result.ok) throw new Error(`${input}: ${result.reason}`);
  return result.quantity;
}

const expected = (
  value: { mantissa: bigint; exponent: number },
  format: QuantityFormat,
): Quantity => ({ ...value, format });

describe('parseQuantity (apimachinery TestQuantityParse)', () => {
  it.each(table)('reads %s', (input, value, format) => {
    const q = parsed(input);
    expect(compareQuantities(q, expected(value, format))).toBe(0);
    expect(q.format).toBe(format);
  });

  it.each(table)('reads -%s as the negative', (input, value, format) => {
    const q = parsed(`-${input}`);
    expect(
      compareQuantities(
        q,
        expected({ ...value, mantissa: -value.mantissa }, format),
      ),
    ).toBe(0);
    expect(q.format).toBe(format);
  });

  it.each(table)('reads +%s as the same', (input, value, format) => {
    const q = parsed(`+${input}`);
    expect(compareQuantities(q, expected(value, format))).toBe(0);
  });

  it.each(invalid)('rejects %p', input => {
    expect(parseQuantity(input).ok).toBe(false);
  });

  it('rejects what is not a string or a finite number', () => {
    for (const input of [undefined, null, {}, [], true, NaN, Infinity]) {
      expect(parseQuantity(input).ok).toBe(false);
    }
    expect(parsed('8')).toEqual(
      parseQuantity(8).ok && (parseQuantity(8) as any).quantity,
    );
  });
});

describe('rounding (apimachinery TestQuantityRoundUp, Value, MilliValue)', () => {
  it.each([
    ['9.01', 10n, 9010n],
    ['-9.01', -10n, -9010n],
    ['1e3', 1000n, 1000000n],
    ['500m', 1n, 500n],
    ['1Ki', 1024n, 1024000n],
    ['0.000000000001Ki', 1n, 1n],
    ['2k', 2000n, 2000000n],
  ])('%s has Value %s and MilliValue %s', (input, value, milli) => {
    expect(quantityValue(parsed(input))).toBe(value);
    expect(quantityMilliValue(parsed(input))).toBe(milli);
  });
});

describe('parseDeviceCount', () => {
  it('counts whole devices, rounding up as the scheduler does', () => {
    expect(parseDeviceCount('8')).toEqual({ ok: true, count: 8 });
    expect(parseDeviceCount(8)).toEqual({ ok: true, count: 8 });
    expect(parseDeviceCount('1e3')).toEqual({ ok: true, count: 1000 });
    expect(parseDeviceCount('2k')).toEqual({ ok: true, count: 2000 });
    expect(parseDeviceCount('1500m')).toEqual({ ok: true, count: 2 });
    expect(parseDeviceCount('0')).toEqual({ ok: true, count: 0 });
  });

  it('refuses negative, non-finite, absurd and unreadable counts with a reason', () => {
    for (const input of [
      '-4',
      '-1e3',
      'eight',
      '8 ',
      '1e400',
      '9Ei',
      NaN,
      -1,
    ]) {
      const result = parseDeviceCount(input);
      expect(result.ok).toBe(false);
      expect((result as { reason: string }).reason).toMatch(/\S/);
    }
    expect(parseDeviceCount('-4')).toEqual({
      ok: false,
      reason: "'-4' is negative",
    });
  });

  it('does not hang on enormous or tiny exponents', () => {
    expect(parseDeviceCount('1e999999999').ok).toBe(false);
    expect(parseDeviceCount('1e-999999999')).toEqual({ ok: true, count: 1 });
  });
});

describe('parseAmount', () => {
  it('reads amounts in their own unit', () => {
    expect(parseAmount('80Gi')).toEqual({ ok: true, amount: 80 * 2 ** 30 });
    expect(parseAmount('24000')).toEqual({ ok: true, amount: 24000 });
    expect(parseAmount('-1').ok).toBe(false);
    expect(parseAmount('1e999').ok).toBe(false);
  });
});
