import { fireEvent, render, screen, waitFor } from '@testing-library/react';
import { DownloadButton } from './DownloadButton';
import { saveFile } from '../../lib/saveFile';

jest.mock('../../lib/saveFile', () => ({ saveFile: jest.fn() }));

describe('DownloadButton', () => {
  beforeEach(() => jest.mocked(saveFile).mockReset());

  it('saves the file the backend produced, under its name and type', async () => {
    const fetchFile = jest.fn().mockResolvedValue({
      body: 'team,cost\n',
      type: 'text/csv',
      filename: 'gpu-cost.csv',
    });
    render(<DownloadButton label="Download CSV" fetchFile={fetchFile} />);
    fireEvent.click(screen.getByRole('button', { name: 'Download CSV' }));
    await waitFor(() =>
      expect(saveFile).toHaveBeenCalledWith(
        'team,cost\n',
        'text/csv',
        'gpu-cost.csv',
      ),
    );
    expect(screen.getByRole('button', { name: 'Download CSV' })).toBeEnabled();
  });

  it('is disabled while the request runs, so one click gives one file', async () => {
    let finish: (v: unknown) => void = () => {};
    const fetchFile = jest.fn(
      () =>
        new Promise(resolve => {
          finish = resolve;
        }),
    );
    render(
      <DownloadButton
        label="Export YAML"
        ariaLabel="Export YAML: self-assessment of eu-west"
        fetchFile={fetchFile as any}
      />,
    );
    const button = screen.getByRole('button', {
      name: 'Export YAML: self-assessment of eu-west',
    });
    fireEvent.click(button);
    await waitFor(() => expect(button).toBeDisabled());
    fireEvent.click(button);
    expect(fetchFile).toHaveBeenCalledTimes(1);
    finish({ body: 'a: 1', type: 'application/yaml', filename: 'x.yaml' });
    await waitFor(() => expect(button).toBeEnabled());
    expect(saveFile).toHaveBeenCalledTimes(1);
  });

  it("says why it failed with the backend's message, and tries again on the next click", async () => {
    const fetchFile = jest
      .fn()
      .mockRejectedValueOnce(new Error('You may read only your own teams'))
      .mockResolvedValueOnce({
        body: '{}',
        type: 'application/json',
        filename: 'cra.json',
      });
    render(<DownloadButton label="Download JSON" fetchFile={fetchFile} />);
    fireEvent.click(screen.getByRole('button', { name: 'Download JSON' }));
    expect(
      await screen.findByText(
        'Download JSON failed: You may read only your own teams',
      ),
    ).toBeInTheDocument();
    expect(saveFile).not.toHaveBeenCalled();
    fireEvent.click(screen.getByRole('button', { name: 'Download JSON' }));
    await waitFor(() => expect(saveFile).toHaveBeenCalledTimes(1));
    expect(screen.queryByText(/failed/)).not.toBeInTheDocument();
  });
});
