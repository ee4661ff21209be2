import { pollUntil } from './pollUntil';

describe('pollUntil', () => {
  it('stops at the first reading that is done', async () => {
    let reads = 0;

    const result = await pollUntil(async () => ++reads, (n) => n === 3, 5_000);

    expect(result).toEqual({ settled: true, last: 3 });
  });

  it('gives up after the timeout with the last reading', async () => {
    const started = Date.now();

    const result = await pollUntil(async () => 'CREATING', (s) => s === 'ACTIVE', 100);

    expect(result).toEqual({ settled: false, last: 'CREATING' });
    expect(Date.now() - started).toBeLessThan(1_000);
  });
});
