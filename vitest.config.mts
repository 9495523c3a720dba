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
  },
});
