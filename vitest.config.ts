import { defineConfig } from "vitest/config";

const isolated = ["packages/sandbox/src/hostile/**/*.test.ts"];

export default defineConfig({
  test: {
    testTimeout: 30_000,
    hookTimeout: 60_000,
    projects: [
      {
        extends: true,
        test: {
          name: "main",
          include: ["packages/*/src/**/*.test.ts", "apps/*/src/**/*.test.ts"],
          exclude: isolated,
          sequence: { groupOrder: 0 },
        },
      },
      {
        // The hostile corpus measures how fast the host answers while it runs, so it runs alone,
        // after everything else, instead of competing with other test files for the two cores.
        extends: true,
        test: {
          name: "isolated",
          include: isolated,
          fileParallelism: false,
          sequence: { groupOrder: 1 },
        },
      },
    ],
  },
});
