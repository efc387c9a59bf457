import { type Dirent, readdirSync, realpathSync, statSync } from 'node:fs';
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

/** What a directory entry is, following a symbolic link; undefined for a broken link. */
function kindOf(entry: Dirent, path: string): 'directory' | 'file' | undefined {
  if (entry.isDirectory()) return 'directory';
  if (entry.isFile()) return 'file';
  if (!entry.isSymbolicLink()) return undefined;
  try {
    const stats = statSync(path);
    return stats.isDirectory() ? 'directory' : stats.isFile() ? 'file' : undefined;
  } catch {
    return undefined;
  }
}

/** Collects report files below a directory, following links; a folder already walked (a link loop) is not walked again. */
function walk(absolute: string, shown: string, found: Target[], walked: Set<string>): void {
  let real: string;
  let entries;
  try {
    real = realpathSync(absolute);
    entries = readdirSync(absolute, { withFileTypes: true });
  } catch (error) {
    throw new UsageError(`cannot read directory ${shown}: ${(error as NodeJS.ErrnoException).code ?? String(error)}`);
  }
  if (walked.has(real)) return;
  walked.add(real);
  for (const entry of entries) {
    const path = join(absolute, entry.name);
    const kind = kindOf(entry, path);
    if (kind === 'directory') {
      if (!entry.name.startsWith('.') && !SKIPPED_DIRECTORIES.has(entry.name)) walk(path, join(shown, entry.name), found, walked);
    } else if (kind === 'file' && isReportFile(entry.name)) {
      found.push({ absolute: path, shown: join(shown, entry.name), explicit: false });
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
    } catch (error) {
      const code = (error as NodeJS.ErrnoException).code;
      throw new UsageError(code === 'ELOOP' ? `${path}: the symbolic link loops` : `no such file or directory: ${path}`);
    }
    if (stats.isDirectory()) {
      const found: Target[] = [];
      walk(absolute, normalize(path), found, new Set());
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
