#!/usr/bin/env bash
# Validates k8s/*.yaml against the Kubernetes API schemas and lints the Dockerfiles, offline
# once the npm packages are installed.
set -euo pipefail
here="$(cd "$(dirname "$0")" && pwd)"
root="$(cd "$here/../.." && pwd)"
cd "$here"
npm install --silent --no-audit --no-fund
node check-k8s.mjs "$root/k8s"
dockerfiles=("$root/docker/Dockerfile" "$root"/docker/*/Dockerfile)
npx --no-install dockerfilelint -c "$here" "${dockerfiles[@]}"
# Every base image is a build argument whose default is a public image with a pinned tag.
if grep -H '^ARG [A-Z_]*IMAGE=' "${dockerfiles[@]}" | grep -vE '=[a-z0-9./-]+:[0-9][A-Za-z0-9._-]*$'; then
  echo "The base image defaults above are not pinned to a version tag."
  exit 1
fi
