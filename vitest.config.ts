import { defineConfig } from 'vitest/config';

export default defineConfig({
  test: {
    include: ['tests/**/*.test.{ts,tsx}'],
    // Ink reads CI at import and then renders only the last frame: tests need every frame.
    env: { CI: 'false', FORCE_COLOR: '0' },
    testTimeout: 30_000,
    hookTimeout: 120_000,
    pool: 'forks',
  },
});
