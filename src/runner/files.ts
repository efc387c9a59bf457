import { type Dirent, readdirSync, readFileSync, realpathSync, statSync } from 'node:fs';
import { dirname, extname, join, normalize, relative, resolve, sep } from 'node:path';
import { globToRegExp } from '../config/glob.js';
import { noSuchFile, UsageError } from '../errors.js';
import { SECTION_KEYS } from '../model/template.js';

export const REPORT_EXTENSIONS = ['.yaml', '.yml', '.json'];
const SKIPPED_DIRECTORIES = new Set(['node_modules']);
/** The keys of a report's top level (what it is, and its six parts): a file with none of them is not a report. */
const REPORT_KEYS: readonly string[] = ['template', 'agency', 'year', 'published', ...SECTION_KEYS];
const YAML_REPORT_KEY = new RegExp(`^(?:["']?)(?:${REPORT_KEYS.join('|')})(?:["']?)[ \\t]*:`, 'm');
const JSON_REPORT_KEY = new RegExp(`"(?:${REPORT_KEYS.join('|')})"\\s*:`);
const GLOB_CHARACTERS = /[*?[\]{}]/;

interface Target {
  readonly absolute: string;
  /** The path as shown in results: as the user spelled it, or below the folder they named. */
  readonly shown: string;
  /** Named on the command line rather than found in a folder or by a glob. */
  readonly explicit: boolean;
  /** Linted only if it is a report by its content (`isReportContent`): found in a folder or by a glob, or named with `reportsOnly`. */
  readonly onlyIfReport: boolean;
}

interface Selection {
  readonly targets: Target[];
  /** Files named on the command line that the config's `ignores` leave out. */
  readonly ignoredExplicit: string[];
}

interface SelectOptions {
  /** Whether the config leaves this file out (`ignores`). */
  readonly ignoredByConfig?: (absolute: string) => boolean;
  /** `--no-ignore`: lint what the config's `ignores` and .gitignore leave out. */
  readonly noIgnore?: boolean;
  /** Skip files that are not reports even when they are named (the pre-commit hook names every staged file). */
  readonly reportsOnly?: boolean;
}

const hasReportExtension = (name: string) => REPORT_EXTENSIONS.includes(extname(name).toLowerCase());

/** A report's text names one of its top-level keys at the start of a YAML line, or as a JSON key. */
function looksLikeReportText(text: string): boolean {
  return YAML_REPORT_KEY.test(text) || JSON_REPORT_KEY.test(text);
}

/**
 * Whether a loaded file is a report by its content: a mapping with one of the report's top-level keys
 * (`template`, `agency`, `year` or a part); a file that does not parse is one when its text names such
 * a key, so that a broken report is reported as broken rather than passed over.
 */
