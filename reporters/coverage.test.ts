import { computeCoverage } from './coverage';

describe('computeCoverage', () => {
  it('names the documented responses no answer matched', () => {
    const coverage = computeCoverage({ createApplication: ['200', '4XX', 'default'] },
      [{ operationId: 'createApplication', requests: 5, statuses: { 200: 3, 404: 2 } }], []);

    expect(coverage.operations).toEqual([{ operationId: 'createApplication', requests: 5,
      documented: ['200', '4XX', 'default'], seen: ['200', '404'], neverSeen: ['default'] }]);
  });

  it('lists an operation the run never reached with every response unseen', () => {
    const coverage = computeCoverage({ getFunction: ['200'] }, [], []);

    expect(coverage.operations[0]).toMatchObject({ requests: 0, neverSeen: ['200'] });
  });
});
