#!/usr/bin/env bash
# Runs the Testcontainers tests (*ContainerIT, the -Ptestcontainers profile) against the images that
# scripts/docker-images.sh builds or pulls. Testcontainers' own images are not needed: Ryuk (its
# reaper) is disabled, the tests stop their containers themselves, and so are its start-up checks
# (they run alpine). Inside a container (/.dockerenv), Testcontainers would also run alpine to find
# the engine's address: the engine started here listens here, so localhost is given instead.
# Fails if any of the tests was skipped.
set -euo pipefail
cd "$(dirname "$0")/.."

images=$(scripts/docker-images.sh)
eval "$images"
export TESTCONTAINERS_RYUK_DISABLED=true TESTCONTAINERS_CHECKS_DISABLE=true
if [ -f /.dockerenv ] && [ -S /var/run/docker.sock ]; then
  export TESTCONTAINERS_HOST_OVERRIDE=${TESTCONTAINERS_HOST_OVERRIDE:-localhost}
fi

./mvnw -B -ntp -q -Ptestcontainers verify -pl classifier-service -am -Ddemo-jar.skip \
  -Dtest=none -Dsurefire.failIfNoSpecifiedTests=false -Dit.test='*ContainerIT'

reports=(classifier-service/target/failsafe-reports/TEST-*ContainerIT.xml)
for report in "${reports[@]}"; do
  summary=$(grep -o '<testsuite [^>]*>' "$report")
  name=$(sed -E 's/.* name="([^"]+)".*/\1/' <<<"$summary")
  tests=$(sed -E 's/.* tests="([0-9]+)".*/\1/' <<<"$summary")
  skipped=$(sed -E 's/.* skipped="([0-9]+)".*/\1/' <<<"$summary")
  if [ "$tests" = 0 ] || [ "$skipped" != 0 ]; then
    echo "FAILED: $name ran $tests tests and skipped $skipped"
    exit 1
  fi
  echo "ok: $name, $tests tests, none skipped"
done
