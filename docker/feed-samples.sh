#!/usr/bin/env bash
# The feeder of docker/compose.yaml: every EVERY_SECONDS, sends the bundled sample proposals to
# `proposals`, each under a new id (<id>-r<round>) that is also its key, plus the broken samples,
# which end as dead letters. Runs in the Kafka image, which has the console producer; plain awk, so
# that busybox's will do.
set -euo pipefail
samples=/samples
round=0
while true; do
  round=$((round + 1))
  {
    awk -v round="$round" 'match($0, /^\{"id": *"[^"]+"/) {
      id = substr($0, RSTART, RLENGTH)
      sub(/^\{"id": *"/, "", id)
      sub(/"$/, "", id)
      printf "%s-r%d\t{\"id\": \"%s-r%d\"%s\n", id, round, id, round, substr($0, RSTART + RLENGTH)
    }' "$samples/proposals.jsonl"
    awk -v round="$round" '{ printf "bad-%d-r%d\t%s\n", NR, round, $0 }' "$samples/bad-proposals.jsonl"
  } | /opt/kafka/bin/kafka-console-producer.sh --bootstrap-server "$BOOTSTRAP_SERVERS" \
      --topic proposals --property parse.key=true --property key.separator=$'\t'
  echo "round $round sent"
  sleep "${EVERY_SECONDS:-5}"
done
