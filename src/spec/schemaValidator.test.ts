import { compileSchema } from './schemaValidator';
import type { SchemaObject } from './model';

describe('compileSchema', () => {
  it('accepts null only where the schema is nullable', () => {
    const plain = compileSchema({ type: 'string' }, 'response');
    const nullable = compileSchema({ type: 'string', nullable: true }, 'response');

    expect(plain(null)).toEqual([expect.objectContaining({ keyword: 'type', pointer: '' })]);
    expect(nullable(null)).toEqual([]);
  });

  it('reads boolean exclusive bounds the OpenAPI 3.0 way', () => {
    const check = compileSchema(
      { type: 'integer', minimum: 1, exclusiveMinimum: true, maximum: 5 },
      'request',
    );

    expect(check(1)).toEqual([expect.objectContaining({ keyword: 'exclusiveMinimum' })]);
    expect(check(2)).toEqual([]);
    expect(check(5)).toEqual([]);
  });

  it('collects every violation with a pointer into the value', () => {
    const schema: SchemaObject = {
      type: 'object',
      required: ['id', 'name'],
      properties: { id: { type: 'string' }, size: { type: 'integer', format: 'int32' } },
    };
    const violations = compileSchema(schema, 'response')({ id: 7, size: 2 ** 40 });

    expect(violations.map((v) => `${v.keyword} ${v.pointer}`).sort()).toEqual([
      'format /size', 'required /name', 'type /id',
    ]);
  });

  it('does not require readOnly properties in requests nor writeOnly ones in responses', () => {
    const schema: SchemaObject = {
      type: 'object',
      required: ['id', 'secret'],
      properties: {
        id: { type: 'string', readOnly: true },
        secret: { type: 'string', writeOnly: true },
      },
    };

    expect(compileSchema(schema, 'request')({ secret: 's' })).toEqual([]);
    expect(compileSchema(schema, 'response')({ id: 'i' })).toEqual([]);
    expect(compileSchema(schema, 'response')({})).toHaveLength(1);
  });

  it('follows recursive references through the components map', () => {
    const node: SchemaObject = {
      type: 'object',
      properties: { children: { type: 'array', items: { $ref: '#/components/schemas/Node' } } },
    } as SchemaObject;
    const check = compileSchema(node, 'response', { Node: node });

    expect(check({ children: [{ children: [] }] })).toEqual([]);
    expect(check({ children: [{ children: [3] }] })).toEqual([
      expect.objectContaining({ keyword: 'type', pointer: '/children/0/children/0' }),
    ]);
  });

  it('checks the OpenAPI formats ajv does not know', () => {
    const byte = compileSchema({ type: 'string', format: 'byte' }, 'request');

    expect(byte('aGVsbG8=')).toEqual([]);
    expect(byte('not base64!')).toEqual([expect.objectContaining({ keyword: 'format' })]);
  });
});
