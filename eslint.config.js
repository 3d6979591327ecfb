// @ts-check
import js from '@eslint/js';
import tseslint from 'typescript-eslint';

// Walls from the design: pages reach the worker only through messages; lib/ is plain logic;
// remote data is never parsed as HTML.
const noHtmlSinks = {
  selector: "MemberExpression[property.name=/^(innerHTML|outerHTML)$/], CallExpression[callee.property.name='insertAdjacentHTML'], JSXAttribute[name.name='dangerouslySetInnerHTML']",
  message: 'Render remote data as elements, never as HTML.',
};

export default tseslint.config(
  { ignores: ['.output/**', '.wxt/**', 'node_modules/**', '.tmp/**'] },
  js.configs.recommended,
  ...tseslint.configs.recommended,
  {
    languageOptions: { ecmaVersion: 2024, sourceType: 'module' },
    rules: {
      'no-restricted-syntax': ['error', noHtmlSinks],
      '@typescript-eslint/no-unused-vars': ['error', { argsIgnorePattern: '^_', varsIgnorePattern: '^_' }],
      '@typescript-eslint/consistent-type-imports': 'error',
      eqeqeq: ['error', 'always'],
    },
  },
  {
    // Type-aware rules: a promise nobody awaits loses its rejection, and an async function where a
    // void callback is expected (an event handler, forEach) drops its result and its errors.
    // https://typescript-eslint.io/rules/no-floating-promises https://typescript-eslint.io/rules/no-misused-promises
    files: ['lib/**/*.{ts,tsx}', 'components/**/*.{ts,tsx}', 'entrypoints/**/*.{ts,tsx}', 'test/**/*.{ts,tsx}'],
    languageOptions: { parserOptions: { projectService: true, tsconfigRootDir: import.meta.dirname } },
    rules: {
      '@typescript-eslint/no-floating-promises': 'error',
      '@typescript-eslint/no-misused-promises': 'error',
    },
  },
  {
    files: ['lib/**', 'components/**'],
    rules: {
      // Only the Jira client and the token request call the network; everything else asks them.
      'no-restricted-globals': ['error', { name: 'fetch', message: 'Go through lib/jira/client.ts.' }],
    },
  },
  {
    files: ['lib/jira/client.ts', 'lib/auth/token-request.ts'],
    rules: { 'no-restricted-globals': 'off' },
  },
  {
    files: ['lib/**'],
    rules: {
      'no-restricted-imports': [
        'error',
        { patterns: [{ group: ['**/components/**', '**/entrypoints/**'], message: 'lib/ must not depend on the UI.' }] },
      ],
    },
  },
  ...componentLayers(),
);

/**
 * components/ in layers (components/README.md): pages (popup, capture, options) may use features
 * (create, issue, find) and shared folders; features only shared folders; shared folders only
 * the shared folders below them. An import from a sibling folder outside those is an error.
 */
function componentLayers() {
  const base = [
    { group: ['**/lib/auth/**', '**/lib/jira/client*'], message: 'Components reach the worker through lib/messaging/client.' },
    { group: ['wxt/browser', 'webextension-polyfill'], message: 'Components get browser features as props from their entrypoint.' },
  ];
  const pages = ['popup', 'capture', 'options'];
  const features = ['create', 'issue', 'find', 'activity'];
  /** What each folder may not import from components/ (all other folders are allowed). */
  const forbidden = {
    popup: ['capture', 'options'],
    capture: ['popup', 'options'],
    options: ['popup', 'capture'],
    create: [...pages, 'issue', 'find', 'activity'],
    issue: [...pages, 'create', 'find', 'activity'],
    find: [...pages, 'create', 'issue', 'activity'],
    activity: [...pages, 'create', 'issue', 'find'],
    session: [...pages, ...features, 'form', 'fields', 'adf'],
    form: [...pages, ...features, 'session'],
    fields: [...pages, ...features, 'session', 'form'],
    adf: [...pages, ...features, 'session', 'form', 'fields'],
    ui: [...pages, ...features, 'session', 'form', 'fields', 'adf'],
  };
  return [
    { files: ['components/**'], rules: { 'no-restricted-imports': ['error', { patterns: base }] } },
    ...Object.entries(forbidden).map(([folder, names]) => ({
      files: [`components/${folder}/**`],
      rules: {
        'no-restricted-imports': [
          'error',
          {
            patterns: [
              ...base,
              {
                regex: `^(\\.\\./)+(${names.join('|')})/`,
                message: `components/${folder}/ may not import from ${names.join(', ')} (components/README.md).`,
              },
            ],
          },
        ],
      },
    })),
  ];
}
