#!/usr/bin/env bash
# Regenerates every quality figure of docs/quality.md. Tunes on dev halves only:
#  1. fits the confidence calibration of the shipped catalog and of the seed-words baseline on the
#     dev halves of both datasets together (CORDIS English, Flemish ERDF Dutch);
#  2. evaluates both on CORDIS dev and test (reports/<catalog>/<split>/), with reliability diagrams
#     and per-language figures on test, copied to docs/quality/ for the docs;
#  3. trains the supervised peer (OpenNLP one-vs-rest categorizers) on CORDIS dev and compares it
#     with the catalog and the baseline on CORDIS test (reports/compare/comparison.md);
#  4. cross-validates on the Dutch dev half, the language not stated (its test half is kept aside):
#     5 folds, each fold classified with a calibration fitted on the other folds plus CORDIS dev,
#     the peer trained on the same folds (reports/nl-cv/comparison.md), and the same for the
#     seed-words baseline (reports/nl-cv-seed-words/);
#  5. learns signature weights on CORDIS dev into a new catalog version with its calibration
#     (catalog/flanders-s3-learned.yaml) and evaluates it on dev and test (reports/flanders-s3-learned/);
#  6. evaluates the shipped catalog per language on the bundled en/nl/fr samples (reports/samples/).
# Usage: scripts/quality-report.sh [datasets folder]   (default: ../shared/datasets)
set -euo pipefail
cd "$(dirname "$0")/.."

datasets=${1:-../shared/datasets}
cordis=$datasets/cordis-he-sample.jsonl
dutch=$datasets/flanders-erdf-nl-labelled-dev.jsonl
jar=classifier-service/target/classifier-service.jar
catalogs=domain-catalog/src/main/resources/catalog
samples=classifier-service/src/main/resources/samples/proposals.jsonl

./mvnw -q -B -ntp install -DskipTests

for catalog in flanders-s3 seed-words; do
  java -jar "$jar" calibrate --catalog "$catalogs/$catalog.yaml" --input "$cordis" --input "$dutch" \
    --split dev --output "$catalogs/$catalog.calibration.json"
done
# The jar bundles the catalogs: rebuild it so that it carries the calibrations just fitted.
./mvnw -q -B -ntp install -DskipTests

for catalog in flanders-s3 seed-words; do
  for split in dev test; do
    extra=()
    if [ "$split" = test ]; then extra=(--charts --by-language); fi
    java -jar "$jar" evaluate --catalog "$catalogs/$catalog.yaml" --input "$cordis" --split "$split" \
      --report "reports/$catalog/$split" "${extra[@]}" > /dev/null
    echo "reports/$catalog/$split/quality.md"
  done
done
mkdir -p docs/quality
cp reports/flanders-s3/test/reliability-*.png docs/quality/

java -jar "$jar" compare --catalog "$catalogs/flanders-s3.yaml" --baseline "$catalogs/seed-words.yaml" \
  --input "$cordis" --train-split dev --split test --report reports/compare > /dev/null
echo "reports/compare/comparison.md"

java -jar "$jar" crossvalidate --catalog "$catalogs/flanders-s3.yaml" --input "$dutch" --also "$cordis" \
  --detect-language --peer --charts --report reports/nl-cv > /dev/null
cp reports/nl-cv/catalog/reliability-all.png docs/quality/reliability-nl-cv.png
echo "reports/nl-cv/comparison.md"
java -jar "$jar" crossvalidate --catalog "$catalogs/seed-words.yaml" --input "$dutch" --also "$cordis" \
  --detect-language --report reports/nl-cv-seed-words > /dev/null
echo "reports/nl-cv-seed-words/comparison.md"

java -jar "$jar" learn --catalog "$catalogs/flanders-s3.yaml" --input "$cordis" --split dev \
  --output "$catalogs/flanders-s3-learned.yaml" | tee reports/learn.txt
./mvnw -q -B -ntp install -DskipTests -pl domain-catalog   # the learned catalog ships in the catalog jar
for split in dev test; do
  java -jar "$jar" evaluate --catalog "$catalogs/flanders-s3-learned.yaml" --input "$cordis" \
    --split "$split" --report "reports/flanders-s3-learned/$split" > /dev/null
  echo "reports/flanders-s3-learned/$split/quality.md"
done

java -jar "$jar" evaluate --catalog "$catalogs/flanders-s3.yaml" --input "$samples" --split all \
  --report reports/samples --by-language > /dev/null
echo "reports/samples/by-language.md"
