#!/usr/bin/env bash
# Installs what is missing, builds Tern and runs every test headless (ctest). Usage: ./test.sh [ctest args...]
set -euo pipefail
cd "$(dirname "$0")"
./installer/install-deps.sh
# ONNX Runtime (onnxruntime-node, CPU library included) for the export agreement tests; without it they are
# reported SKIPPED, never passed.
ORT_PREFIX=${TERN_ORT_PREFIX:-$HOME/.cache/tern-ort}
if [ ! -f "$ORT_PREFIX/node_modules/onnxruntime-node/package.json" ]; then
  if ! command -v npm >/dev/null; then
    echo "test.sh: npm not found: the ONNX Runtime agreement tests will be SKIPPED" >&2
  elif ! { mkdir -p "$ORT_PREFIX" && npm install --prefix "$ORT_PREFIX" --ignore-scripts --no-audit --no-fund \
             onnxruntime-node@1.30.0 >"$ORT_PREFIX/npm-install.log" 2>&1; }; then
    echo "test.sh: npm install of onnxruntime-node@1.30.0 failed (see $ORT_PREFIX/npm-install.log):" \
         "the ONNX Runtime agreement tests will be SKIPPED" >&2
  fi
fi
BUILD_DIR=${BUILD_DIR:-build}
# TERN_WERROR=ON (as .ci/run sets it) makes compiler warnings errors; passed every time so that a later plain
# ./test.sh in the same build folder goes back to warnings.
# Ninja for a new build folder; one configured before keeps its generator (CMake refuses a change).
GENERATOR=(-G Ninja); [ -f "$BUILD_DIR/CMakeCache.txt" ] && GENERATOR=()
cmake -S . -B "$BUILD_DIR" "${GENERATOR[@]}" -DCMAKE_BUILD_TYPE=Release \
  -DTERN_ORT_NODE="$ORT_PREFIX/node_modules/onnxruntime-node" -DTERN_WERROR="${TERN_WERROR:-OFF}" >/dev/null
cmake --build "$BUILD_DIR" -j"$(nproc)"
export QT_QPA_PLATFORM=offscreen
export XDG_RUNTIME_DIR=${XDG_RUNTIME_DIR:-$(mktemp -d)}
chmod 0700 "$XDG_RUNTIME_DIR"
cd "$BUILD_DIR" && ctest --output-on-failure -j"$(nproc)" "$@"
