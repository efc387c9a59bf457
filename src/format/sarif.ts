import { createHash } from 'node:crypto';
import { REPOSITORY_URL, ruleDocsUrl } from '../engine/docs-url.js';
import type { Diagnostic, Locale, Rule } from '../engine/types.js';
import { uiText } from '../engine/messages.js';
import { absoluteFileUri, directoryUri, encodePathSegments, messageWithSuggestion, relativeToCwd } from './common.js';
import type { Formatter } from './types.js';

const SARIF_SCHEMA = 'https://json.schemastore.org/sarif-2.1.0.json';
const SRCROOT = '%SRCROOT%';
const FINGERPRINT_KEY = 'govReport/v1';

interface ArtifactLocation {
  readonly uri: string;
  readonly uriBaseId?: string;
  readonly index: number;
}

/**
 * Identifies a finding across commits for code scanning's alert tracking: the rule, the file and
 * the cell it is about, never the line, so an edit elsewhere in the file keeps the alert the same.
 * Findings that share all three (a rule reporting several missing sections at the document root)
 * are told apart by their order among themselves, or code scanning would merge them into one alert.
 */
function fingerprint(ruleId: string, file: string, pointer: string, occurrence = 0): string {
  const key = occurrence === 0 ? [ruleId, file, pointer] : [ruleId, file, pointer, occurrence];
  return createHash('sha256').update(JSON.stringify(key)).digest('hex').slice(0, 32);
}

/** SARIF 2.1.0, for GitHub code scanning and other SARIF viewers. */
export const sarif: Formatter = (results, { rules, cwd, toolVersion, locale }) => {
  const artifacts: { location: { uri: string; uriBaseId?: string } }[] = [];
  const artifactIndex = new Map<string, ArtifactLocation>();
  const locate = (file: string): ArtifactLocation => {
    const relativePath = relativeToCwd(file, cwd);
    const location =
      relativePath === undefined ? { uri: absoluteFileUri(file, cwd) } : { uri: encodePathSegments(relativePath), uriBaseId: SRCROOT };
    const key = `${location.uriBaseId ?? ''}\n${location.uri}`;
    let known = artifactIndex.get(key);
    if (!known) {
      known = { ...location, index: artifacts.length };
      artifactIndex.set(key, known);
      artifacts.push({ location });
    }
    return known;
  };

  const descriptors: Rule[] = [...rules];
  const ruleIndex = new Map(descriptors.map((rule, index) => [rule.id, index]));
  // A result whose rule has no descriptor is rejected by code scanning, so an unlisted rule gets a minimal one.
  const indexOf = (d: Diagnostic): number => {
    let index = ruleIndex.get(d.ruleId);
    if (index === undefined) {
      index = descriptors.length;
      ruleIndex.set(d.ruleId, index);
      descriptors.push({ id: d.ruleId, severity: d.severity, description: { 'zh-CN': d.ruleId, en: d.ruleId }, messages: {}, check() {} });
    }
    return index;
  };

  for (const result of results) locate(result.file);
  const sarifResults = results.flatMap((result) => {
    const artifact = locate(result.file);
    const fingerprintFile = relativeToCwd(result.file, cwd) ?? result.file;
    const occurrences = new Map<string, number>();
    return result.diagnostics.map((d) => {
      const key = JSON.stringify([d.ruleId, d.path]);
      const occurrence = occurrences.get(key) ?? 0;
      occurrences.set(key, occurrence + 1);
      return {
        ruleId: d.ruleId,
        ruleIndex: indexOf(d),
        level: d.severity,
        message: { text: messageWithSuggestion(d) },
        locations: [
          {
            physicalLocation: {
              artifactLocation: artifact,
              region: { startLine: d.line, startColumn: d.column, endLine: d.endLine, endColumn: d.endColumn },
            },
          },
        ],
        partialFingerprints: { [FINGERPRINT_KEY]: fingerprint(d.ruleId, fingerprintFile, d.path, occurrence) },
        ...(d.related && d.related.length > 0
          ? {
              relatedLocations: d.related.map((related, id) => ({
                id,
                physicalLocation: {
                  artifactLocation: locate(related.file),
                  region: { startLine: related.line, startColumn: related.column },
                },
                ...(related.message !== undefined ? { message: { text: related.message } } : {}),
              })),
            }
          : {}),
        ...(d.suppressions && d.suppressions.length > 0
          ? { suppressions: d.suppressions.map((s) => ({ kind: 'inSource', justification: s.justification })) }
          : {}),
        properties: {
          messageId: d.messageId,
          path: d.path,
          data: d.data,
          ...(d.suggestion !== undefined ? { suggestion: d.suggestion } : {}),
        },
      };
    });
  });

  const log = {
    $schema: SARIF_SCHEMA,
    version: '2.1.0',
    runs: [
      {
        tool: {
          driver: {
            name: 'gov-report',
            version: toolVersion,
            informationUri: REPOSITORY_URL,
            rules: descriptors.map((rule) => ruleDescriptor(rule, locale)),
          },
        },
        originalUriBaseIds: { [SRCROOT]: { uri: directoryUri(cwd) } },
        artifacts,
        results: sarifResults,
        // Columns come from the YAML parser's string offsets, which count UTF-16 code units.
        columnKind: 'utf16CodeUnits',
      },
    ],
  };
  return `${JSON.stringify(log, null, 2)}\n`;
};

const pascalCase = (id: string) =>
  id
    .split(/[^A-Z0-9]+/i)
    .filter(Boolean)
    .map((word) => word[0]!.toUpperCase() + word.slice(1))
    .join('');

/**
 * A rule as code scanning shows it, in the run's language: `name` is a readable identifier apart from
 * the id, and `help` (which GitHub asks of every rule) says what the rule checks and where its page is.
 */
function ruleDescriptor(rule: Rule, locale: Locale) {
  const description = rule.description[locale];
  const url = ruleDocsUrl(rule.id);
  const text = uiText(locale);
  return {
    id: rule.id,
    name: pascalCase(rule.id),
    shortDescription: { text: description },
    fullDescription: { text: description },
    helpUri: url,
    help: { text: `${description}\n${text.ruleDocsLine(url)}`, markdown: `${description}\n\n[${text.ruleDocs}](${url})` },
    defaultConfiguration: { level: rule.severity },
    properties: { tags: ['gov-report'] },
  };
}
