import { readdirSync, statSync } from 'node:fs';
import { extname, join, normalize, resolve } from 'node:path';
import { UsageError } from '../errors.js';

export const REPORT_EXTENSIONS = ['.yaml', '.yml', '.json'];
const SKIPPED_DIRECTORIES = new Set(['node_modules']);

export interface Target {
  readonly absolute: string;
  /** The path as shown in results: as the user spelled it, or below the folder they named. */
  readonly shown: string;
  /** Named on the command line rather than found in a folder. */
  readonly explicit: boolean;
}

function isReportFile(name: string): boolean {
  return REPORT_EXTENSIONS.includes(extname(name).toLowerCase()) && !name.startsWith('.');
}

/** Collects report files below a directory; symbolic links are not followed, so there are no loops. */
function walk(absolute: string, shown: string, found: Target[]): void {
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
      found.push({ absolute: join(absolute, entry.name), shown: join(shown, entry.name), explicit: false });
    }
  }
}

/**
 * The report files named by the command line: files as given, directories expanded to the
 * .yaml/.yml/.json files below them (skipping hidden folders and node_modules). Sorted by the path
 * shown, without repeats. `keep` drops ignored files; a folder left with none is an error.
 */
export function expandPaths(paths: readonly string[], cwd: string, keep: (target: Target) => boolean = () => true): Target[] {
  const targets = new Map<string, Target>();
  for (const path of paths) {
    const absolute = resolve(cwd, path);
    let stats;
    try {
      stats = statSync(absolute);
    } catch {
      throw new UsageError(`no such file or directory: ${path}`);
    }
    if (stats.isDirectory()) {
      const found: Target[] = [];
      walk(absolute, normalize(path), found);
      const kept = found.filter(keep);
      if (kept.length === 0) {
        const ignored = found.length > 0 ? ` (${found.length} ignored by config)` : '';
        throw new UsageError(`no reports (${REPORT_EXTENSIONS.join(', ')}) found in ${path}${ignored}`);
      }
      for (const target of kept) if (!targets.has(target.absolute)) targets.set(target.absolute, target);
    } else if (!targets.has(absolute)) {
      const target = { absolute, shown: normalize(path), explicit: true };
      if (keep(target)) targets.set(absolute, target);
    }
  }
  return [...targets.values()].sort((a, b) => (a.shown < b.shown ? -1 : a.shown > b.shown ? 1 : 0));
}
