#!/usr/bin/env bash
# Asks a Prometheus that scrapes a running, fed service for every expression of the Grafana
# dashboard (docker/grafana/dashboards/classifier.json), with Grafana's $__rate_interval as 1m, and
# fails unless each returns at least one number (not NaN) within the time allowed.
# Usage: scripts/dashboard-check.sh PROMETHEUS_URL [SECONDS, default 240]
set -euo pipefail
cd "$(dirname "$0")/.."
prometheus=$1
deadline=$((SECONDS + ${2:-240}))
dashboard=docker/grafana/dashboards/classifier.json

numbers() {  # how many finite values an instant query returns
  curl -fsS --get --data-urlencode "query=${1//\$__rate_interval/1m}" "$prometheus/api/v1/query" \
    | jq '[.data.result[].value[1] | select(. != "NaN" and . != "+Inf" and . != "-Inf")] | length'
}

mapfile -t expressions < <(jq -r '.panels[].targets[].expr' "$dashboard")
[ "${#expressions[@]}" -gt 0 ] || { echo "FAILED: $dashboard has no expressions"; exit 1; }
while true; do
  missing=0
  for expression in "${expressions[@]}"; do
    [ "$(numbers "$expression")" -gt 0 ] || missing=$((missing + 1))
  done
  [ "$missing" = 0 ] && break
  if [ "$SECONDS" -ge "$deadline" ]; then
    break
  fi
  sleep 5
done

jq -r '.panels[] | .title as $title | .targets[] | [$title, .expr] | @tsv' "$dashboard" \
  | while IFS=$'\t' read -r title expression; do
    printf '%s series: %s\n' "$(numbers "$expression")" "$title"
  done
if [ "$missing" != 0 ]; then
  echo "FAILED: $missing of ${#expressions[@]} dashboard expressions return no data"
  exit 1
fi
echo "ok: all ${#expressions[@]} dashboard expressions return data"
