#!/usr/bin/env bash
# Renders every Kubernetes overlay (k8s/overlays/*) with kubectl kustomize and validates every object
# against its API schema (KEDA and Prometheus Operator kinds included) plus the rules check-k8s.mjs
# states; lints the Dockerfiles. Offline once the npm packages are installed.
set -euo pipefail
here="$(cd "$(dirname "$0")" && pwd)"
root="$(cd "$here/../.." && pwd)"
cd "$here"
npm install --silent --no-audit --no-fund

if ! command -v kubectl >/dev/null 2>&1 && [ "$(id -u)" = 0 ] && command -v apt-get >/dev/null 2>&1; then
  apt-get install -y -qq kubernetes-client >/dev/null
fi
rendered=$(mktemp)
trap 'rm -f "$rendered"' EXIT
failed=0
for overlay in "$root"/k8s/overlays/*/; do
  if ! kubectl kustomize "$overlay" > "$rendered" \
    || ! node check-k8s.mjs "$(basename "$overlay")" "$rendered" "$root/docs/alerts.yaml"; then
    failed=1
  fi
done
if [ "$failed" != 0 ]; then
  echo "Some Kubernetes manifests are broken (above)."
  exit 1
fi

dockerfiles=("$root/docker/Dockerfile" "$root"/docker/*/Dockerfile)
npx --no-install dockerfilelint -c "$here" "${dockerfiles[@]}"
# Every base image is a build argument whose default is a public image with a pinned tag.
if grep -H '^ARG [A-Z_]*IMAGE=' "${dockerfiles[@]}" | grep -vE '=[a-z0-9./-]+:[0-9][A-Za-z0-9._-]*$'; then
  echo "The base image defaults above are not pinned to a version tag."
  exit 1
fi
