#!/usr/bin/env bash
# Runs the service image next to a Kafka container on a network of their own, confined as in
# Kubernetes, and checks that it starts as a non-root user, turns ready, and classifies proposals
# fed through Kafka: the bundled samples in, one domain-match event per sample out, most naming the
# primary domain their sample is labelled with first. Then rolls out another catalog the way the
# kubelet updates a mounted ConfigMap (an atomic swap of the ..data link) and checks that the
# service reloads it. Builds the images first (scripts/docker-images.sh). Needs a Docker engine.
set -euo pipefail
cd "$(dirname "$0")/.."

images=$(scripts/docker-images.sh)
eval "$images"

run=s3c-check-$$
network=$run
kafka=$run-kafka
service=$run-service
samples=classifier-service/src/main/resources/samples/proposals.jsonl
catalogs=domain-catalog/src/main/resources/catalog
catalog_volume=$(mktemp -d)

clean_up() {
  docker rm -f "$kafka" "$service" >/dev/null 2>&1 || true
  docker network rm "$network" >/dev/null 2>&1 || true
  rm -rf "$catalog_volume"
}
trap clean_up EXIT

publish_catalog() {  # lays out a catalog and its calibration as the kubelet does a ConfigMap volume
  local name=$1 version
  version=..$(date +%s%N)
  mkdir "$catalog_volume/$version"
  cp "$catalogs/$name.yaml" "$catalog_volume/$version/catalog.yaml"
  cp "$catalogs/$name.calibration.json" "$catalog_volume/$version/catalog.calibration.json"
  chmod -R a+rX "$catalog_volume"
  ln -sfn "$version" "$catalog_volume/..data_tmp"
  mv -T "$catalog_volume/..data_tmp" "$catalog_volume/..data"
  ln -sfn ..data/catalog.yaml "$catalog_volume/catalog.yaml"
  ln -sfn ..data/catalog.calibration.json "$catalog_volume/catalog.calibration.json"
}

serves_catalog() {  # true once /actuator/info names the catalog version of this calibration file
  local version
  version=$(jq -r .catalogVersion "$catalogs/$1.calibration.json")
  for _ in $(seq 60); do
    curl -fsS "http://127.0.0.1:$management_port/actuator/info" | grep -qF "\"$version\"" && return 0
    sleep 1
  done
  return 1
}

fail() {
  echo "FAILED: $*"
  echo "--- service log (last 40 lines)"
  docker logs --tail 40 "$service" 2>&1 || true
  exit 1
}

kafka_tool() {  # a Kafka command-line tool, run in the Kafka container
  local tool=$1
  shift
  docker exec -i "$kafka" "/opt/kafka/bin/$tool.sh" --bootstrap-server localhost:9092 "$@"
}

docker network create "$network" >/dev/null
docker run -d --name "$kafka" --network "$network" --network-alias kafka \
  -e KAFKA_NODE_ID=1 -e KAFKA_PROCESS_ROLES=broker,controller \
  -e KAFKA_LISTENERS=PLAINTEXT://:9092,CONTROLLER://:9093 \
  -e KAFKA_ADVERTISED_LISTENERS=PLAINTEXT://kafka:9092 \
  -e KAFKA_LISTENER_SECURITY_PROTOCOL_MAP=CONTROLLER:PLAINTEXT,PLAINTEXT:PLAINTEXT \
  -e KAFKA_CONTROLLER_LISTENER_NAMES=CONTROLLER -e KAFKA_CONTROLLER_QUORUM_VOTERS=1@localhost:9093 \
  -e KAFKA_OFFSETS_TOPIC_REPLICATION_FACTOR=1 -e KAFKA_TRANSACTION_STATE_LOG_REPLICATION_FACTOR=1 \
  -e KAFKA_TRANSACTION_STATE_LOG_MIN_ISR=1 -e KAFKA_GROUP_INITIAL_REBALANCE_DELAY_MS=0 \
  "$KAFKA_IMAGE" >/dev/null
# Confined as the Kubernetes manifests confine it: read-only root filesystem with a writable /tmp,
# no capabilities, no privilege escalation.
# The catalog is mounted where the Kubernetes manifests mount it.
publish_catalog flanders-s3
docker run -d --name "$service" --network "$network" -p 127.0.0.1::8080 -p 127.0.0.1::8081 \
  --read-only --tmpfs /tmp --cap-drop ALL --security-opt no-new-privileges \
  -v "$catalog_volume:/etc/classifier/catalog:ro" \
  -e CLASSIFIER_CATALOG_PATH=/etc/classifier/catalog/catalog.yaml \
  -e SPRING_KAFKA_BOOTSTRAP_SERVERS=kafka:9092 -e CLASSIFIER_TOPICS_PARTITIONS=2 \
  "$SERVICE_IMAGE" >/dev/null

user=$(docker exec "$service" id -u)
[ "$user" != 0 ] || fail "the service runs as root"
echo "ok: the service runs as user $user"

port=$(docker port "$service" 8080/tcp | head -n 1 | sed 's/.*://')
management_port=$(docker port "$service" 8081/tcp | head -n 1 | sed 's/.*://')
readiness=http://127.0.0.1:$management_port/actuator/health/readiness
for _ in $(seq 180); do
  if curl -fsS "$readiness" 2>/dev/null | grep -q '"UP"'; then
    break
  fi
  [ "$(docker inspect -f '{{.State.Running}}' "$service")" = true ] || fail "the service exited"
  sleep 1
done
curl -fsS "$readiness" | grep -q '"UP"' || fail "not ready after 180 s: $(curl -sS "$readiness")"
echo "ok: ready ($readiness)"
on_api_port=$(curl -s -o /dev/null -w '%{http_code}' "http://127.0.0.1:$port/actuator/health")
[ "$on_api_port" = 404 ] || fail "the API port answers /actuator/health with $on_api_port, not 404"
echo "ok: the actuator answers on its own port only"

# Key each sample by its id, the way producers are meant to.
sed -E 's/^\{"id": *"([^"]+)".*$/\1\t&/' "$samples" \
  | kafka_tool kafka-console-producer --topic proposals \
    --property parse.key=true --property key.separator=$'\t'
expected=$(wc -l < "$samples")
events=$(kafka_tool kafka-console-consumer --topic domain-matches --from-beginning \
  --isolation-level read_committed --max-messages "$expected" --timeout-ms 120000 \
  --property print.key=true --property key.separator=$'\t' 2>/dev/null || true)
received=$(printf '%s\n' "$events" | grep -c . || true)
[ "$received" = "$expected" ] || fail "$received domain-match events for $expected proposals"

wrong=0
while IFS= read -r line; do
  id=$(jq -r .id <<<"$line")
  first_label=$(jq -r '.labels[0] // "none"' <<<"$line")
  primary=$(printf '%s\n' "$events" | awk -F'\t' -v id="$id" '$1 == id { print $2 }' \
    | jq -r '.primaryDomain // "none"')
  if [ "$primary" != "$first_label" ]; then
    wrong=$((wrong + 1))
  fi
done < "$samples"
echo "ok: $received events through Kafka; the primary domain is the first label for $((expected - wrong)) of $expected"
# The README reports micro F1 around 0.9 on these samples: most primary domains must agree.
[ $((wrong * 5)) -le "$expected" ] || fail "$wrong of $expected samples got another primary domain"

serves_catalog flanders-s3 || fail "the mounted catalog is not the one in use"
publish_catalog flanders-s3-learned
serves_catalog flanders-s3-learned || fail "the catalog swapped in the volume was not reloaded"
echo "ok: a catalog swapped in the mounted volume was reloaded without a restart"
