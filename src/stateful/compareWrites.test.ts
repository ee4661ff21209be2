import { compareDefaults, compareWrites } from './compareWrites';

const schema = { type: 'object' as const, properties: { displayName: {}, config: {},
  timeoutInSeconds: {} } };

describe('compareWrites', () => {
  it('passes a resource that kept every field and added its own', () => {
    const sent = { displayName: 'a', config: { K: 'v' } };

    expect(compareWrites(sent, { ...sent, id: 'x', lifecycleState: 'ACTIVE' }, schema))
      .toEqual([]);
  });

  it('names a field that was dropped or changed', () => {
    const sent = { displayName: 'a', config: { K: 'v' } };

    const violations = compareWrites(sent, { displayName: 'b' }, schema);

    expect(violations.map((v) => v.where)).toEqual(['body /displayName', 'body /config']);
    expect(violations[1].received).toBe('no such field');
  });

  it('does not ask for a field the response schema does not declare', () => {
    expect(compareWrites({ subnetIds: ['s'] }, {}, schema)).toEqual([]);
  });

  it('lets an empty map sent come back absent', () => {
    expect(compareWrites({ config: {} }, {}, schema)).toEqual([]);
  });
});

describe('compareDefaults', () => {
  const request = { type: 'object' as const,
    properties: { timeoutInSeconds: { type: 'integer' as const, default: 30 } } };

  it('fails a resource that omits a default it was not sent', () => {
    expect(compareDefaults({}, {}, request, schema)).toMatchObject([
      { received: 'no such field', where: 'body /timeoutInSeconds' }]);
  });

  it('passes the default, and leaves a sent value alone', () => {
    expect(compareDefaults({}, { timeoutInSeconds: 30 }, request, schema)).toEqual([]);
    expect(compareDefaults({ timeoutInSeconds: 5 }, { timeoutInSeconds: 5 }, request, schema))
      .toEqual([]);
  });
});
