#!/usr/bin/env bash
# Fits the confidence calibration on the dev split, then evaluates on dev and test, for the
# shipped catalog and for the seed-words baseline. Reports go to reports/<catalog>/<split>/.
# Usage: scripts/quality-report.sh [labelled.jsonl]   (default: ../shared/datasets/cordis-he-sample.jsonl)
set -euo pipefail
cd "$(dirname "$0")/.."

data=${1:-../shared/datasets/cordis-he-sample.jsonl}
jar=classifier-service/target/classifier-service.jar
catalogs=domain-catalog/src/main/resources/catalog

./mvnw -q -B -ntp package -DskipTests

for catalog in flanders-s3 seed-words; do
  java -jar "$jar" calibrate --catalog "$catalogs/$catalog.yaml" --input "$data" --split dev \
    --output "$catalogs/$catalog.calibration.json"
  for split in dev test; do
    java -jar "$jar" evaluate --catalog "$catalogs/$catalog.yaml" --input "$data" --split "$split" \
      --report "reports/$catalog/$split" > /dev/null
    echo "reports/$catalog/$split/quality.md"
  done
done
