#!/usr/bin/env bash
# Makes sure a Docker engine answers: when none does and this is a root shell with apt-get, installs
# Debian's docker.io (plus docker-compose, debootstrap, curl and jq, which the container checks use)
# and starts dockerd in the background. Exits 1, saying why, where no engine can run.
set -euo pipefail

if docker info >/dev/null 2>&1; then
  exit 0
fi
if [ "$(id -u)" != 0 ] || ! command -v apt-get >/dev/null 2>&1; then
  echo "No Docker engine answers, and this shell cannot install one (root and apt-get needed)."
  exit 1
fi
if ! command -v dockerd >/dev/null 2>&1; then
  apt-get update -qq
  DEBIAN_FRONTEND=noninteractive apt-get install -y -qq docker.io docker-compose debootstrap curl jq \
    >/dev/null
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
