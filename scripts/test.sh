#!/usr/bin/env bash
# `npm test`: everything CI checks, in the order that fails fastest.
#
# The browser tests run on two builds. Tests that name, count or date particular content run
# only on the fixture site (tests/fixtures/site), which developers own: there the whole suite
# runs at desktop width against the export served by nginx (what is deployed), the tests tagged
# @phone at phone width, and under `next start` only what that server does differently (see
# playwright.config.ts). The editors' real content with every edit the editor guide describes
# applied gets the tests that hold for any valid content (tests/e2e/site/), at desktop width
# against nginx: it holds every page of the real content and the pages the edits make. The real
# content as it is gets its export, which is what publish.yml builds. So a correct edit by an
# editor never turns this red; a broken one stops at `npm run check`.
#
# The work is in four legs, which GitHub Actions runs as parallel jobs:
#   static   content check, lint and formatting, advisories, types, unit tests
#   fixture  the fixture site: builds and every browser test
#   edited   the real content with the editor's edits: export and the any-content tests
#   real     the real content: its export
# `bash scripts/test.sh` runs them all, one after the other; `bash scripts/test.sh fixture`
# (or several names) runs those only. The summary gives each step's seconds.
set -euo pipefail
cd "$(dirname "$0")/.."

ALL_LEGS=(static fixture edited real)
LEGS=("$@")
[ ${#LEGS[@]} -eq 0 ] && LEGS=("${ALL_LEGS[@]}")
for leg in "${LEGS[@]}"; do
  [[ " ${ALL_LEGS[*]} " == *" $leg "* ]] || { echo "unknown leg '$leg' (legs: ${ALL_LEGS[*]})" >&2; exit 2; }
done

rm -rf .test-output
mkdir -p .test-output
TIMES=.test-output/steps.tsv
: >"$TIMES"
STEP_NAME=""
STEP_START=0
# Ends the step before (its seconds go to the summary) and starts the next one.
step() {
  local now
  now=$(date +%s)
  [ -n "$STEP_NAME" ] && printf '%s\t%s\n' "$((now - STEP_START))" "$STEP_NAME" >>"$TIMES"
  STEP_NAME="$1"
  STEP_START=$now
  [ -n "$1" ] && printf '\n== %s\n' "$1"
  return 0
}

# The types are checked once, in the static leg (npm run typecheck), not again by each of the
# five builds (next.config.ts); GitHub Actions publishes nothing that has not passed that leg.
export TYPES_CHECKED=1

# Builds the static export and the server build of one content root (the export builds in .next
# too, so it goes first and the server build replaces it).
build_both() {
  CONTENT_ROOT="$1" npm run -s export
  CONTENT_ROOT="$1" npm run -s build
}

# Browser tests: $1 the content they were built from, $2 the server (next or export), then any
# options for Playwright.
browser_tests() {
  E2E_CONTENT="$1" E2E_TARGET="$2" npx playwright test "${@:3}"
}

leg_static() {
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
}

leg_fixture() {
  local fixture="$PWD/tests/fixtures/site"
  step "Fixture site: export and production build (tests/fixtures/site)"
  build_both "$fixture"
  step "Fixture site: every browser test, against the export served by nginx"
  CONTENT_ROOT="$fixture" browser_tests fixture export
  step "Fixture site: what next start does differently"
  CONTENT_ROOT="$fixture" browser_tests fixture next
}

leg_edited() {
  local edited="$PWD/.test-output/edited"
  step "Real content with every edit the editor guide describes: export"
  npx tsx tests/helpers/apply-editor-edits.ts "$edited"
  CONTENT_ROOT="$edited" npm run -s export
  step "Real content with the editor's edits: browser tests for any content, against nginx"
  CONTENT_ROOT="$edited" browser_tests edited export --project=desktop
}

leg_real() {
  step "Real content: export"
  npm run -s export
}

summary() {
  local status=$?
  step ""
  printf '\n== Summary\n'
  awk -F'\t' '{ total += $1; printf "%6d s  %s\n", $1, $2 } END { printf "%6d s  in all\n", total }' "$TIMES"
  local reports=(.test-output/unit.json .test-output/e2e-*.json)
  local present=()
  for report in "${reports[@]}"; do [ -f "$report" ] && present+=("$report"); done
  if [ ${#present[@]} -gt 0 ]; then
    node scripts/summarize-tests.mjs "${present[@]}" || status=1
  else
    echo "tests: 0 passed, 1 failed"
    status=1
  fi
  exit "$status"
}
trap summary EXIT

# Only what the legs use: the browser legs need Chromium and nginx, the unit tests nginx (the
# HTTPS server block is tried on loopback), the real content's export neither. So the static
# leg, which gives a pull request its first verdict, installs no browser.
TOOLS=()
[[ " ${LEGS[*]} " == *" fixture "* || " ${LEGS[*]} " == *" edited "* ]] && TOOLS=(chromium nginx)
[[ ${#TOOLS[@]} -eq 0 && " ${LEGS[*]} " == *" static "* ]] && TOOLS=(nginx)
if [ ${#TOOLS[@]} -gt 0 ]; then
  step "Tools for the tests: ${TOOLS[*]}"
  bash scripts/ensure-tools.sh "${TOOLS[@]}"
fi
for leg in "${LEGS[@]}"; do "leg_$leg"; done
