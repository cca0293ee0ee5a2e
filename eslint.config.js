// Lint enforces the house's boundaries (STYLE.md habit 4): main/ is plain Node and never
// imports electron; renderer/ talks to the core only through the typed bridge; electron/ hosts
// the core through its public entry points; a migration never imports runtime code (habit 16).
import { builtinModules } from 'node:module';
import js from '@eslint/js';
import tseslint from 'typescript-eslint';
import reactHooks from 'eslint-plugin-react-hooks';
import globals from 'globals';

// Every Node built-in with its subpaths (fs/promises, path/posix, …); `node:*` is a pattern below.
const nodeBuiltins = builtinModules.filter((name) => !name.startsWith('_'));

// Node's globals: the renderer runs in a browser tab too (browser mode), where none exist.
const nodeGlobals = ['Buffer', 'process', 'global', '__dirname', '__filename', 'require'];

// What electron/ imports from main/ (the core's public surface): openCore and the Core type,
// the core's events, the contract; the session store's type for the document window. Its tests
// may also build a core with main/testing and start the browser-mode server.
const shellEntryPoints = ['core', 'events', 'contract/[\\w.-]+'];
const shellImports = (entryPoints) => [
  'error',
  {
    patterns: [
      {
        regex: `^(\\.\\./)+main(?!/(${[...entryPoints, 'session/sessionStore'].join('|')})$)(/|$)`,
        caseSensitive: true,
        message:
          'electron/ reaches main/ only through its public entry points: main/core, main/events, main/contract/*.',
      },
      {
        regex: '^(\\.\\./)+main/session/sessionStore$',
        caseSensitive: true,
        allowTypeImports: true,
        message: 'electron/ may use the session store as a type only; the core owns the sessions.',
      },
    ],
  },
];

// A migration runs the SQL it held when it landed, forever: it imports knex types only (the knex
// instance is handed to it) and the append-only guard, never runtime code that may change.
// `allowed`: regexes of the other specifiers a file may import; `what`: the same, in words.
const migrationImports = (allowed, what = './appendOnly') => [
  'error',
  {
    paths: [
      {
        name: 'knex',
        allowTypeImports: true,
        message: "A migration uses the knex it is given: `import type { Knex } from 'knex'`.",
      },
    ],
    patterns: [
      {
        regex: `^(?!(knex|${allowed.join('|')})$)`,
        caseSensitive: true,
        message: `A migration never imports runtime code (STYLE.md 16): inline the SQL it runs. Allowed here: knex types, ${what}.`,
      },
    ],
  },
];

