import { renderInTestApp } from '@backstage/frontend-test-utils';
import { screen } from '@testing-library/react';
import { SupplyChainMarks } from './SupplyChainMarks';

describe('SupplyChainMarks', () => {
  it('says signed, unsigned, SBOM or no SBOM', async () => {
    await renderInTestApp(<SupplyChainMarks signed sbom={false} />);
    expect(screen.getByLabelText('Signed')).toBeVisible();
    expect(screen.getByLabelText('No SBOM')).toBeVisible();
  });

  it('says unknown, not unsigned, when the referrers could not be read', async () => {
    await renderInTestApp(
      <SupplyChainMarks signed={false} sbom={false} error="referrers: 500" />,
    );
    expect(screen.getByLabelText('Signed: unknown')).toBeVisible();
    expect(screen.getByLabelText('SBOM: unknown')).toBeVisible();
  });
});
