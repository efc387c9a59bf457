import * as z from 'zod';
import { parsePointer, toPointer } from './pointer.js';
import { reportSchemaOf } from './schema.js';
import { type Shape, shapeOfTemplate } from './schema-precheck.js';
import { TABLE_NAMES, type TemplateId } from './template.js';

/** Every place in a report of the template, as a JSON Pointer, mapped to its official Chinese title. */
function collectTitles(shape: Shape, segments: (string | number)[], out: Map<string, string>): void {
  const pointer = toPointer(segments);
  if (shape.title !== undefined && !out.has(pointer)) out.set(pointer, shape.title);
  if (shape.kind === 'nullable') collectTitles(shape.inner, segments, out);
  else if (shape.kind === 'object')
    for (const [key, child] of Object.entries(shape.keys)) collectTitles(child.shape, [...segments, key], out);
  else if (shape.kind === 'tuple') shape.items.forEach((child, index) => collectTitles(child, [...segments, index], out));
}

/** The shape of the node a pointer names, without nullable wrappers. */
function shapeAt(shape: Shape, pointer: string): Shape | undefined {
  let node: Shape | undefined = shape;
  for (const segment of parsePointer(pointer)) {
    while (node.kind === 'nullable') node = node.inner;
    if (node.kind === 'object') node = node.keys[segment]?.shape;
    else if (node.kind === 'tuple') node = node.items[Number(segment)];
    else return undefined;
    if (!node) return undefined;
  }
  while (node.kind === 'nullable') node = node.inner;
  return node;
}

/**
 * The template's report schema as plain data, with its titles: built into the bundle, so naming a place
 * needs no zod schema (building one costs more than linting a report). The tests check that every
 * template has one (tests/schema-precheck.test.ts).
 */
const shapeOf = (template: TemplateId) => shapeOfTemplate(template, () => reportSchemaOf(template));

function unwrap(schema: z.ZodType): z.ZodType {
  let inner = schema;
  while (inner instanceof z.ZodOptional || inner instanceof z.ZodNullable) inner = inner.unwrap() as z.ZodType;
  return inner;
}

/** The schema of the node a pointer names, without optional/nullable wrappers. */
export function schemaAt(template: TemplateId, pointer: string): z.ZodType | undefined {
  let node: z.ZodType | undefined = unwrap(reportSchemaOf(template));
  for (const segment of parsePointer(pointer)) {
    if (node instanceof z.ZodObject) node = (node.shape as Record<string, z.ZodType>)[segment];
    else if (node instanceof z.ZodTuple) node = (node.def.items as z.ZodType[])[Number(segment)];
    else return undefined;
    if (!node) return undefined;
    node = unwrap(node);
  }
  return node;
}

const titlesByTemplate = new Map<TemplateId, Map<string, string>>();

function titlesOf(template: TemplateId): Map<string, string> {
  let titles = titlesByTemplate.get(template);
  if (!titles) {
    titles = new Map();
    const shape = shapeOf(template);
    if (shape) collectTitles(shape, [], titles);
    titles.delete('');
    titlesByTemplate.set(template, titles);
  }
  return titles;
}

/**
 * How a person finds the place in the published report: the table and the official row and column
 * labels (表三「（一）予以公开」「自然人」), or the section or field title.
 */
export function describePath(pointer: string, template: TemplateId): string {
  const segments = parsePointer(pointer);
  const titles = titlesOf(template);
  const chain: string[] = [];
  for (let i = 1; i <= segments.length; i++) {
    const title = titles.get(toPointer(segments.slice(0, i)));
    if (title !== undefined) chain.push(title);
  }
  const section = segments[0];
  const table = section !== undefined && section in TABLE_NAMES ? TABLE_NAMES[section as keyof typeof TABLE_NAMES] : undefined;
  if (!table) return chain.at(-1) ?? pointer;
  // Row titles already carry their group's title: a cell is named by its row and column, anything else by itself.
  const shape = shapeOf(template);
  const isCell = shape !== undefined && shapeAt(shape, pointer)?.kind === 'number';
  return (
    table.zh +
    chain
      .slice(1)
      .slice(isCell ? -2 : -1)
      .map((t) => `「${t}」`)
      .join('')
  );
}
