#!/usr/bin/env bash
# Installs everything the tests need on a fresh machine of this kind (Debian, Node 20, root) and
# runs every test: typecheck, lint, unit, component, build with bundle budget, browser tests.
set -euo pipefail
cd "$(dirname "$0")/../.."

need_apt=()
command -v chromium >/dev/null 2>&1 || need_apt+=(chromium)
command -v pdftotext >/dev/null 2>&1 || need_apt+=(poppler-utils)
# MuPDF and qpdf read the report PDFs back in tests/unit/report-typesetting.test.ts.
command -v mutool >/dev/null 2>&1 || need_apt+=(mupdf-tools)
command -v qpdf >/dev/null 2>&1 || need_apt+=(qpdf)
fc-list 2>/dev/null | grep -qi 'Noto Sans Arabic' || need_apt+=(fonts-noto-core)
if [ ${#need_apt[@]} -gt 0 ]; then
  echo "== installing Debian packages: ${need_apt[*]}"
  if [ "$(id -u)" -ne 0 ]; then SUDO=sudo; else SUDO=; fi
  $SUDO apt-get update -qq
  DEBIAN_FRONTEND=noninteractive $SUDO apt-get install -y -qq "${need_apt[@]}" >/dev/null
fi

echo "== npm ci"
npm ci --no-audit --no-fund

mkdir -p test-output
echo "== typecheck"
npm run typecheck
echo "== lint"
npm run lint
echo "== unit and component tests"
npx vitest run --project unit --project component --reporter=default --reporter=json --outputFile.json=test-output/vitest-fast.json
echo "== build"
npm run build
node tests/tools/check-bundle-budget.mjs
echo "== browser tests"
npx vitest run --project e2e --reporter=default --reporter=json --outputFile.json=test-output/vitest-e2e.json

node tests/tools/summarize-results.mjs test-output/vitest-fast.json test-output/vitest-e2e.json