export default tseslint.config(
  { ignores: ['out/**', 'dist/**', 'node_modules/**', 'coverage/**', '.e2e-artifacts/**'] },
  js.configs.recommended,
  ...tseslint.configs.recommended,
  {
    files: ['**/*.ts', '**/*.tsx'],
    languageOptions: {
      parserOptions: { projectService: true, tsconfigRootDir: import.meta.dirname },
    },
    rules: {
      '@typescript-eslint/no-floating-promises': 'error',
      '@typescript-eslint/no-explicit-any': 'error',
      '@typescript-eslint/consistent-type-imports': ['error', { fixStyle: 'inline-type-imports' }],
      '@typescript-eslint/no-unused-vars': [
        'error',
        { argsIgnorePattern: '^_', varsIgnorePattern: '^_' },
      ],
    },
  },
  {
    files: ['**/*.js', '**/*.mjs'],
    languageOptions: { globals: { ...globals.node } },
  },
  {
    files: ['main/**/*.ts', 'migrations/**/*.ts'],
    rules: {
      'no-restricted-imports': [
        'error',
        {
          paths: [
            {
              name: 'electron',
              message: 'main/ is plain Node: only electron/ may import electron.',
            },
            {
              name: 'electron-updater',
              message: "Updates are the shell's job: only electron/ may import electron-updater.",
            },
          ],
          patterns: [
            {
              group: ['electron/*', '**/electron/**'],
              message: 'main/ may not import from the Electron shell.',
            },
            { group: ['**/renderer/**'], message: 'main/ may not import the renderer.' },
            {
              group: ['electron-updater/*'],
              message: "Updates are the shell's job: only electron/ may import electron-updater.",
            },
          ],
        },
      ],
    },
  },
  {
    // Refusals are data with a reason in the registry (issue 11, item 2; STYLE.md 15): the core
    // builds them with refuse(code, reason, ...) so every one reads in the user's language.
    files: ['main/**/*.ts', 'electron/**/*.ts'],
    ignores: ['main/contract/**', '**/*.test.ts'],
    rules: {
      'no-restricted-syntax': [
        'error',
        {
          selector: 'NewExpression[callee.name="DepotError"]',
          message:
            "Refuse with refuse(code, '<domain>.<reason>', { params, field, message }): a reason the screens can say in the user's language.",
        },
      ],
    },
  },
  {
    files: ['migrations/*.ts'],
    ignores: ['migrations/*.test.ts'],
    rules: { '@typescript-eslint/no-restricted-imports': migrationImports(['\\./appendOnly']) },
  },
  {
    // Landed with node:crypto for its hash backfill, and frozen since: the platform's sha256,
    // not the depot's runtime code.
    files: ['migrations/20261207_0025_audit_chain.ts'],
    rules: {
      '@typescript-eslint/no-restricted-imports': migrationImports(
        ['\\./appendOnly', 'node:crypto'],
        './appendOnly, node:crypto',
      ),
    },
  },
  {
    // Not a migration: the ordered list of them.
    files: ['migrations/index.ts'],
    rules: {
      '@typescript-eslint/no-restricted-imports': migrationImports(
        ['\\./\\d{8}_\\d{4}_\\w+'],
        'the migration files',
      ),
    },
  },
  {
    files: ['electron/**/*.ts'],
    rules: { '@typescript-eslint/no-restricted-imports': shellImports(shellEntryPoints) },
  },
  {
    files: ['electron/**/*.test.ts', 'electron/testing/**/*.ts'],
    rules: {
      '@typescript-eslint/no-restricted-imports': shellImports([
        ...shellEntryPoints,
        'testing/[\\w.-]+',
        'server/httpServer',
      ]),
    },
  },
  {
    files: ['renderer/**/*.ts', 'renderer/**/*.tsx'],
    languageOptions: { globals: { ...globals.browser } },
    plugins: { 'react-hooks': reactHooks },
    rules: {
      ...reactHooks.configs.recommended.rules,
      'react-hooks/set-state-in-effect': 'off',
      '@typescript-eslint/no-restricted-imports': [
        'error',
        {
          paths: [
            {
              name: 'electron',
              message: 'The renderer reaches the core only through the typed bridge.',
            },
            { name: 'knex', message: 'The renderer never touches the database.' },
            { name: 'sqlite3', message: 'The renderer never touches the database.' },
            ...nodeBuiltins.map((name) => ({ name, message: 'No Node modules in the renderer.' })),
          ],
          patterns: [
            { group: ['node:*'], message: 'No Node modules in the renderer.' },
            {
              // main/rules/ is the one runtime exception: pure rules both sides run (its README).
              regex: '(^|/)(main/(?!rules/)|electron/)',
              allowTypeImports: true,
              message:
                'The renderer may only `import type` from main/ (values from main/rules/ only); call the core through the bridge.',
            },
          ],
        },
      ],
      'no-restricted-syntax': [
        'error',
        ...[
          'ImportExpression[source.value=/(^|\\/)(main|electron)\\//]',
          'ImportExpression > TemplateLiteral > TemplateElement[value.raw=/(^|\\/)(main|electron)\\//]',
        ].map((selector) => ({
          selector,
          message:
            'No dynamic import of main/ or electron/ either: call the core through the bridge.',
        })),
      ],
      'no-restricted-globals': [
        'error',
        ...nodeGlobals.map((name) => ({
          name,
          message: `No Node globals in the renderer (${name}): it also runs in a browser tab. Use import.meta.env for build-time values, Uint8Array/TextEncoder for bytes.`,
        })),
      ],
    },
  },
  {
    // A renderer test may build its fixtures from the core's test helpers (main/testing/), e.g.
    // what session/status allows a role: tests follow the core's rules instead of a copy.
    files: [
      'renderer/**/*.test.ts',
      'renderer/**/*.test.tsx',
      'renderer/**/testFixtures.ts',
      'renderer/**/*TestFixtures.ts',
      'renderer/src/test/**/*.ts',
      'renderer/src/test/**/*.tsx',
    ],
    rules: {
      '@typescript-eslint/no-restricted-imports': [
        'error',
        {
          patterns: [
            {
              regex: '(^|/)(main/(?!rules/|testing/)|electron/)',
              allowTypeImports: true,
              message:
                'A renderer test may import values from main/rules/ and main/testing/ only; call the core through the bridge.',
            },
          ],
        },
      ],
    },
  },
  {
    // Rules the renderer runs too (main/rules/README.md): pure, so nothing from outside the folder.
    files: ['main/rules/**/*.ts'],
    rules: {
      '@typescript-eslint/no-restricted-imports': [
        'error',
        {
          patterns: [
            {
              regex: '^(?!\\./)',
              message:
                'main/rules/ is pure and shared with the renderer: it imports only from main/rules/ itself.',
            },
          ],
        },
      ],
    },
  },
);
