/** JSON Pointers (RFC 6901): the way rules name a place in a report. */

type Segment = string | number;

export function parsePointer(pointer: string): string[] {
  if (pointer === '') return [];
  if (!pointer.startsWith('/')) throw new Error(`not a JSON Pointer: ${JSON.stringify(pointer)}`);
  return pointer
    .slice(1)
    .split('/')
    .map((s) => s.replace(/~1/g, '/').replace(/~0/g, '~'));
}

export function toPointer(segments: readonly Segment[]): string {
  return segments.map((s) => `/${String(s).replace(/~/g, '~0').replace(/\//g, '~1')}`).join('');
}

export function isPointer(value: unknown): value is string {
  return typeof value === 'string' && (value === '' || (value.startsWith('/') && !/~[^01]|~$/.test(value)));
}

// Rules look up the same few hundred places in every report: parse each pointer once.
const parsed = new Map<string, readonly string[]>();

function segmentsOf(pointer: string): readonly string[] {
  let segments = parsed.get(pointer);
  if (!segments) {
    segments = parsePointer(pointer);
    if (parsed.size < 10_000) parsed.set(pointer, segments);
  }
  return segments;
}

/** The value at a pointer in plain data, or undefined when any step is missing. */
export function valueAt(data: unknown, pointer: string): unknown {
  let node: unknown = data;
  for (const segment of segmentsOf(pointer)) {
    if (Array.isArray(node)) {
      if (!/^(?:0|[1-9]\d*)$/.test(segment)) return undefined;
      node = node[Number(segment)];
    } else if (typeof node === 'object' && node !== null && Object.hasOwn(node, segment)) {
      node = (node as Record<string, unknown>)[segment];
    } else {
      return undefined;
    }
  }
  return node;
}

export function isPlainObject(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}
