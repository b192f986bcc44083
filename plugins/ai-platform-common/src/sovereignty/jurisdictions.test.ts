import {
  EU_MEMBER_STATES,
  isEuJurisdiction,
  isJurisdictionCode,
  jurisdictionWithin,
  wellKnownRegionCountry,
} from './jurisdictions';

describe('jurisdictions', () => {
  it('lists the 27 EU member states once each', () => {
    expect(new Set(EU_MEMBER_STATES).size).toBe(27);
  });

  it('lets EU cover every member state but no other country', () => {
    for (const member of EU_MEMBER_STATES) {
      expect(jurisdictionWithin('EU', member)).toBe(true);
    }
    expect(jurisdictionWithin('EU', 'CH')).toBe(false);
    expect(jurisdictionWithin('EU', 'GB')).toBe(false);
    expect(jurisdictionWithin('EU', 'US')).toBe(false);
  });

  it('does not let a single country cover the whole EU', () => {
    expect(jurisdictionWithin('DE', 'EU')).toBe(false);
    expect(jurisdictionWithin('de', 'DE')).toBe(true);
  });

  it('recognises EU jurisdictions, including the EU code EL for Greece', () => {
    expect(isEuJurisdiction('EU')).toBe(true);
    expect(isEuJurisdiction('el')).toBe(true);
    expect(isEuJurisdiction('NO')).toBe(false);
  });

  it('accepts two-letter codes only', () => {
    expect(isJurisdictionCode('fr')).toBe(true);
    expect(isJurisdictionCode('EU')).toBe(true);
    expect(isJurisdictionCode('Europe')).toBe(false);
    expect(isJurisdictionCode('eu-only')).toBe(false);
  });

  it('knows the country of a few well-known cloud regions only', () => {
    expect(wellKnownRegionCountry('US-EAST-1')).toBe('US');
    expect(wellKnownRegionCountry('eu-west-3')).toBe('FR');
    expect(wellKnownRegionCountry('de-fra-1')).toBeUndefined();
  });
});
