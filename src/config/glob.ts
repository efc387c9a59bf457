/**
 * Glob patterns as in .gitignore-style config files: `**` any number of folders, `*` and `?` within one
 * name, `{a,b}` alternatives, `[abc]` classes. A pattern without `/` matches a name at any depth; a
 * pattern naming a folder matches everything below it.
 */
export function globToRegExp(pattern: string): RegExp {
  let source = '';
  // A slash anywhere but at the end ties the pattern to the config's folder.
  let anchored = pattern.replace(/\/$/, '').includes('/');
  let body = pattern;
  if (body.startsWith('/')) {
    body = body.slice(1);
    anchored = true;
  }
  if (body.startsWith('./')) body = body.slice(2);
  for (let i = 0; i < body.length; i++) {
    const char = body[i]!;
    if (char === '*') {
      if (body[i + 1] === '*') {
        const slashAfter = body[i + 2] === '/';
        source += slashAfter ? '(?:[^/]*/)*' : '.*';
        i += slashAfter ? 2 : 1;
      } else {
        source += '[^/]*';
      }
    } else if (char === '?') {
      source += '[^/]';
    } else if (char === '{') {
      const close = body.indexOf('}', i);
      if (close < 0) {
        source += '\\{';
        continue;
      }
      source += `(?:${body
        .slice(i + 1, close)
        .split(',')
        .map(escape)
        .join('|')})`;
      i = close;
    } else if (char === '[') {
      const close = body.indexOf(']', i + 1);
      if (close < 0) {
        source += '\\[';
        continue;
      }
      const inner = body
        .slice(i + 1, close)
        .replace(/^!/, '^')
        .replace(/\\/g, '\\\\');
      source += `[${inner}]`;
      i = close;
    } else {
      source += escape(char);
    }
  }
  if (source.endsWith('/')) source = source.slice(0, -1);
  return new RegExp(`^${anchored ? '' : '(?:.*/)?'}${source}(?:/.*)?$`, 'u');
}

function escape(text: string): string {
  return text.replace(/[.+^${}()|[\]\\]/g, '\\$&');
}

/** Whether a path (relative, with `/` separators) matches any of the patterns. */
export function matchesAny(relativePath: string, patterns: readonly RegExp[]): boolean {
  return patterns.some((pattern) => pattern.test(relativePath));
}
