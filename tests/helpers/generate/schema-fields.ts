import type { z } from 'astro/zod';

/** A field a schema declares, named as `fieldSites` names them: `focusAreas.*.measures.*.id`. */
export interface SchemaField {
  pattern: string;
  /** Leaving it out fails validation (no default, not optional). */
  required: boolean;
}

type Def = {
  type: string;
  shape?: Record<string, { _zod: { def: Def } }>;
  innerType?: { _zod: { def: Def } };
  out?: { _zod: { def: Def } };
  element?: { _zod: { def: Def } };
};

const defOf = (schema: unknown): Def => (schema as { _zod: { def: Def } })._zod.def;

/**
 * Every field of a Zod object schema, at any depth, read off the schema itself
 * so that a field added later is covered without a new test. Alternatives
 * (`titleSource`'s kinds) are listed as the field, not their inner fields.
 */
export function schemaFields(schema: z.ZodType, prefix = ''): SchemaField[] {
  const fields: SchemaField[] = [];
  const shape = defOf(schema).shape ?? {};
  for (const [name, field] of Object.entries(shape)) {
    const pattern = prefix ? `${prefix}.${name}` : name;
    let def = field._zod.def;
    let required = true;
    // Unwrap to the value's own type: optional/default make it not required; preprocess pipes into the real type.
    for (;;) {
      if (def.type === 'optional' || def.type === 'default') {
        required = false;
        def = def.innerType!._zod.def;
      } else if (def.type === 'pipe') def = def.out!._zod.def;
      else break;
    }
    fields.push({ pattern, required });
    if (def.type === 'object') fields.push(...schemaFields({ _zod: { def } } as unknown as z.ZodType, pattern));
    if (def.type === 'array') {
      const element = def.element!._zod.def;
      if (element.type === 'object') fields.push(...schemaFields({ _zod: { def: element } } as unknown as z.ZodType, `${pattern}.*`));
    }
  }
  return fields;
}
