import os from "node:os";
import path from "node:path";
import { fileURLToPath } from "node:url";
import { defineConfig } from "vitest/config";

export default defineConfig({
  resolve: {
    alias: { "@": path.dirname(fileURLToPath(import.meta.url)) },
  },
  test: {
    include: ["tests/unit/**/*.test.{ts,tsx}"],
    environment: "node",
    // A zone far from Stockholm: every date must come out right whatever zone the server is in.
    env: { TZ: "Pacific/Auckland" },
    testTimeout: 20_000,
    // One file per core. Vitest's default leaves a core free, which on this 2-core machine meant
    // one file at a time (53 s for the unit tests; 36 s with two), although many tests spend
    // their time waiting on a child process or git.
    maxWorkers: os.availableParallelism(),
  },
});
