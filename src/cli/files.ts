import { readdirSync, statSync } from 'node:fs';
import { extname, join, normalize, resolve } from 'node:path';
import { UsageError } from './io.js';

export const REPORT_EXTENSIONS = ['.yaml', '.yml', '.json'];
const SKIPPED_DIRECTORIES = new Set(['node_modules']);

function isReportFile(name: string): boolean {
  return REPORT_EXTENSIONS.includes(extname(name).toLowerCase()) && !name.startsWith('.');
}

/** Collects report files below a directory; symbolic links are not followed, so there are no loops. */
function walk(absolute: string, shown: string, found: Map<string, string>): void {
  let entries;
  try {
    entries = readdirSync(absolute, { withFileTypes: true });
  } catch (error) {
    throw new UsageError(`cannot read directory ${shown}: ${(error as NodeJS.ErrnoException).code ?? String(error)}`);
  }
  for (const entry of entries) {
    if (entry.isDirectory()) {
      if (!entry.name.startsWith('.') && !SKIPPED_DIRECTORIES.has(entry.name)) {
        walk(join(absolute, entry.name), join(shown, entry.name), found);
      }
    } else if (entry.isFile() && isReportFile(entry.name)) {
      found.set(join(absolute, entry.name), join(shown, entry.name));
    }
  }
}

/**
 * The report files named by the command line: files as given, directories expanded to the
 * .yaml/.yml/.json files below them (skipping hidden folders and node_modules). Each is shown as
 * the user spelled it, sorted, without repeats.
 */
export function expandPaths(paths: readonly string[], cwd: string): string[] {
  const files = new Map<string, string>(); // absolute path → path as shown
  for (const path of paths) {
    const absolute = resolve(cwd, path);
    let stats;
    try {
      stats = statSync(absolute);
    } catch {
      throw new UsageError(`no such file or directory: ${path}`);
    }
    if (stats.isDirectory()) {
      const found = new Map<string, string>();
      walk(absolute, normalize(path), found);
      if (found.size === 0) throw new UsageError(`no reports (${REPORT_EXTENSIONS.join(', ')}) found in ${path}`);
      for (const [file, shown] of found) if (!files.has(file)) files.set(file, shown);
    } else if (!files.has(absolute)) {
      files.set(absolute, normalize(path));
    }
  }
  return [...files.values()].sort();
}
