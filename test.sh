#!/usr/bin/env bash
# Installs what is missing, builds Tern and runs every test headless (ctest). Usage: ./test.sh [ctest args...]
set -euo pipefail
cd "$(dirname "$0")"
./installer/install-deps.sh
BUILD_DIR=${BUILD_DIR:-build}
cmake -S . -B "$BUILD_DIR" -G Ninja -DCMAKE_BUILD_TYPE=Release >/dev/null
cmake --build "$BUILD_DIR" -j"$(nproc)"
export QT_QPA_PLATFORM=offscreen
export XDG_RUNTIME_DIR=${XDG_RUNTIME_DIR:-$(mktemp -d)}
chmod 0700 "$XDG_RUNTIME_DIR"
cd "$BUILD_DIR" && ctest --output-on-failure -j"$(nproc)" "$@"
