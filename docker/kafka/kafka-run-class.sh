#!/usr/bin/env bash
# Runs a class of the Kafka jars, as the script of that name in the Kafka release does; only
# warnings are logged. kafka-topics.sh and the console producer and consumer call it.
set -euo pipefail
exec java ${KAFKA_HEAP_OPTS:--Xmx256m} -Dorg.slf4j.simpleLogger.defaultLogLevel=warn \
  -cp "/opt/kafka/libs/*" "$@"
