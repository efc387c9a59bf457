import { readdirSync, statSync } from 'node:fs';
import { extname, join, relative, resolve } from 'node:path';
import { UsageError } from './io.js';

export const REPORT_EXTENSIONS = ['.yaml', '.yml', '.json'];
const SKIPPED_DIRECTORIES = new Set(['node_modules']);

function isReportFile(name: string): boolean {
  return REPORT_EXTENSIONS.includes(extname(name).toLowerCase()) && !name.startsWith('.');
}

function walk(directory: string, found: string[], seen: Set<string>): void {
  const real = resolve(directory);
  if (seen.has(real)) return;
  seen.add(real);
  let entries;
  try {
    entries = readdirSync(directory, { withFileTypes: true });
  } catch (error) {
    throw new UsageError(`cannot read directory ${directory}: ${(error as NodeJS.ErrnoException).code ?? String(error)}`);
  }
  for (const entry of entries) {
    const path = join(directory, entry.name);
    if (entry.isDirectory()) {
      if (!entry.name.startsWith('.') && !SKIPPED_DIRECTORIES.has(entry.name)) walk(path, found, seen);
    } else if (entry.isFile() && isReportFile(entry.name)) {
      found.push(path);
    }
  }
}

/**
 * The report files named by the command line: files as given, directories expanded to the
 * .yaml/.yml/.json files below them (skipping hidden folders and node_modules). Sorted, no repeats.
 */
export function expandPaths(paths: readonly string[], cwd: string): string[] {
  const files = new Set<string>();
  for (const path of paths) {
    const absolute = resolve(cwd, path);
    let stats;
    try {
      stats = statSync(absolute);
    } catch {
      throw new UsageError(`no such file or directory: ${path}`);
    }
    if (stats.isDirectory()) {
      const found: string[] = [];
      walk(absolute, found, new Set());
      if (found.length === 0) throw new UsageError(`no reports (${REPORT_EXTENSIONS.join(', ')}) found in ${path}`);
      for (const file of found) files.add(file);
    } else {
      files.add(absolute);
    }
  }
  return [...files].sort().map((file) => relative(cwd, file) || file);
}
