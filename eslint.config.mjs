// Lint and the layer rules of DESIGN.md §2. The rules are data: each layer names what it may import,
// and every forbidden import is reported with the list of allowed layers so the fix is obvious.
import tseslint from 'typescript-eslint';

const NODE_BUILTINS = [
  'node:*',
  'fs',
  'fs/*',
  'path',
  'os',
  'child_process',
  'worker_threads',
  'http',
  'https',
  'net',
  'crypto',
  'url',
  'stream',
  'zlib',
  'events',
  'util',
];

/** layer → { files, allowed (for the message), forbidden import patterns } */
const LAYERS = [
  {
    name: 'shared',
    files: ['shared/**/*.ts'],
    allowed: 'shared/ and zod',
    forbid: [
      'electron',
      'react',
      'react-dom',
      'zustand',
      'lunr',
      ...NODE_BUILTINS,
      '**/electron/**',
      '**/renderer/**',
    ],
  },
  {
    name: 'electron/services, workers, cli',
    files: ['electron/services/**/*.ts', 'electron/workers/**/*.ts', 'electron/cli/**/*.ts'],
    allowed: 'shared/, node:*, and pure libraries such as lunr (cli may also use hosts/local and hosts/ws)',
    forbid: ['electron', '**/main/**', '**/preload/**', '**/renderer/**', 'react', 'react-dom', 'zustand'],
    extraForbidFor: {
      'electron/services/**/*.ts': ['**/hosts/**'],
      'electron/workers/**/*.ts': ['**/hosts/**'],
    },
  },
  {
    name: 'electron/hosts/ws and hosts/local',
    files: ['electron/hosts/ws/**/*.ts', 'electron/hosts/local/**/*.ts', 'electron/hosts/*.ts'],
    allowed: 'electron/services, shared/ and node:*',
    forbid: ['electron', '**/main/**', '**/preload/**', '**/renderer/**'],
  },
  {
    name: 'electron/hosts/ipc',
    files: ['electron/hosts/ipc/**/*.ts'],
    allowed: "electron/services, shared/ and 'electron'",
    forbid: ['**/main/**', '**/preload/**', '**/renderer/**'],
  },
  {
    name: 'electron/main',
    files: ['electron/main/**/*.ts'],
    allowed: "'electron', electron/hosts, electron/services and shared/",
    forbid: ['**/renderer/**'],
  },
  {
    name: 'electron/preload',
    files: ['electron/preload/**/*.ts'],
    allowed: "'electron' and shared/contract/methods only (no zod: the sandboxed preload is one small file)",
    forbid: [
      'zod',
      '**/services/**',
      '**/hosts/**',
      '**/main/**',
      '**/renderer/**',
      '**/shared/contract/schemas*',
      '**/shared/contract/index*',
      '**/shared/contract/domains/**',
      '**/shared/model/**',
      '**/shared/text/**',
      ...NODE_BUILTINS,
    ],
  },
  {
    name: 'renderer',
    files: ['renderer/**/*.ts', 'renderer/**/*.tsx'],
    allowed: 'shared/, react, zustand and DOM libraries',
    forbid: ['electron', ...NODE_BUILTINS, '**/electron/**', 'lunr'],
  },
];

function layerBlock(layer, files, patterns) {
  return {
    files,
    rules: {
      'no-restricted-imports': [
        'error',
        {
          patterns: [
            {
              group: patterns,
              message: `layer rule (DESIGN.md §2): ${layer.name} may import only ${layer.allowed}.`,
            },
          ],
        },
      ],
    },
  };
}

const layerBlocks = LAYERS.flatMap((layer) => {
  const blocks = [layerBlock(layer, layer.files, layer.forbid)];
  for (const [glob, more] of Object.entries(layer.extraForbidFor ?? {})) {
    blocks.push(layerBlock(layer, [glob], [...layer.forbid, ...more]));
  }
  return blocks;
});

export default tseslint.config(
  {
    ignores: [
      'node_modules/',
      'dist/',
      'release/',
      'reports/',
      'test-results/',
      'playwright-report/',
      'build/',
      'resources/',
      '**/*.cjs',
      '**/*.mjs',
      '**/*.mts',
    ],
  },
  ...tseslint.configs.recommended,
  {
    rules: {
      '@typescript-eslint/no-explicit-any': 'error',
      '@typescript-eslint/no-unused-vars': ['error', { argsIgnorePattern: '^_', varsIgnorePattern: '^_' }],
      eqeqeq: ['error', 'always', { null: 'ignore' }],
    },
  },
  ...layerBlocks,
  {
    // Only the client module may touch the Electron bridge.
    files: ['renderer/**/*.ts', 'renderer/**/*.tsx'],
    ignores: ['renderer/src/client/**'],
    rules: {
      'no-restricted-properties': [
        'error',
        {
          object: 'window',
          property: 'dossier',
          message: 'layer rule (DESIGN.md §2): only renderer/src/client may use window.dossier.',
        },
      ],
    },
  },
  {
    // The window loads no schema library: the renderer takes types from the schema modules and value
    // lists from shared/model/values (ADR 056). Loading zod and building every schema cost the
    // window's first task tens of milliseconds.
    files: ['renderer/**/*.ts', 'renderer/**/*.tsx'],
    rules: {
      '@typescript-eslint/no-restricted-imports': [
        'error',
        {
          patterns: [
            {
              group: [
                'zod',
                '**/shared/contract',
                '**/shared/contract/**',
                '**/shared/model/*',
                '!**/shared/model/values',
                '!**/shared/model/ids',
              ],
              allowTypeImports: true,
              message:
                'the renderer imports only types from schema modules; take value lists from shared/model/values (ADR 056).',
            },
          ],
        },
      ],
    },
  },
);
