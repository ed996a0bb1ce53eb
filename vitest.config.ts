import { defineConfig } from 'vitest/config';

export default defineConfig({
  test: {
    include: ['tests/unit/**/*.test.ts', 'bench/**/*.test.ts'],
    environment: 'node',
    // Dates and numbers in expectations must not depend on the machine.
    env: { TZ: 'UTC', LANG: 'en_US.UTF-8' },
    testTimeout: 60_000,
  },
});
