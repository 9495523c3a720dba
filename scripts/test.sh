#!/usr/bin/env bash
# `npm test`: everything CI checks, in the order that fails fastest.
#
# The browser tests run on three builds. Tests that name, count or date particular content run
# only on the fixture site (tests/fixtures/site), which developers own. The editors' real
# content, and the real content with every edit the editor guide describes applied, get only
# the tests that hold for any valid content (tests/e2e/site/). So a correct edit by an editor
# never turns this red; a broken one stops at `npm run check`.
set -euo pipefail
cd "$(dirname "$0")/.."
rm -rf .test-output
mkdir -p .test-output

step() { printf '\n== %s\n' "$1"; }

# Builds the static export and the server build of one content root (the export builds in .next
# too, so it goes first and the server build replaces it).
build_both() {
  CONTENT_ROOT="$1" npm run -s export
  CONTENT_ROOT="$1" npm run -s build
}

# Browser tests: $1 the content they were built from, $2 the server (next or export).
browser_tests() {
  E2E_CONTENT="$1" E2E_TARGET="$2" npx playwright test
}

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

FIXTURE="$PWD/tests/fixtures/site"
step "Fixture site: export and production build (tests/fixtures/site)"
build_both "$FIXTURE"
step "Fixture site: every browser test, against next start"
CONTENT_ROOT="$FIXTURE" browser_tests fixture next
step "Fixture site: every browser test, against the export served by nginx"
CONTENT_ROOT="$FIXTURE" browser_tests fixture export

EDITED="$PWD/.test-output/edited"
step "Real content with every edit the editor guide describes: export"
npx tsx tests/helpers/apply-editor-edits.ts "$EDITED"
CONTENT_ROOT="$EDITED" npm run -s export
step "Real content with the editor's edits: browser tests for any content, against nginx"
CONTENT_ROOT="$EDITED" browser_tests edited export

step "Real content: export and production build"
build_both "$PWD"
step "Real content: browser tests for any content, against next start"
browser_tests real next
step "Real content: browser tests for any content, against the export served by nginx"
browser_tests real export

step "Summary"
node scripts/summarize-tests.mjs .test-output/unit.json .test-output/e2e-*.json
