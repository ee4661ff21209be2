/** @jest-config-loader esbuild-register */
import type { Config } from 'jest';

// The project's own tests. The conformance suites in suites/ talk to a target and are run
// only by `npm run conformance`, which builds its own jest configuration (src/run/), so that
// `npm test` can never reach a live region by accident.
const config: Config = {
  testEnvironment: 'node',
  roots: ['<rootDir>/src', '<rootDir>/spec', '<rootDir>/reporters', '<rootDir>/fixtures',
    '<rootDir>/test'],
  testMatch: ['**/*.test.ts'],
  transform: { '^.+\\.ts$': ['@swc/jest', {}] },
  testTimeout: 60_000,
};

export default config;
