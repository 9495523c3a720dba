#!/usr/bin/env bash
# `npm test`: everything CI checks, in the order that fails fastest.
set -euo pipefail
cd "$(dirname "$0")/.."
mkdir -p .test-output

step() { printf '\n== %s\n' "$1"; }

step "Chromium and nginx for the browser tests"
bash scripts/ensure-tools.sh

step "Content (npm run check)"
npm run -s check

step "Lint and formatting"
npm run -s lint

step "Dependency advisories (npm audit, production, high and critical)"
node scripts/audit.mjs

step "Types"
npm run -s typecheck

step "Unit tests (vitest)"
npx vitest run --reporter=default --reporter=json --outputFile=.test-output/unit.json

# The export builds in .next too, so it goes first and the server build replaces it.
step "Static export (npm run export, to out/)"
npm run -s export

step "Production build (npm run build)"
npm run -s build

step "Browser tests (Playwright, against next start)"
npx playwright test

step "Browser tests (Playwright, against the export served by nginx)"
E2E_TARGET=export npx playwright test

step "Summary"
node scripts/summarize-tests.mjs .test-output/unit.json .test-output/e2e-next.json \
  .test-output/e2e-export.json
