import { saveFile } from './saveFile';

describe('saveFile', () => {
  it('offers the text as a file of the given type and name, and removes its link', async () => {
    let blob: Blob | undefined;
    URL.createObjectURL = jest.fn((b: Blob) => {
      blob = b;
      return 'blob:report';
    });
    URL.revokeObjectURL = jest.fn();
    const clicked: HTMLAnchorElement[] = [];
    const click = jest
      .spyOn(HTMLAnchorElement.prototype, 'click')
      .mockImplementation(function recordClick(this: HTMLAnchorElement) {
        clicked.push(this);
      });
    jest.useFakeTimers();
    try {
      saveFile('team,cost\neu,1\n', 'text/csv', 'gpu-cost-30d-by-team.csv');
      expect(clicked).toHaveLength(1);
      expect(clicked[0].download).toBe('gpu-cost-30d-by-team.csv');
      expect(clicked[0].href).toBe('blob:report');
      expect(clicked[0].isConnected).toBe(false);
      expect(blob!.type).toBe('text/csv');
      expect(await blob!.text()).toBe('team,cost\neu,1\n');
      expect(URL.revokeObjectURL).not.toHaveBeenCalled();
      jest.runAllTimers();
      expect(URL.revokeObjectURL).toHaveBeenCalledWith('blob:report');
    } finally {
      jest.useRealTimers();
      click.mockRestore();
    }
  });
});
