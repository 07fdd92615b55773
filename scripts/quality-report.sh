#!/usr/bin/env bash
# Regenerates every quality figure of docs/quality.md. Tunes on the dev split only, reports on test:
#  1. fits the confidence calibration of the shipped catalog and of the seed-words baseline on dev;
#  2. evaluates both on dev and test (reports/<catalog>/<split>/), with reliability diagrams on test,
#     copied to docs/quality/ for the docs;
#  3. trains the supervised peer (OpenNLP one-vs-rest categorizers) on dev and compares it with the
#     catalog and the baseline on test (reports/compare/comparison.md);
#  4. learns signature weights on dev into a new catalog version with its calibration
#     (catalog/flanders-s3-learned.yaml) and evaluates it on dev and test (reports/flanders-s3-learned/);
#  5. evaluates the shipped catalog per language on the bundled en/nl/fr samples (reports/samples/).
# Usage: scripts/quality-report.sh [labelled.jsonl]   (default: ../shared/datasets/cordis-he-sample.jsonl)
set -euo pipefail
cd "$(dirname "$0")/.."

data=${1:-../shared/datasets/cordis-he-sample.jsonl}
jar=classifier-service/target/classifier-service.jar
catalogs=domain-catalog/src/main/resources/catalog
samples=classifier-service/src/main/resources/samples/proposals.jsonl

./mvnw -q -B -ntp install -DskipTests

for catalog in flanders-s3 seed-words; do
  java -jar "$jar" calibrate --catalog "$catalogs/$catalog.yaml" --input "$data" --split dev \
    --output "$catalogs/$catalog.calibration.json"
done
# The jar bundles the catalogs: rebuild it so that it carries the calibrations just fitted.
./mvnw -q -B -ntp install -DskipTests

for catalog in flanders-s3 seed-words; do
  for split in dev test; do
    charts=()
    if [ "$split" = test ]; then charts=(--charts); fi
    java -jar "$jar" evaluate --catalog "$catalogs/$catalog.yaml" --input "$data" --split "$split" \
      --report "reports/$catalog/$split" "${charts[@]}" > /dev/null
    echo "reports/$catalog/$split/quality.md"
  done
done
mkdir -p docs/quality
cp reports/flanders-s3/test/reliability-*.png docs/quality/

java -jar "$jar" compare --catalog "$catalogs/flanders-s3.yaml" --baseline "$catalogs/seed-words.yaml" \
  --input "$data" --train-split dev --split test --report reports/compare > /dev/null
echo "reports/compare/comparison.md"

java -jar "$jar" learn --catalog "$catalogs/flanders-s3.yaml" --input "$data" --split dev \
  --output "$catalogs/flanders-s3-learned.yaml" | tee reports/learn.txt
./mvnw -q -B -ntp install -DskipTests -pl domain-catalog   # the learned catalog ships in the catalog jar
for split in dev test; do
  java -jar "$jar" evaluate --catalog "$catalogs/flanders-s3-learned.yaml" --input "$data" \
    --split "$split" --report "reports/flanders-s3-learned/$split" > /dev/null
  echo "reports/flanders-s3-learned/$split/quality.md"
done

java -jar "$jar" evaluate --catalog "$catalogs/flanders-s3.yaml" --input "$samples" --split all \
  --report reports/samples --by-language > /dev/null
echo "reports/samples/by-language.md"
