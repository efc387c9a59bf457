import { piecesOf, TEXT_LAYOUTS } from './tests/layouts/report-layouts.ts';
import { parse } from 'yaml'; import { readFileSync } from 'node:fs';
const r = parse(readFileSync('fixtures/import/tabs.expected.yaml','utf8'));
process.stdout.write(TEXT_LAYOUTS[process.argv[2]].layout(piecesOf(r)));
