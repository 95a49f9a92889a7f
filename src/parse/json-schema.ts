import { EXTENSION_PREFIX, ID_PATTERN, MAP_FIELDS, MAX_ID_LENGTH, type FieldTable, type FieldType } from './spec.js';

type JsonSchema = Record<string, unknown>;

/**
 * The JSON Schema of the format, derived from the same field tables the
 * parser validates with. Editors use it to complete and check maps as you type;
 * argmap itself checks more (references, ids, reasoning).
 */
export function argmapJsonSchema(): JsonSchema {
  return {
    $schema: 'http://json-schema.org/draft-07/schema#',
    title: 'argmap argument map, format version 1',
    description: 'An argument map: statements, the arguments between them, and the theses they lead to. See docs/format.md.',
    ...objectSchema(MAP_FIELDS),
  };
}

function objectSchema(fields: FieldTable, exactlyOneOf?: readonly string[]): JsonSchema {
  const properties: Record<string, JsonSchema> = {};
  for (const [name, field] of Object.entries(fields)) {
    properties[name] = { description: field.description, ...typeSchema(field.type) };
  }
  const required = Object.entries(fields)
    .filter(([, field]) => field.required)
    .map(([name]) => name);
  const schema: JsonSchema = {
    type: 'object',
    properties,
    patternProperties: { [`^${EXTENSION_PREFIX}`]: { description: 'Your own data: ignored by argmap.' } },
    additionalProperties: false,
  };
  if (required.length > 0) schema.required = required;
  if (exactlyOneOf) schema.oneOf = exactlyOneOf.map((name) => ({ required: [name] }));
  return schema;
}

// Text must not be blank (the parser's trim() and \S agree on what white space is).
const TEXT: JsonSchema = { type: ['string', 'number', 'boolean'], pattern: '\\S' };
// A reference that is not a valid id can never resolve.
const ID: JsonSchema = { type: 'string', pattern: ID_PATTERN, maxLength: MAX_ID_LENGTH };

function typeSchema(type: FieldType): JsonSchema {
  switch (type.kind) {
    case 'text':
      return TEXT;
    case 'boolean':
      return { type: 'boolean' };
    case 'number': {
      const schema: JsonSchema = { type: 'number' };
      if (type.minimum !== undefined) schema.minimum = type.minimum;
      if (type.maximum !== undefined) schema.maximum = type.maximum;
      return schema;
    }
    case 'enum':
      return { enum: [...type.values] };
    case 'version':
      return { const: type.value };
    case 'ref':
      return ID;
    case 'refs':
      return { oneOf: [ID, { type: 'array', items: ID, ...(type.emptyMeansNone ? {} : { minItems: 1 }) }] };
    case 'texts':
      return { oneOf: [TEXT, { type: 'array', items: TEXT }] };
    case 'texts-or-objects': {
      const item = { anyOf: [TEXT, objectSchema(type.fields)] };
      return { oneOf: [item, { type: 'array', items: item }] };
    }
    case 'pairs':
      return { type: 'array', items: { type: 'array', items: ID, minItems: 2, maxItems: 2 } };
    case 'object': {
      const object = objectSchema(type.fields, type.exactlyOneOf);
      return type.shorthand ? { anyOf: [TEXT, object] } : object;
    }
    case 'record':
      return {
        type: 'object',
        propertyNames: { pattern: type.keyPattern, ...(type.keyMaxLength ? { maxLength: type.keyMaxLength } : {}), description: type.keyDescription },
        additionalProperties: typeSchema(type.of),
      };
  }
}


