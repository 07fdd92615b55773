#!/usr/bin/env bash
# Validates k8s/*.yaml against the Kubernetes API schemas and lints docker/Dockerfile, offline
# once the npm packages are installed.
set -euo pipefail
here="$(cd "$(dirname "$0")" && pwd)"
root="$(cd "$here/../.." && pwd)"
cd "$here"
npm install --silent --no-audit --no-fund
node check-k8s.mjs "$root/k8s"
npx --no-install dockerfilelint "$root/docker/Dockerfile"
