#!/usr/bin/env bash
# Brings up docker/compose.yaml (Grafana aside: no Grafana image is built here) with the images of
# scripts/docker-images.sh, then checks that domain-match events flow, that Prometheus scrapes the
# service and loaded every rule of docs/alerts.yaml, and that every dashboard expression returns
# data (scripts/dashboard-check.sh). Takes it all down again. Needs a Docker engine and
# docker-compose (or the compose plugin).
set -euo pipefail
cd "$(dirname "$0")/.."

images=$(scripts/docker-images.sh)
eval "$images"
# Published on free ports of the loopback interface, so that nothing already listening is in the way.
export CLASSIFIER_PORT=127.0.0.1:0 CLASSIFIER_MANAGEMENT_PORT=127.0.0.1:0 PROMETHEUS_PORT=127.0.0.1:0

if docker compose version >/dev/null 2>&1; then
  compose=(docker compose)
else
  compose=(docker-compose)
fi
compose+=(-f docker/compose.yaml -p "s3c-check-$$")
clean_up() {
  "${compose[@]}" down -v >/dev/null 2>&1 || true
}
trap clean_up EXIT

fail() {
  echo "FAILED: $*"
  "${compose[@]}" logs --tail 30 classifier feeder 2>&1 || true
  exit 1
}

"${compose[@]}" up -d kafka topics classifier feeder prometheus

wanted=200
events=$("${compose[@]}" exec -T kafka /opt/kafka/bin/kafka-console-consumer.sh \
  --bootstrap-server localhost:9092 --topic domain-matches --from-beginning \
  --isolation-level read_committed --max-messages "$wanted" --timeout-ms 180000 2>/dev/null \
  | grep -c '"proposalId"' || true)
[ "$events" -ge "$wanted" ] || fail "only $events domain-match events arrived"
echo "ok: $events domain-match events from the fed samples"

port=$("${compose[@]}" port prometheus 9090 | sed 's/.*://')
prometheus=http://127.0.0.1:$port
for _ in $(seq 60); do
  health=$(curl -fsS "$prometheus/api/v1/targets" 2>/dev/null \
    | jq -r '.data.activeTargets[] | select(.labels.job == "classifier") | .health' || true)
  [ "$health" = up ] && break
  sleep 2
done
[ "$health" = up ] || fail "Prometheus does not scrape the service (target: ${health:-absent})"
echo "ok: Prometheus scrapes the service"

rules=$(curl -fsS "$prometheus/api/v1/rules" | jq '[.data.groups[].rules[]] | length')
expected=$(grep -c '^ *- alert:' docs/alerts.yaml)
[ "$rules" = "$expected" ] || fail "Prometheus loaded $rules alerting rules, docs/alerts.yaml has $expected"
echo "ok: Prometheus loaded the $rules alerting rules of docs/alerts.yaml"

scripts/dashboard-check.sh "$prometheus"
