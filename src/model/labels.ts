import * as z from 'zod';
import { parsePointer, toPointer } from './pointer.js';
import { reportSchemaOf } from './schema.js';
import { TABLE_NAMES, type TemplateId } from './template.js';

/** Every place in a report of the template, as a JSON Pointer, mapped to its official Chinese title. */
function collectTitles(schema: z.ZodType, segments: (string | number)[], out: Map<string, string>): void {
  const title = z.globalRegistry.get(schema)?.title;
  if (title !== undefined && !out.has(toPointer(segments))) out.set(toPointer(segments), title);
  if (schema instanceof z.ZodOptional || schema instanceof z.ZodNullable) {
    collectTitles(schema.unwrap() as z.ZodType, segments, out);
  } else if (schema instanceof z.ZodObject) {
    for (const [key, child] of Object.entries(schema.shape)) {
      // eslint-disable-next-line @typescript-eslint/no-unsafe-argument -- narrowed by instanceof, the shape is ZodObject<any>'s: its values are schemas
      collectTitles(child, [...segments, key], out);
    }
  } else if (schema instanceof z.ZodTuple) {
    (schema.def.items as z.ZodType[]).forEach((child, index) => collectTitles(child, [...segments, index], out));
  }
}

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
    collectTitles(reportSchemaOf(template), [], titles);
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
  const isCell = schemaAt(template, pointer) instanceof z.ZodNumber;
  return (
    table.zh +
    chain
      .slice(1)
      .slice(isCell ? -2 : -1)
      .map((t) => `「${t}」`)
      .join('')
  );
}
