#!/usr/bin/env bash
# Builds the service and runs it with the 'demo' profile: an in-process Kafka broker, the sample
# proposals (good and bad) fed through it and a summary of what came out; the live dashboard is at
# http://localhost:8080/. Extra arguments go to the service, e.g. --classifier.demo.exit-when-done=true
# to exit (0) once every event was seen, --classifier.demo.print-events=true to log every event;
# without the first the service stays up on port 8080 until Ctrl-C.
set -euo pipefail
cd "$(dirname "$0")"
./mvnw -q -B -ntp package -DskipTests
exec java -jar classifier-service/target/classifier-service-demo.jar --spring.profiles.active=demo "$@"
