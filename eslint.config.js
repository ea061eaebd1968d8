// @ts-check
import js from '@eslint/js';
import reactHooks from 'eslint-plugin-react-hooks';
import globals from 'globals';
import tseslint from 'typescript-eslint';

// HTML sinks: page and API data must never be parsed as markup.
const htmlSinks = [
  { selector: "MemberExpression[property.name='innerHTML']", message: 'innerHTML is banned: render text.' },
  { selector: "MemberExpression[property.name='outerHTML']", message: 'outerHTML is banned: render text.' },
  {
    selector: "CallExpression[callee.property.name='insertAdjacentHTML']",
    message: 'insertAdjacentHTML is banned.',
  },
  {
    selector: "JSXAttribute[name.name='dangerouslySetInnerHTML']",
    message: 'dangerouslySetInnerHTML is banned.',
  },
  {
    selector: "CallExpression[callee.object.name='document'][callee.property.name='write']",
    message: 'document.write is banned.',
  },
];
const noConsole = { selector: "CallExpression[callee.object.name='console']", message: 'Use lib/log.ts.' };

// Import boundaries (STYLE.md §4.2), with core no-restricted-imports patterns: no extra plugin to keep
// in step with ESLint 10, and the messages say exactly which rule a file broke.
const secrets = {
  group: ['**/lib/storage/secrets', '**/lib/storage/secrets.ts'],
  message: 'Only background code may touch secrets.',
};
const background = { group: ['**/lib/background/**'], message: 'Only the background runs use cases.' };
const api = {
  group: ['**/lib/api/**'],
  message: 'UI and content code talk to the background through lib/messaging.',
};
// The 2.6 MB domain lists as modules are for Node (tests, bench); the extension fetches the files.
const mailListData = {
  group: ['**/mail-list-data', '**/mail-list-data.ts'],
  message: 'Extension code fetches the mail lists (lib/background/page/mail-list-files.ts).',
};
const browserApis = {
  group: ['wxt/browser', '#imports', 'wxt/utils/*', '**/lib/messaging/client', '**/lib/storage/**'],
  message: 'Components get data and callbacks through props.',
};

export default tseslint.config(
  {
    ignores: [
      '.output/**',
      '.wxt/**',
      'node_modules/**',
      'coverage/**',
      'test-results/**',
      'playwright-report/**',
      'artifacts/**',
    ],
  },
  js.configs.recommended,
  ...tseslint.configs.strictTypeChecked,
  ...tseslint.configs.stylisticTypeChecked,
  {
    languageOptions: {
      parserOptions: {
        projectService: { allowDefaultProject: ['*.js'] },
        tsconfigRootDir: import.meta.dirname,
      },
      globals: { ...globals.browser, ...globals.node },
    },
    plugins: { 'react-hooks': reactHooks },
    rules: {
      ...reactHooks.configs.recommended.rules,
      'no-restricted-syntax': ['error', ...htmlSinks, noConsole],
      '@typescript-eslint/consistent-type-imports': 'error',
      '@typescript-eslint/switch-exhaustiveness-check': 'error',
      '@typescript-eslint/no-floating-promises': 'error',
      '@typescript-eslint/restrict-template-expressions': ['error', { allowNumber: true }],
      'max-params': ['error', 4],
      'max-lines': ['warn', { max: 300, skipBlankLines: true, skipComments: true }],
    },
  },
  {
    files: ['lib/**/*.ts'],
    rules: { '@typescript-eslint/explicit-module-boundary-types': 'error' },
  },
  {
    // Secrets: only the background may import them (STYLE.md §4.9).
    files: ['**/*.{ts,tsx}'],
    ignores: ['lib/background/**', 'entrypoints/background/**', 'tests/**', 'bench/**'],
    rules: { 'no-restricted-imports': ['error', { patterns: [secrets, mailListData] }] },
  },
  {
    files: ['lib/background/**', 'entrypoints/background/**'],
    rules: { 'no-restricted-imports': ['error', { patterns: [mailListData] }] },
  },
  {
    files: ['components/**'],
    rules: {
      'no-restricted-imports': ['error', { patterns: [browserApis, secrets, background, api, mailListData] }],
    },
  },
  {
    files: [
      'entrypoints/popup/**',
      'entrypoints/sidepanel/**',
      'entrypoints/options/**',
      'entrypoints/dashboard/**',
    ],
    rules: { 'no-restricted-imports': ['error', { patterns: [secrets, background, api, mailListData] }] },
  },
  {
    files: ['entrypoints/*.content/**', 'lib/detect/**', 'lib/state/**'],
    ignores: ['lib/detect/mail-list-data.ts'],
    rules: { 'no-restricted-imports': ['error', { patterns: [secrets, background, api, mailListData] }] },
  },
  {
    files: ['lib/api/**'],
    rules: {
      'no-restricted-imports': [
        'error',
        {
          patterns: [
            secrets,
            background,
            mailListData,
            {
              group: ['wxt/browser', '#imports', '**/lib/messaging/**', '**/lib/storage/**'],
              message: 'lib/api is a pure client.',
            },
          ],
        },
      ],
    },
  },
  {
    // Tests, scripts, the sandbox and benches may print and may poke at internals.
    files: ['tests/**', 'scripts/**', 'bench/**', 'lib/log.ts'],
    rules: { 'no-restricted-syntax': ['error', ...htmlSinks], 'max-lines': 'off' },
  },
  {
    // Playwright fixtures call `use(...)`, which is not a React hook.
    files: ['tests/e2e/**', 'tests/firefox/**', 'bench/**'],
    rules: { 'react-hooks/rules-of-hooks': 'off' },
  },
  { files: ['**/*.js'], ...tseslint.configs.disableTypeChecked },
);
