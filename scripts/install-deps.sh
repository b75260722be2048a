#!/usr/bin/env bash
# Installs the Debian 12 packages sitrep needs to build and test; does nothing when all are
# present. Run as root (or through sudo).
set -euo pipefail
packages=(
  build-essential cmake pkg-config git ca-certificates
  libicu-dev libcld2-dev libgumbo-dev libsqlite3-dev nlohmann-json3-dev libcli11-dev
  libzstd-dev zlib1g-dev libssl-dev libre2-dev libstemmer-dev libcpp-httplib-dev
  libgtest-dev libgmock-dev libbenchmark-dev
)
missing=()
for p in "${packages[@]}"; do
  dpkg-query -W -f='${Status}' "$p" 2>/dev/null | grep -q "install ok installed" || missing+=("$p")
done
if ((${#missing[@]})); then
  sudo_cmd=""
  [[ $(id -u) == 0 ]] || sudo_cmd="sudo"
  echo "installing: ${missing[*]}" >&2
  $sudo_cmd apt-get update -qq
  DEBIAN_FRONTEND=noninteractive $sudo_cmd apt-get install -y -qq --no-install-recommends "${missing[@]}" >&2
fi
