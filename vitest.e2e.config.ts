import { defineConfig } from "vitest/config";

/** Browser tests: the real server and Debian's Chromium. `npm run test:e2e` builds the web app first. */
export default defineConfig({
  test: {
    include: ["e2e/**/*.e2e.ts"],
    testTimeout: 120_000,
    hookTimeout: 120_000,
    fileParallelism: false,
    // A busy CI machine can take more than the default second to answer; polls wait up to 10 s.
    expect: { poll: { timeout: 10_000, interval: 100 } },
  },
});
