import { checkCatalogue, formatCatalogue } from './catalogue';

describe('checkCatalogue', () => {
  it('lists every check once, each with a level, a title and a source', () => {
    const entries = checkCatalogue();
    const ids = entries.map((e) => e.id);

    expect(new Set(ids).size).toBe(ids.length);
    expect(ids).toEqual(expect.arrayContaining(['status-code-conformance',
      'negative-data-rejection', 'authentication-required', 'read-your-writes']));
    for (const entry of entries) {
      expect(entry).toEqual({ id: expect.stringMatching(/^[a-z0-9-]+$/),
        level: expect.stringMatching(/^(MUST|SHOULD)$/), suites: expect.any(Array),
        title: expect.stringMatching(/\S/), source: expect.stringMatching(/\S/) });
    }
  });

  it('prints one block per check', () => {
    const text = formatCatalogue(checkCatalogue());

    expect(text).toMatch(/^\d+ checks/);
    expect(text).toMatch(/status-code-conformance\s+MUST\s+positive/);
  });
});
