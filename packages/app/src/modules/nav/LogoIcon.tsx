const MARK = '#7df3e1';
const chip = { fill: 'none', stroke: MARK, strokeWidth: 6 };
const pins = { stroke: MARK, strokeWidth: 6, strokeLinecap: 'round' as const };

/** The AI Platform mark: an accelerator chip with a node graph on its die. */
export const LogoIcon = () => {
  return (
    <svg
      width={28}
      height={28}
      style={{ flexShrink: 0 }}
      xmlns="http://www.w3.org/2000/svg"
      viewBox="0 0 100 100"
      role="img"
      aria-label="AI Platform"
    >
      <rect {...chip} x="18" y="18" width="64" height="64" rx="10" />
      <path
        {...pins}
        d="M34 4v12M50 4v12M66 4v12M34 84v12M50 84v12M66 84v12M4 34h12M4 50h12M4 66h12M84 34h12M84 50h12M84 66h12"
      />
      <path {...pins} d="M36 62L50 38L64 62Z" />
      <circle fill={MARK} cx="50" cy="38" r="7" />
      <circle fill={MARK} cx="36" cy="62" r="7" />
      <circle fill={MARK} cx="64" cy="62" r="7" />
    </svg>
  );
};
