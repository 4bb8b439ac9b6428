#!/usr/bin/env bash
# Takes the portal's screenshots (home, a results page with a facet selected, and a resource page in English,
# Chinese and Arabic) into docs/screenshots/, through the browser test that takes them. Needs /usr/bin/chromium (scripts/test.sh installs it).
set -euo pipefail
cd "$(dirname "$0")/.."
SILKROAD_SCREENSHOTS="$(pwd)/docs/screenshots" dotnet test tests/SilkRoad.EndToEnd.Tests \
  --filter "FullyQualifiedName~ScreenshotTests" --verbosity quiet
ls -1 docs/screenshots/*.png
