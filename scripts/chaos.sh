#!/usr/bin/env bash
# The chaos harness: a standalone Kafka broker (the release jars from Maven Central) and the packaged
# service as separate processes; two instances classify proposals and poison records of every kind
# while an instance and the broker are killed with SIGKILL and restarted; then every record is looked
# for in the committed output. Exits non-zero on a lost or doubled record, a wrong dead-letter reason
# or a stall over the limit. `scripts/chaos.sh --help` lists the options; docs/reliability.md tells
# what it does and its last results.
#   scripts/chaos.sh                       # reduced: 5,000 proposals, one kill, one broker restart
#   scripts/chaos.sh --full                # 100,000 proposals, three kills, a rebalance, a broker restart
#   scripts/chaos.sh --soak 10m --rate 1200
set -euo pipefail
cd "$(dirname "$0")/.."

if [ ! -f classifier-service/target/classifier-service.jar ] || [ ! -f benchmarks/target/benchmarks.jar ]; then
  ./mvnw -B -ntp -q package -DskipTests
fi
if [ ! -d docker/kafka/target/libs ]; then
  ./mvnw -B -ntp -q -f docker/kafka/pom.xml package
fi
exec java -Xmx2g -cp benchmarks/target/benchmarks.jar be.s3domains.benchmarks.chaos.ChaosHarness "$@"
