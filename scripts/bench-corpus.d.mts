// Types of scripts/bench-corpus.mjs, for the tests that lint generated reports.
export declare const FAULT_KINDS: readonly string[];
export declare function writeCorpus(dir: string, count: number, options?: { seed?: number; years?: number; faulty?: number; long?: number; byYear?: boolean }): string[];
