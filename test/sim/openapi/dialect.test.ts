import { describe, expect, it } from 'vitest';
import { COMPONENTS_ID, toJsonSchema } from './dialect.ts';

describe('toJsonSchema', () => {
  it('turns nullable into a null type, null enum member, or anyOf when there is no type', () => {
    expect(toJsonSchema({ type: 'string', nullable: true, enum: ['a'] })).toEqual({ type: ['string', 'null'], enum: ['a', null] });
    expect(toJsonSchema({ allOf: [{ $ref: '#/components/schemas/X' }], nullable: true })).toEqual({
      anyOf: [{ allOf: [{ $ref: `${COMPONENTS_ID}#/components/schemas/X` }] }, { type: 'null' }],
    });
  });

  it('keeps property names that look like keywords and drops OpenAPI-only annotations', () => {
    const schema = {
      type: 'object',
      xml: { name: 'issue' },
      'x-atlassian-secret': true,
      properties: { example: { type: 'string', example: 'x' }, description: { type: 'string' } },
    };
    expect(toJsonSchema(schema)).toEqual({
      type: 'object',
      properties: { example: { type: 'string' }, description: { type: 'string' } },
    });
  });

  it('converts boolean exclusive bounds to the draft-07 form', () => {
    expect(toJsonSchema({ type: 'integer', maximum: 10, exclusiveMaximum: true, minimum: 0, exclusiveMinimum: false }))
      .toEqual({ type: 'integer', exclusiveMaximum: 10, minimum: 0 });
  });
});