export function isReportContent(report: {
  readonly data: unknown;
  readonly text: string;
  readonly syntaxProblems: readonly unknown[];
}): boolean {
  const { data } = report;
  if (report.syntaxProblems.length === 0) {
    return data !== null && typeof data === 'object' && !Array.isArray(data) && REPORT_KEYS.some((key) => key in data);
  }
  return looksLikeReportText(report.text);
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

interface IgnoreRule {
  readonly pattern: RegExp;
  readonly negated: boolean;
  readonly directoryOnly: boolean;
}

/** One folder's .gitignore: its rules match paths relative to that folder. */
interface IgnoreFile {
  readonly base: string;
  readonly rules: readonly IgnoreRule[];
}

function readGitignore(directory: string): IgnoreFile | undefined {
  let text: string;
  try {
    text = readFileSync(join(directory, '.gitignore'), 'utf8');
  } catch {
    return undefined;
  }
  const rules: IgnoreRule[] = [];
  for (const raw of text.split(/\r?\n/)) {
    let line = raw.replace(/(?<!\\)\s+$/, '');
    if (line === '' || line.startsWith('#')) continue;
    const negated = line.startsWith('!');
    if (negated) line = line.slice(1);
    line = line.replace(/^\\([#!])/, '$1');
    const directoryOnly = line.endsWith('/');
    rules.push({ pattern: globToRegExp(line), negated, directoryOnly });
  }
  return rules.length > 0 ? { base: directory, rules } : undefined;
}

/** The .gitignore files that apply to a folder: its own and its parents' up to the repository's root. */
function gitignoresAbove(directory: string): IgnoreFile[] {
  const chain: IgnoreFile[] = [];
  let current = directory;
  for (;;) {
    const file = readGitignore(current);
    if (file) chain.unshift(file);
    if (existsDirectory(join(current, '.git')) || existsFile(join(current, '.git'))) break;
    const parent = dirname(current);
    if (parent === current) return [];
    current = parent;
  }
  return chain;
}

function existsDirectory(path: string): boolean {
  try {
    return statSync(path).isDirectory();
  } catch {
    return false;
  }
}

function existsFile(path: string): boolean {
  try {
    return statSync(path).isFile();
  } catch {
    return false;
  }
}

/** Git's rule: the last pattern that matches decides; `dir/` patterns match folders only. */
function gitIgnored(path: string, isDirectory: boolean, ignores: readonly IgnoreFile[]): boolean {
  let ignored = false;
  for (const file of ignores) {
    const local = relative(file.base, path).split(sep).join('/');
    if (local.startsWith('..')) continue;
    for (const rule of file.rules) {
      if (rule.directoryOnly && !isDirectory) {
        // `build/` still covers the files below a folder named build.
        if (!rule.pattern.test(local) || !local.includes('/')) continue;
        const parents = local.split('/').slice(0, -1);
        if (!parents.some((_, i) => rule.pattern.test(parents.slice(0, i + 1).join('/')))) continue;
      } else if (!rule.pattern.test(local)) {
        continue;
      }
      ignored = !rule.negated;
    }
  }
  return ignored;
}

interface Walk {
  readonly found: Target[];
  readonly walked: Set<string>;
  readonly useGitignore: boolean;
}

/** Collects the .yaml/.yml/.json files below a directory, following links; a folder already walked (a link loop) is not walked again. */
function walk(absolute: string, shown: string, state: Walk, ignores: readonly IgnoreFile[]): void {
  let real: string;
  let entries;
  try {
    real = realpathSync(absolute);
    entries = readdirSync(absolute, { withFileTypes: true });
  } catch (error) {
    const reason = (error as NodeJS.ErrnoException).code ?? String(error);
    throw new UsageError({ en: `cannot read directory ${shown}: ${reason}`, 'zh-CN': `无法读取文件夹 ${shown}：${reason}` });
  }
  if (state.walked.has(real)) return;
  state.walked.add(real);
  const own = state.useGitignore ? readGitignore(absolute) : undefined;
  const here = own && !ignores.includes(own) && !ignores.some((file) => file.base === absolute) ? [...ignores, own] : ignores;
  for (const entry of entries.sort((a, b) => (a.name < b.name ? -1 : a.name > b.name ? 1 : 0))) {
    const path = join(absolute, entry.name);
    const kind = kindOf(entry, path);
    if (kind === undefined || entry.name.startsWith('.')) continue;
    if (state.useGitignore && gitIgnored(path, kind === 'directory', here)) continue;
    if (kind === 'directory') {
      if (!SKIPPED_DIRECTORIES.has(entry.name)) walk(path, join(shown, entry.name), state, here);
    } else if (hasReportExtension(entry.name)) {
      state.found.push({ absolute: path, shown: join(shown, entry.name), explicit: false, onlyIfReport: true });
    }
  }
}

/** The folder a glob starts from (its segments before the first with a wildcard) and the pattern below it. */
function splitGlob(pattern: string): { base: string; rest: string } {
  const segments = pattern.split(/[\\/]/);
  const firstWild = segments.findIndex((segment) => GLOB_CHARACTERS.test(segment));
  const baseSegments = segments.slice(0, firstWild);
  const base = baseSegments.length === 0 ? '.' : baseSegments.join('/') || '/';
  return { base, rest: segments.slice(firstWild).join('/') };
}

function expandGlob(pattern: string, cwd: string, useGitignore: boolean): Target[] {
  const { base, rest } = splitGlob(pattern);
  const absoluteBase = resolve(cwd, base);
  if (!existsDirectory(absoluteBase)) return [];
  const found: Target[] = [];
  walk(absoluteBase, normalize(base), { found, walked: new Set(), useGitignore }, useGitignore ? gitignoresAbove(absoluteBase) : []);
  // Anchored to the folder it starts from, `**` crossing folders and `*` not, as in a shell with globstar.
  const matcher = globToRegExp(`/${rest}`);
  return found.filter((target) => matcher.test(relative(absoluteBase, target.absolute).split(sep).join('/')));
}

const byShownPath = (a: Target, b: Target) => (a.shown < b.shown ? -1 : a.shown > b.shown ? 1 : 0);

/**
 * The reports named by the command line. Files are taken as given; folders are searched for
 * .yaml/.yml/.json files (skipping hidden folders, node_modules and what .gitignore leaves out); a
 * path that does not exist but has wildcards is a glob (`reports/**\/*.yaml`, quoted or not), searched
 * the same way. The files found in folders and by globs are marked `onlyIfReport`: the runner skips
 * those that are not reports by their content when it reads them (reading them here would read every
 * file twice). Files the config ignores are dropped; named ones are listed in `ignoredExplicit`.
 * Sorted by the path shown, without repeats.
 */
export function selectFiles(paths: readonly string[], cwd: string, options: SelectOptions = {}): Selection {
  const ignoredByConfig = options.noIgnore ? () => false : (options.ignoredByConfig ?? (() => false));
  const useGitignore = !options.noIgnore;
  const targets = new Map<string, Target>();
  const ignoredExplicit: string[] = [];
  const add = (target: Target) => {
    if (!targets.has(target.absolute)) targets.set(target.absolute, target);
  };
  /** The files a folder or glob gave, the ignored ones dropped; an error when none is left. Which are reports is told when they are read. */
  const addFound = (path: string, found: readonly Target[], what: 'folder' | 'glob') => {
    const unignored = found.filter((target) => !ignoredByConfig(target.absolute));
    if (unignored.length === 0) {
      const skipped = found.length > 0 ? ` (${found.length} ignored by config)` : '';
      const where = what === 'folder' ? `in ${path}` : `matching ${path}`;
      const zhWhere = what === 'folder' ? `文件夹 ${path} 中` : `与 ${path} 匹配的文件中`;
      const zhSkipped = found.length > 0 ? `（有 ${found.length} 个被配置忽略）` : '';
      throw new UsageError({
        en: `no reports (${REPORT_EXTENSIONS.join(', ')}) found ${where}${skipped}`,
        'zh-CN': `${zhWhere}没有找到报告（${REPORT_EXTENSIONS.join('、')}）${zhSkipped}`,
      });
    }
    unignored.forEach(add);
  };

  for (const path of paths) {
    const absolute = resolve(cwd, path);
    let stats;
    try {
      stats = statSync(absolute);
    } catch (error) {
      const code = (error as NodeJS.ErrnoException).code;
      if (code === 'ELOOP') {
        throw new UsageError({ en: `${path}: the symbolic link loops`, 'zh-CN': `${path}：符号链接指向了自身（循环链接）` });
      }
      if (GLOB_CHARACTERS.test(path)) {
        addFound(path, expandGlob(path, cwd, useGitignore), 'glob');
        continue;
      }
      throw noSuchFile(path);
    }
    if (stats.isDirectory()) {
      const found: Target[] = [];
      walk(absolute, normalize(path), { found, walked: new Set(), useGitignore }, useGitignore ? gitignoresAbove(absolute) : []);
      addFound(path, found, 'folder');
    } else if (!targets.has(absolute)) {
      const target = { absolute, shown: normalize(path), explicit: true, onlyIfReport: options.reportsOnly === true };
      if (ignoredByConfig(absolute)) ignoredExplicit.push(target.shown);
      else add(target);
    }
  }
  return { targets: [...targets.values()].sort(byShownPath), ignoredExplicit };
}
