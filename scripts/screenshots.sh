#!/usr/bin/env bash
# Takes the portal's screenshots (home, a results page with a facet selected, a resource and a concept page; the calls,
# a verified certificate, the report by country with its world map and the alumni directory) in English, Chinese and
# Arabic into docs/screenshots/, through the browser tests that take them. Needs /usr/bin/chromium (scripts/test.sh installs it).
set -euo pipefail
cd "$(dirname "$0")/.."
SILKROAD_SCREENSHOTS="$(pwd)/docs/screenshots" dotnet test tests/SilkRoad.EndToEnd.Tests \
  --filter "FullyQualifiedName~ScreenshotTests|FullyQualifiedName~TakesScreenshotsOfCallsVerificationReportAndAlumni" --verbosity quiet
ls -1 docs/screenshots/*.png
