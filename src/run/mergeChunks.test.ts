import { chunksOf, mergeCheckRecords, MIN_RUNS_PER_CHUNK } from './mergeChunks';
import type { CheckResultRecord } from './records';

function record(status: CheckResultRecord['status'], exchanges: number): CheckResultRecord {
  return { type: 'check', check: 'c', level: 'MUST', suite: 'positive', operationId: 'op',
    status, exchanges, message: status };
}

describe('chunks of a property', () => {
  it('keeps a small property whole, with the run\'s seed', () => {
    expect(chunksOf(7, MIN_RUNS_PER_CHUNK)).toEqual([{ seed: 7, runs: MIN_RUNS_PER_CHUNK }]);
  });

  it('splits many runs into chunks that add up, each with its own seed', () => {
    const chunks = chunksOf(7, 1_001);

    expect(chunks.reduce((sum, c) => sum + c.runs, 0)).toBe(1_001);
    expect(new Set(chunks.map((c) => c.seed)).size).toBe(chunks.length);
    expect(chunks.length).toBeGreaterThan(1);
  });

  it('fails a check that failed in any chunk and counts every exchange', () => {
    const merged = mergeCheckRecords([[record('passed', 3)], [record('failed', 2)]]);

    expect(merged).toEqual([expect.objectContaining({ status: 'failed', exchanges: 5 })]);
  });
});
