import { UsageError } from '../errors.js';
import type { FileTask } from './batch.js';
import { loadReport } from '../load/parse.js';
import { readReportBytes } from '../load/read.js';

/**
 * The data of the linted reports by the name they have in the results, read again on demand (lint
 * keeps no report in memory, and its worker threads return findings only): undefined for a report
 * that cannot be read or is not valid YAML/JSON.
 */
export function reportDataLoader(tasks: readonly FileTask[]): (file: string) => unknown {
  // Built on first use: most formats never ask.
  let byFile: Map<string, FileTask> | undefined;
  return (file) => {
    byFile ??= new Map(tasks.map((task) => [task.file, task]));
    const task = byFile.get(file);
    if (!task) return undefined;
    try {
      const report = loadReport(task.file, task.bytes ?? readReportBytes(task.absolute, task.file, task.maxBytes));
      return report.syntaxProblems.length > 0 ? undefined : report.data;
    } catch (error) {
      if (error instanceof UsageError) return undefined;
      throw error;
    }
  };
}
