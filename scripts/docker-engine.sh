#!/usr/bin/env bash
# Makes sure a Docker engine answers and that the container checks find their tools (docker-compose
# or the compose plugin, debootstrap, curl, jq). What is missing is installed from Debian's packages
# when this is a root shell with apt-get, and dockerd is started in the background. Exits 1, saying
# why, where that cannot be done.
set -euo pipefail

missing=()
command -v dockerd >/dev/null 2>&1 || docker info >/dev/null 2>&1 || missing+=(docker.io)
command -v docker-compose >/dev/null 2>&1 || docker compose version >/dev/null 2>&1 \
  || missing+=(docker-compose)
for tool in debootstrap curl jq; do
  command -v "$tool" >/dev/null 2>&1 || missing+=("$tool")
done
if [ "${#missing[@]}" -gt 0 ]; then
  if [ "$(id -u)" != 0 ] || ! command -v apt-get >/dev/null 2>&1; then
    echo "Missing ${missing[*]}, and this shell cannot install them (root and apt-get needed)."
    exit 1
  fi
  apt-get update -qq
  DEBIAN_FRONTEND=noninteractive apt-get install -y -qq "${missing[@]}" >/dev/null
fi

if docker info >/dev/null 2>&1; then
  exit 0
fi
if ! pgrep -x dockerd >/dev/null; then
  nohup dockerd >/var/log/dockerd.log 2>&1 &
fi
for _ in $(seq 30); do
  if docker info >/dev/null 2>&1; then
    exit 0
  fi
  sleep 1
done
echo "dockerd did not answer within 30 s (see /var/log/dockerd.log): containers cannot run here."
exit 1
