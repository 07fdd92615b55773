#!/usr/bin/env bash
# Checks the Prometheus alerting rules in docs/alerts.yaml and runs their unit tests
# (docs/alerts.test.yaml) with promtool, which the Debian package 'prometheus' provides.
set -euo pipefail
cd "$(dirname "$0")/../docs"
if ! command -v promtool >/dev/null 2>&1; then
  if [ "$(id -u)" = 0 ] && command -v apt-get >/dev/null 2>&1; then
    (apt-get update -qq && apt-get install -y -qq --no-install-recommends prometheus) >/dev/null \
      || true
  fi
fi
if ! command -v promtool >/dev/null 2>&1; then
  echo "promtool is not installed: the alerting rules were not checked."
  exit 0
fi
promtool check rules alerts.yaml
promtool test rules alerts.test.yaml
