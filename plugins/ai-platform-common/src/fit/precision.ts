/**
 * Bytes per parameter of the precisions ModelPack's `config.precision` names
 * (and the short names Kitfiles and quantizers use). Sub-byte formats count
 * their packed size: int4 is half a byte.
 */
const BYTES: Record<string, number> = {
  float64: 8,
  fp64: 8,
  float32: 4,
  fp32: 4,
  tf32: 4,
  float16: 2,
  fp16: 2,
  half: 2,
  bfloat16: 2,
  bf16: 2,
  float8_e4m3: 1,
  float8_e5m2: 1,
  fp8: 1,
  int8: 1,
  uint8: 1,
  int4: 0.5,
  uint4: 0.5,
  nf4: 0.5,
  fp4: 0.5,
  mxfp4: 0.5,
  nvfp4: 0.5,
};

/** Quantization names that imply a storage width when precision does not say. */
const QUANTIZATION_BYTES: Array<[RegExp, number]> = [
  [/^(q8|int8|fp8|w8a8|w8a16)/i, 1],
  [/^(q4|awq|gptq|int4|w4a16|nf4|mxfp4)/i, 0.5],
  [/^(q2|q3)/i, 0.375],
  [/^(q5|q6)/i, 0.75],
];

/**
 * Bytes one parameter takes in `precision`; for mixed precisions
 * (`float16,float8_e4m3`) the widest, so that the estimate is never low.
 * With a quantization such as `q4_k_m` or `awq` the quantized width wins.
 * Undefined when neither names a known width.
 *
 * @public
 */
export function bytesPerParameter(
  precision?: string,
  quantization?: string,
): number | undefined {
  if (quantization) {
    const match = QUANTIZATION_BYTES.find(([pattern]) =>
      pattern.test(quantization.trim()),
    );
    if (match) return match[1];
  }
  if (!precision) return undefined;
  const widths = precision
    .split(',')
    .map(p => BYTES[p.trim().toLowerCase()])
    .filter((b): b is number => b !== undefined);
  return widths.length > 0 ? Math.max(...widths) : undefined;
}
