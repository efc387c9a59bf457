import { existsSync } from 'node:fs';
import { dirname, join, relative, resolve, sep } from 'node:path';
import type { SeveritySetting } from '../engine/types.js';
import { matchesAny } from './glob.js';
import { type Config, loadConfig } from './load.js';
import { CONFIG_FILE_NAMES } from './schema.js';

/** Where configuration comes from: found next to each file, one named file (-c), or none (--no-config). */
export type ConfigSource = { readonly kind: 'discover' } | { readonly kind: 'file'; readonly file: string } | { readonly kind: 'none' };

/** From `-c <file>` (a path), `--no-config` (false) or neither (undefined). */
export function configSourceOf(option: string | boolean | undefined, cwd: string): ConfigSource {
  if (option === false) return { kind: 'none' };
  if (typeof option === 'string') return { kind: 'file', file: resolve(cwd, option) };
  return { kind: 'discover' };
}

interface FileSettings {
  readonly ignored: boolean;
  /** Only the rules whose setting differs from their default need be listed. */
  readonly severities: ReadonlyMap<string, SeveritySetting>;
}

const toSlashes = (path: string) => path.split(sep).join('/');

/**
 * Settles, for each file, whether it is ignored and how each rule is set: configs from the farthest
 * folder to the nearest (a `root: true` config ends the walk up), each config's `rules` then its
 * matching `overrides` in order, and last the command line's `--rule`.
 */
export class ConfigResolver {
  private readonly byDirectory = new Map<string, readonly Config[]>();
  private readonly byFile = new Map<string, Config>();

  constructor(
    private readonly source: ConfigSource,
    private readonly knownRules: readonly string[],
    private readonly commandLineRules: ReadonlyMap<string, SeveritySetting> = new Map(),
    /** Config files are named relative to it in error messages. */
    private readonly cwd = process.cwd(),
  ) {}

  settingsFor(absoluteFile: string): FileSettings {
    const chain = this.chainFor(dirname(absoluteFile));
    const severities = new Map<string, SeveritySetting>();
    let ignored = false;
    for (const config of chain) {
      const path = toSlashes(relative(config.directory, absoluteFile));
      const inside = !path.startsWith('../');
      if (inside && matchesAny(path, config.ignores)) ignored = true;
      for (const [id, setting] of config.rules) severities.set(id, setting);
      for (const override of config.overrides) {
        if (inside && matchesAny(path, override.files)) for (const [id, setting] of override.rules) severities.set(id, setting);
      }
    }
    for (const [id, setting] of this.commandLineRules) severities.set(id, setting);
    return { ignored, severities };
  }

  /** The configs that apply in a folder, farthest first. */
  private chainFor(directory: string): readonly Config[] {
    if (this.source.kind === 'none') return [];
    if (this.source.kind === 'file') return [this.load(this.source.file)];
    const cached = this.byDirectory.get(directory);
    if (cached) return cached;
    const here = CONFIG_FILE_NAMES.map((name) => join(directory, name)).find((file) => existsSync(file));
    const config = here ? this.load(here) : undefined;
    const parent = dirname(directory);
    const above = config?.root || parent === directory ? [] : this.chainFor(parent);
    const chain = config ? [...above, config] : above;
    this.byDirectory.set(directory, chain);
    return chain;
  }

  private load(file: string): Config {
    let config = this.byFile.get(file);
    if (!config) this.byFile.set(file, (config = loadConfig(file, relative(this.cwd, file) || file, this.knownRules)));
    return config;
  }
}
