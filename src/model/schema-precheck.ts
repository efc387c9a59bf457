import { globalRegistry, type ZodType } from 'zod';

/**
 * The report schema as plain data, and a check of a report against it that only says yes or no.
 *
 * Building the zod schema and checking with it costs more than the rest of a one-report lint; a
 * report that conforms needs neither, only the certainty that zod would accept it. The shape is read
 * from the zod schema (the single source) once, by the build (scripts/build.mjs puts it into the
 * bundle as data) or on first use under tsx. The check accepts no more than zod: it knows a few kinds
 * of node and compares with zod's own rules, and any kind or option it does not know makes the whole
 * shape unknown, so zod checks every report. A report it turns down is checked by zod, which says why.
 * Each node keeps its schema's title (the official label), so that places are named without zod too.
 */
export type Shape = (
  | {
      readonly kind: 'object';
      readonly keys: Readonly<Record<string, { readonly shape: Shape; readonly optional: boolean }>>;
      readonly strict: boolean;
    }
  | { readonly kind: 'tuple'; readonly items: readonly Shape[] }
  | { readonly kind: 'array'; readonly element: Shape }
  | { readonly kind: 'nullable'; readonly inner: Shape }
  | { readonly kind: 'number'; readonly safeInteger: boolean; readonly min?: Bound; readonly max?: Bound }
  | { readonly kind: 'string'; readonly minLength?: number; readonly pattern?: { readonly source: string; readonly flags: string } }
  | { readonly kind: 'literal'; readonly values: readonly (string | number | boolean | null)[] }
) & { readonly title?: string };

interface Bound {
  readonly value: number;
  readonly inclusive: boolean;
}

interface Def {
  readonly type: string;
  readonly checks?: readonly { readonly _zod: { readonly def: Record<string, unknown> } }[];
  readonly [key: string]: unknown;
}

class Unknown extends Error {}

const defOf = (schema: unknown): Def => (schema as { _zod: { def: Def } })._zod.def;

/** Throws Unknown unless the def has only these keys (beyond type and an empty or known list of checks). */
function only(def: Def, keys: readonly string[]): void {
  for (const key of Object.keys(def))
    if (key !== 'type' && key !== 'checks' && !keys.includes(key)) throw new Unknown(`${def.type}.${key}`);
}

function numberShape(def: Def): Shape {
  only(def, []);
  let safeInteger = false;
  let min: Bound | undefined;
  let max: Bound | undefined;
  for (const check of def.checks ?? []) {
    const c = check._zod.def;
    if (c.check === 'number_format' && c.format === 'safeint') safeInteger = true;
    else if (c.check === 'greater_than' && typeof c.value === 'number' && min === undefined)
      min = { value: c.value, inclusive: c.inclusive === true };
    else if (c.check === 'less_than' && typeof c.value === 'number' && max === undefined)
      max = { value: c.value, inclusive: c.inclusive === true };
    else throw new Unknown(`number check ${String(c.check)}`);
  }
  return { kind: 'number', safeInteger, ...(min ? { min } : {}), ...(max ? { max } : {}) };
}

function stringShape(def: Def): Shape {
  only(def, []);
  let minLength: number | undefined;
  let pattern: { source: string; flags: string } | undefined;
  for (const check of def.checks ?? []) {
    const c = check._zod.def;
    if (c.check === 'min_length' && typeof c.minimum === 'number' && minLength === undefined) minLength = c.minimum;
    else if (c.check === 'string_format' && c.format === 'regex' && c.pattern instanceof RegExp && pattern === undefined) {
      pattern = { source: c.pattern.source, flags: c.pattern.flags.replace(/[gy]/g, '') };
    } else throw new Unknown(`string check ${String(c.check)}`);
  }
  return { kind: 'string', ...(minLength !== undefined ? { minLength } : {}), ...(pattern ? { pattern } : {}) };
}

function shapeOf(schema: unknown): Shape {
  const shape = untitledShapeOf(schema);
  const title = globalRegistry.get(schema as ZodType)?.title;
  return title === undefined ? shape : { ...shape, title };
}

function untitledShapeOf(schema: unknown): Shape {
  const def = defOf(schema);
  if (def.type !== 'number' && def.type !== 'string' && (def.checks ?? []).length > 0) throw new Unknown(`checks on ${def.type}`);
  switch (def.type) {
    case 'number':
      return numberShape(def);
    case 'string':
      return stringShape(def);
    case 'nullable':
      only(def, ['innerType']);
      return { kind: 'nullable', inner: shapeOf(def.innerType) };
    case 'literal': {
      only(def, ['values']);
      const values = def.values as unknown[];
      if (!values.every((v) => v === null || ['string', 'number', 'boolean'].includes(typeof v))) throw new Unknown('literal value');
      return { kind: 'literal', values: values as (string | number | boolean | null)[] };
    }
    case 'enum': {
      only(def, ['entries']);
      const values = Object.values(def.entries as Record<string, unknown>);
      if (!values.every((v) => typeof v === 'string' || typeof v === 'number')) throw new Unknown('enum value');
      return { kind: 'literal', values: values };
    }
    case 'tuple':
      only(def, ['items', 'rest']);
      if (def.rest !== null && def.rest !== undefined) throw new Unknown('tuple rest');
      return {
        kind: 'tuple',
        items: (def.items as unknown[]).map((item) => {
          if (defOf(item).type === 'optional') throw new Unknown('optional tuple item');
          return shapeOf(item);
        }),
      };
    case 'array':
      only(def, ['element']);
      return { kind: 'array', element: shapeOf(def.element) };
    case 'object': {
      only(def, ['shape', 'catchall']);
      const catchall = def.catchall === undefined ? undefined : defOf(def.catchall).type;
      if (catchall !== undefined && catchall !== 'never') throw new Unknown(`object catchall ${catchall}`);
      const keys: Record<string, { shape: Shape; optional: boolean }> = {};
      for (const [key, value] of Object.entries(def.shape as Record<string, unknown>)) {
        const valueDef = defOf(value);
        if (valueDef.type === 'optional') {
          only(valueDef, ['innerType']);
          const inner = shapeOf(valueDef.innerType);
          const title = globalRegistry.get(value as ZodType)?.title;
          keys[key] = { shape: title === undefined ? inner : { ...inner, title }, optional: true };
        } else {
          keys[key] = { shape: shapeOf(value), optional: false };
        }
      }
      return { kind: 'object', keys, strict: catchall === 'never' };
    }
    default:
      throw new Unknown(def.type);
  }
}

