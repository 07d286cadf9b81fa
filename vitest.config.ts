import { defineConfig } from "vitest/config";

const isolated = [
  "packages/sandbox/src/hostile/**/*.test.ts",
  "packages/sandbox/src/pool/busy-machine.test.ts",
];

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
        // The hostile corpus measures how fast the host answers while it runs, and the busy-machine
        // test fills every core on purpose: they run alone, after everything else.
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
