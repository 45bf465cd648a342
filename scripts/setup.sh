#!/usr/bin/env bash
# Installs the build dependencies that are missing and builds everything into build/.
# Usage: scripts/setup.sh [extra CMake options]
set -euo pipefail
cd "$(dirname "$0")/.."

scripts/install-packages.sh \
  g++ cmake ninja-build pkg-config \
  libxapian-dev xapian-tools libicu-dev libcpp-httplib-dev nlohmann-json3-dev libcld2-dev liblz4-dev libzstd-dev libgoogle-perftools-dev \
  libgtest-dev

cmake -S . -B build -G Ninja -DCMAKE_BUILD_TYPE=RelWithDebInfo "$@" > /dev/null
cmake --build build -- -j"$(nproc)"
