// @ts-check
import js from '@eslint/js';
import tseslint from 'typescript-eslint';

const DEPLOY_AND_LOCAL = ['**/infra/**', '**/local/**', '**/tools/**', '**/bench/**', '**/tests/**'];

export default tseslint.config(
  { ignores: ['node_modules/', 'cdk.out/', '.local/', 'coverage/'] },
  js.configs.recommended,
  ...tseslint.configs.recommended,
  {
    languageOptions: { globals: { process: 'readonly', Buffer: 'readonly', console: 'readonly', URL: 'readonly' } },
    rules: {
      '@typescript-eslint/no-unused-vars': ['error', { argsIgnorePattern: '^_', varsIgnorePattern: '^_', destructuredArrayIgnorePattern: '^_' }],
      '@typescript-eslint/consistent-type-imports': 'error',
      'no-console': ['error', { allow: ['error', 'warn'] }],
      eqeqeq: 'error',
    },
  },
  // The layout (README, "How it is built"): imports go one way. tests/unit/layout.test.ts adds what a
  // per-file rule cannot see (cycles, the order of core's shelves, entry files).
  {
    // Deployed code imports no deploy code, no local mode and no tools.
    files: ['functions/**/*.ts', 'templates/**/*.ts'],
    rules: { 'no-restricted-imports': ['error', { patterns: [{ group: DEPLOY_AND_LOCAL, message: 'deployed code imports no infra/, local/ or tools/' }] }] },
  },
  {
    // The pure core may not reach AWS, the environment or the clock: those come in through ports.
    files: ['functions/core/**/*.ts'],
    rules: {
      'no-restricted-imports': ['error', { patterns: [
        { group: DEPLOY_AND_LOCAL, message: 'deployed code imports no infra/, local/ or tools/' },
        { group: ['@aws-sdk/*', '**/adapters/**', '**/handlers/**', '**/app/**'], message: 'core/ is pure: the use case in app/ reaches the world through app/ports.ts' },
      ] }],
      'no-restricted-properties': ['error', { object: 'process', property: 'env', message: 'core/ reads no environment: pass values in' }, { object: 'Date', property: 'now', message: 'core/ has no clock: pass `now` in' }],
      'no-restricted-syntax': ['error', { selector: "NewExpression[callee.name='Date'][arguments.length=0]", message: 'core/ has no clock: pass `now` in' }],
    },
  },
  {
    // Use cases reach the world only through their ports.
    files: ['functions/app/**/*.ts'],
    rules: { 'no-restricted-imports': ['error', { patterns: [
      { group: DEPLOY_AND_LOCAL, message: 'deployed code imports no infra/, local/ or tools/' },
      { group: ['@aws-sdk/*', '**/adapters/**', '**/handlers/**'], message: 'app/ uses core/ and its own ports; adapters implement the ports' },
    ] }] },
  },
  {
    // Adapters implement the ports; the handlers wire them.
    files: ['functions/adapters/**/*.ts'],
    rules: { 'no-restricted-imports': ['error', { patterns: [
      { group: DEPLOY_AND_LOCAL, message: 'deployed code imports no infra/, local/ or tools/' },
      { group: ['**/handlers/**'], message: 'adapters implement ports; handlers wire adapters to app' },
    ] }] },
  },
  {
    // Configuration is read by every layer and reads none of them.
    files: ['functions/config/**/*.ts'],
    rules: { 'no-restricted-imports': ['error', { patterns: [
      { group: DEPLOY_AND_LOCAL, message: 'deployed code imports no infra/, local/ or tools/' },
      { group: ['**/core/**', '**/app/**', '**/adapters/**', '**/handlers/**'], message: 'config/ reads no other layer' },
    ] }] },
  },
);
