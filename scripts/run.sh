#!/usr/bin/env bash
# Sets everything up, indexes the bundled sample articles and serves search in the browser.
# Usage: scripts/run.sh [PORT]   (default 8080; the server listens on 127.0.0.1)
set -euo pipefail
cd "$(dirname "$0")/.."
port="${1:-8080}"

scripts/setup.sh
build/bin/newsindex --db build/sample-db samples/seeds || [ $? -eq 1 ]  # 1 = some articles rejected
exec build/bin/newsweb --db build/sample-db --port "$port"
