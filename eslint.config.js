// House rules for our own code: typescript-eslint's type-aware checks and eslint-plugin-regexp
// (many of our regexes face hostile text, so catastrophic backtracking and sloppy classes matter).
import tseslint from 'typescript-eslint';
import regexp from 'eslint-plugin-regexp';

export default tseslint.config(
  { ignores: ['dist/**', 'node_modules/**', 'coverage/**', 'scratch/**', 'fixtures/**'] },
  ...tseslint.configs.recommendedTypeChecked,
  regexp.configs['flat/recommended'],
  {
    languageOptions: { parserOptions: { projectService: true, tsconfigRootDir: import.meta.dirname } },
    // Full-width digits and letters are how Chinese reports write them: those ranges are not obscure here.
    settings: { regexp: { allowedCharacterRanges: ['alphanumeric', '０-９', 'Ａ-Ｚ', 'ａ-ｚ'] } },
    rules: {
      // Control characters in classes are deliberate: hostile input is cleaned of them.
      'no-control-regex': 'off',
      '@typescript-eslint/consistent-type-imports': 'error',
      'regexp/no-super-linear-backtracking': 'error',
      'regexp/no-super-linear-move': 'warn',
    },
  },
  {
    files: ['src/**'],
    ignores: ['src/format/cli-table.ts'],
    // Tables are drawn with the truncate that src/format/cli-table.ts makes linear.
    rules: {
      'no-restricted-imports': ['error', { paths: [{ name: 'cli-table3', message: 'Import Table from src/format/cli-table.ts.' }] }],
    },
  },
  {
    files: ['tests/**'],
    // node:test awaits describe/it itself; their returned promises are not ours to handle.
    rules: { '@typescript-eslint/no-floating-promises': 'off' },
  },
  { files: ['**/*.js', '**/*.mjs'], ...tseslint.configs.disableTypeChecked },
  {
    files: ['bin/**'],
    // The bin is CommonJS: it compiles the bundle itself to keep V8's code cache.
    rules: { '@typescript-eslint/no-require-imports': 'off' },
  },
);
