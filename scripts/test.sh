#!/usr/bin/env bash
# `npm test`: everything CI checks, in the order that fails fastest.
set -euo pipefail
cd "$(dirname "$0")/.."
mkdir -p .test-output

step() { printf '\n== %s\n' "$1"; }

step "Chromium for the browser tests"
bash scripts/ensure-chromium.sh

step "Content (npm run check)"
npm run -s check

step "Lint and formatting"
npm run -s lint

step "Types"
npm run -s typecheck

step "Unit tests (vitest)"
npx vitest run --reporter=default --reporter=json --outputFile=.test-output/unit.json

step "Production build"
npm run -s build

step "Browser tests (Playwright, against next start)"
npx playwright test

step "Summary"
node scripts/summarize-tests.mjs .test-output/unit.json .test-output/e2e.json