/** The shape of a zod schema, or undefined when it uses anything the check does not know. */
export function shapeOfSchema(schema: ZodType): Shape | undefined {
  try {
    return shapeOf(schema);
  } catch (error) {
    if (error instanceof Unknown) return undefined;
    throw error;
  }
}

function isPlainRecord(value: unknown): value is Record<string, unknown> {
  if (typeof value !== 'object' || value === null || Array.isArray(value)) return false;
  const prototype: unknown = Object.getPrototypeOf(value);
  return prototype === Object.prototype || prototype === null;
}

type Check = (value: unknown) => boolean;

/** The check of a shape as one function per node, built once: quicker than walking the shape for every report. */
function compile(shape: Shape): Check {
  switch (shape.kind) {
    case 'nullable': {
      const inner = compile(shape.inner);
      return (value) => value === null || inner(value);
    }
    case 'number': {
      const { safeInteger, min, max } = shape;
      return (value) => {
        if (typeof value !== 'number' || !Number.isFinite(value)) return false;
        if (safeInteger && !Number.isSafeInteger(value)) return false;
        if (min && (min.inclusive ? value < min.value : value <= min.value)) return false;
        return !max || (max.inclusive ? value <= max.value : value < max.value);
      };
    }
    case 'string': {
      const { minLength } = shape;
      const pattern = shape.pattern ? new RegExp(shape.pattern.source, shape.pattern.flags) : undefined;
      return (value) =>
        typeof value === 'string' && (minLength === undefined || value.length >= minLength) && (!pattern || pattern.test(value));
    }
    case 'literal': {
      const values = shape.values;
      return (value) => values.includes(value as never);
    }
    case 'tuple': {
      const items = shape.items.map(compile);
      const length = items.length;
      return (value) => {
        if (!Array.isArray(value) || value.length !== length) return false;
        for (let i = 0; i < length; i++) if (!(i in value) || !items[i]!(value[i])) return false;
        return true;
      };
    }
    case 'array': {
      const element = compile(shape.element);
      return (value) => {
        if (!Array.isArray(value)) return false;
        for (let i = 0; i < value.length; i++) if (!(i in value) || !element(value[i])) return false;
        return true;
      };
    }
    case 'object': {
      const keys = Object.keys(shape.keys);
      const known = new Set(keys);
      const checks = keys.map((key) => compile(shape.keys[key]!.shape));
      const optional = keys.map((key) => shape.keys[key]!.optional);
      const strict = shape.strict;
      return (value) => {
        if (!isPlainRecord(value)) return false;
        if (strict) for (const key in value) if (!known.has(key) && Object.hasOwn(value, key)) return false;
        if (strict && Object.getOwnPropertySymbols(value).length > 0) return false;
        for (let i = 0; i < keys.length; i++) {
          const key = keys[i]!;
          const item = Object.hasOwn(value, key) ? value[key] : undefined;
          if (item === undefined) {
            if (optional[i]) continue;
            return false;
          }
          if (!checks[i]!(item)) return false;
        }
        return true;
      };
    }
  }
}

const compiled = new WeakMap<Shape, Check>();

/** Whether zod would accept the value: true only when every part of it conforms. */
export function conforms(shape: Shape, value: unknown): boolean {
  let check = compiled.get(shape);
  if (!check) compiled.set(shape, (check = compile(shape)));
  return check(value);
}

declare const GOV_REPORT_SHAPES: string | undefined;

const shapes = new Map<string, Shape | undefined>();
let bundled: Readonly<Record<string, Shape | null>> | undefined;

/**
 * The shape of a template's schema: from the bundle, where the build put it, or read from the zod
 * schema on first use (under tsx, in the tests).
 */
export function shapeOfTemplate(template: string, schemaOf: () => ZodType): Shape | undefined {
  if (typeof GOV_REPORT_SHAPES === 'string')
    return (bundled ??= JSON.parse(GOV_REPORT_SHAPES) as Record<string, Shape | null>)[template] ?? undefined;
  if (!shapes.has(template)) shapes.set(template, shapeOfSchema(schemaOf()));
  return shapes.get(template);
}
