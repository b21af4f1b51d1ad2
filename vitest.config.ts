import { defineConfig } from 'vitest/config';

export default defineConfig({
  test: {
    include: ['src/**/*.test.ts', 'src/**/*.test.tsx', 'bench/**/*.test.ts'],
    environment: 'node',
    testTimeout: 20000,
    setupFiles: ['./src/test-setup.ts'],
    globalSetup: ['./src/cli/bundle.setup.ts'],
  },
});
