#!/usr/bin/env bash
# Installs what is missing, builds Tern and starts the GUI on the bundled demo data. Without a display it runs a
# headless demo instead: inspect the demo table and an AutoML run, printing its leaderboard.
set -euo pipefail
cd "$(dirname "$0")"
./installer/install-deps.sh
BUILD_DIR=${BUILD_DIR:-build}
# Ninja for a new build folder; one configured before keeps its generator (CMake refuses a change).
GENERATOR=(-G Ninja); [ -f "$BUILD_DIR/CMakeCache.txt" ] && GENERATOR=()
cmake -S . -B "$BUILD_DIR" "${GENERATOR[@]}" -DCMAKE_BUILD_TYPE=Release >/dev/null
cmake --build "$BUILD_DIR" -j"$(nproc)"
if [ -n "${DISPLAY:-}${WAYLAND_DISPLAY:-}" ]; then
  exec "$BUILD_DIR/bin/tern" "$@"
fi
echo "No display: headless demo on resources/demo/penguins.csv"
CLI="$BUILD_DIR/bin/tern-cli"
"$CLI" inspect resources/demo/penguins.csv
DEMO_DB=$(mktemp -d)/demo.db
"$CLI" automl resources/demo/penguins.csv --target species --budget 20 --db "$DEMO_DB"
