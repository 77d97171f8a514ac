#!/usr/bin/env bash
# Installs Debian packages without starting their services: Debian's postgresql and nginx packages
# would otherwise start a default server (nginx on port 80 of every interface). The scripts here
# start their own servers, on 127.0.0.1 only.
#   deploy/apt-install.sh PACKAGE...
set -euo pipefail

(( $# > 0 )) || { echo "usage: $0 PACKAGE..." >&2; exit 2; }
SUDO=""
[[ "$(id -u)" == "0" ]] || SUDO="sudo"
policy=/usr/sbin/policy-rc.d
if [[ ! -e "$policy" ]]; then
  # policy-rc.d answering 101 is Debian's way to tell package scripts not to start services.
  printf '#!/bin/sh\nexit 101\n' | $SUDO tee "$policy" >/dev/null
  $SUDO chmod 755 "$policy"
  trap '$SUDO rm -f "$policy"' EXIT
fi
$SUDO apt-get update -qq
DEBIAN_FRONTEND=noninteractive $SUDO apt-get install -y -qq --no-install-recommends "$@" >/dev/null
