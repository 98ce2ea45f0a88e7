// @ts-check
import js from '@eslint/js';
import tseslint from 'typescript-eslint';

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
  {
    // The pure core may not reach AWS, the environment or the clock: those come in through ports.
    files: ['functions/core/**/*.ts'],
    rules: {
      'no-restricted-imports': ['error', { patterns: [{ group: ['@aws-sdk/*', '../adapters/*', '../handlers/*'], message: 'core/ is pure: go through a port in app/ports.ts' }] }],
      'no-restricted-properties': ['error', { object: 'process', property: 'env', message: 'core/ reads no environment: pass values in' }, { object: 'Date', property: 'now', message: 'core/ has no clock: pass `now` in' }],
    },
  },
);
