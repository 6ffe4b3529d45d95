#!/usr/bin/env bash
# Installs every Debian 12 package Tern needs to build, test and run. Idempotent: when all are present it does
# nothing (no apt-get update, no download). Set TERN_WITH_PEERS=1 to add the peer libraries the benchmarks and
# acceptance checks compare against (scikit-learn, pandas, xgboost, PyTorch with OpenBLAS) and R's modeldata tables
# (tests/bench/automl_vs_baselines.py --make-modeldata).
set -euo pipefail

BUILD=(build-essential cmake ninja-build pkg-config git ccache)
QT=(qt6-base-dev qt6-svg-dev qt6-tools-dev qt6-tools-dev-tools qt6-l10n-tools linguist-qt6 libqt6sql6-sqlite
    qt6-qpa-plugins libqt6svg6 qt6-image-formats-plugins qt6-translations-l10n libqcustomplot-dev
    libqcustomplot2.1-qt6)
NUMERIC=(libdnnl-dev ocl-icd-opencl-dev libxsmm-dev libxgboost-dev libmuparser-dev libopenmpi-dev openmpi-bin)
VISION=(libopencv-dev libopencv-contrib-dev libtesseract-dev libleptonica-dev tesseract-ocr tesseract-ocr-eng
        tesseract-ocr-osd libjpeg62-turbo-dev)
STORE_IO=(libsqlite3-dev sqlite3 libonnx-dev libprotobuf-dev protobuf-compiler libcli11-dev nlohmann-json3-dev
          libfmt-dev libxxhash-dev libzstd-dev)
TEST_TOOLS=(libbenchmark-dev xvfb xauth imagemagick fonts-dejavu-core dpkg-dev file python3 nodejs npm)
PEERS=(python3-sklearn python3-pandas python3-xgboost python3-torch python3-onnx libopenblas0-pthread r-base-core
       r-cran-modeldata r-cran-mlbench)

wanted=("${BUILD[@]}" "${QT[@]}" "${NUMERIC[@]}" "${VISION[@]}" "${STORE_IO[@]}" "${TEST_TOOLS[@]}")
[ "${TERN_WITH_PEERS:-0}" = 1 ] && wanted+=("${PEERS[@]}")

missing=()
for p in "${wanted[@]}"; do
  # npm and nodejs may come from another source (nodesource ships npm inside nodejs): a working command counts.
  case "$p" in nodejs) command -v node >/dev/null && continue ;; npm) command -v npm >/dev/null && continue ;; esac
  dpkg-query -W -f='${Status}' "$p" 2>/dev/null | grep -q 'install ok installed' || missing+=("$p")
done
if [ ${#missing[@]} -eq 0 ]; then
  echo "install-deps: all ${#wanted[@]} packages present"
  exit 0
fi
echo "install-deps: installing ${#missing[@]} packages: ${missing[*]}"
SUDO=""
[ "$(id -u)" -eq 0 ] || SUDO="sudo"
export DEBIAN_FRONTEND=noninteractive
$SUDO apt-get update -qq
$SUDO apt-get install -y -qq --no-install-recommends "${missing[@]}" >/dev/null
echo "install-deps: done"
