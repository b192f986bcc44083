import { fireEvent, render, screen } from '@testing-library/react';
import { CopyButton } from './CopyButton';

describe('CopyButton', () => {
  const clipboard = navigator.clipboard;
  afterEach(() => {
    Object.defineProperty(navigator, 'clipboard', {
      value: clipboard,
      configurable: true,
    });
  });

  it('copies the full text and says so', async () => {
    const writeText = jest.fn().mockResolvedValue(undefined);
    Object.defineProperty(navigator, 'clipboard', {
      value: { writeText },
      configurable: true,
    });
    render(<CopyButton text="sha256:abc123" label="Copy digest" />);
    fireEvent.click(screen.getByRole('button', { name: 'Copy digest' }));
    expect(writeText).toHaveBeenCalledWith('sha256:abc123');
    expect(await screen.findByText('Copied')).toBeInTheDocument();
  });

  it('tells the reader to select the text when the browser refuses', async () => {
    Object.defineProperty(navigator, 'clipboard', {
      value: { writeText: jest.fn().mockRejectedValue(new Error('denied')) },
      configurable: true,
    });
    render(<CopyButton text="sha256:abc123" label="Copy digest" />);
    fireEvent.click(screen.getByRole('button', { name: 'Copy digest' }));
    expect(
      await screen.findByText(/did not allow copying: select the text/),
    ).toBeInTheDocument();
  });
});
