#!/usr/bin/env bash
# Builds the images that compose and the container checks run and names them (SERVICE_IMAGE,
# KAFKA_IMAGE, PROMETHEUS_IMAGE): as export lines on stdout, for eval (see image-check.sh),
# and in target/docker-images.env, for docker compose --env-file. Progress goes to stderr.
# Where a registry answers, the public images are pulled: the JRE base of docker/Dockerfile,
# apache/kafka and prom/prometheus. Where none does, the same roles are built here: a JRE base image
# made from Debian packages with debootstrap (about a minute, once per engine), Kafka from its
# release jars on Maven Central (docker/kafka) and Prometheus from Debian's package
# (docker/prometheus). The service image is built from classifier-service/target/classifier-service.jar
# (built first when missing). Needs a running Docker engine; debootstrap needs root.
set -euo pipefail
cd "$(dirname "$0")/.."

build_arg() {  # the default of a build argument of a Dockerfile: build_arg FILE NAME
  sed -n "s/^ARG $2=//p" "$1"
}
jre_public=$(build_arg docker/Dockerfile JRE_IMAGE)
debian_public=$(build_arg docker/prometheus/Dockerfile DEBIAN_IMAGE)
kafka_public=apache/kafka:4.1.2
prometheus_public=prom/prometheus:v3.5.0
jre_local=s3-local/debian-jre:bookworm
kafka_local=s3-local/kafka:4.1.2
prometheus_local=s3-local/prometheus:bookworm
service=${SERVICE_IMAGE:-s3-domain-classifier:0.1.0}

present() {
  docker image inspect "$1" >/dev/null 2>&1
}

pulled() {
  present "$1" || timeout 300 docker pull -q "$1" >/dev/null 2>&1
}

debian_mirror() {  # the Debian archive that apt uses here
  local mirror
  mirror=$(grep -rhoE 'https?://[^[:space:]]+/debian/?([[:space:]]|$)' \
    /etc/apt/sources.list /etc/apt/sources.list.d/ 2>/dev/null | head -n 1 | tr -d '[:space:]' || true)
  echo "${mirror:-http://deb.debian.org/debian}"
}

make_jre_base() {  # a Debian bookworm root with a headless JRE 17, imported as an image
  present "$jre_local" && return
  if ! command -v debootstrap >/dev/null 2>&1; then
    apt-get install -y -qq debootstrap >/dev/null
  fi
  local root
  root=$(mktemp -d)
  echo "Making $jre_local from Debian packages ($(debian_mirror))" >&2
  debootstrap --variant=minbase --include=openjdk-17-jre-headless bookworm "$root" \
    "$(debian_mirror)" >/dev/null
  tar -C "$root" -c . | docker import - "$jre_local" >/dev/null
  rm -rf "$root"
}

build() {  # build IMAGE CONTEXT [docker build options]
  local image=$1 context=$2
  shift 2
  echo "Building $image" >&2
  docker build -q -t "$image" "$@" "$context" >/dev/null
}

if pulled "$jre_public"; then
  jre=$jre_public
  kafka=$kafka_public
  prometheus=$prometheus_public
  for image in "$kafka" "$prometheus"; do
    pulled "$image" || { echo "Could not pull $image" >&2; exit 1; }
  done
else
  echo "No registry answers: building the base, Kafka and Prometheus images here." >&2
  make_jre_base
  jre=$jre_local
  kafka=$kafka_local
  prometheus=$prometheus_local
  ./mvnw -B -ntp -q -f docker/kafka/pom.xml package >&2
  build "$kafka" docker/kafka --build-arg "JRE_IMAGE=$jre"
  present "$prometheus" || build "$prometheus" docker/prometheus --build-arg "DEBIAN_IMAGE=$jre"
fi

if [ ! -f classifier-service/target/classifier-service.jar ]; then
  ./mvnw -B -ntp -q -pl classifier-service -am package -DskipTests -Ddemo-jar.skip >&2
fi
build "$service" . -f docker/Dockerfile --build-arg "JRE_IMAGE=$jre"

mkdir -p target
printf 'SERVICE_IMAGE=%s\nKAFKA_IMAGE=%s\nPROMETHEUS_IMAGE=%s\n' "$service" "$kafka" "$prometheus" \
  > target/docker-images.env
sed 's/^/export /' target/docker-images.env
