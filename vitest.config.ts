/// <reference types="vitest/config" />
import { getViteConfig } from 'astro/config';

export default getViteConfig({
  test: {
    include: ['tests/unit/**/*.test.ts'],
    // Property tests run 10,000 cases each; on a busy 2-core machine that can pass 5 s.
    testTimeout: 60_000,
  },
});
