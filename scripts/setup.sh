#!/usr/bin/env bash
# Installs the Debian packages Vigil needs to build and test, when they are missing.
# Idempotent and silent when everything is already there.
set -euo pipefail

packages=(
    libsqlite3-dev          # SQLite, for the embedded store (GRDB)
    libreoffice-calc-nogui  # tests: XLSX written by Vigil must open in LibreOffice and vice versa
    libmariadb-dev          # the Pandora FMS adapter reads Pandora's MySQL/MariaDB database
    mariadb-server          # tests: a real MariaDB loaded with a Pandora schema, on loopback
    mariadb-client
    pandorafms-agent        # tests: Pandora's own tentacle_client sends files to our Tentacle server
    libxml-simple-perl      # tests: our XML data files parsed the way Pandora's Data Server parses them
)

missing=()
for package in "${packages[@]}"; do
    status=$(dpkg-query -W -f='${Status}' "$package" 2>/dev/null || true)
    [[ "$status" == "install ok installed" ]] || missing+=("$package")
done
[[ ${#missing[@]} -eq 0 ]] && exit 0

if ! command -v swift >/dev/null 2>&1; then
    echo "setup: the Swift 6 toolchain is not on PATH (https://www.swift.org/install/linux/)" >&2
    exit 1
fi

sudo=""
[[ $(id -u) -eq 0 ]] || sudo="sudo"
echo "setup: installing ${missing[*]}"
export DEBIAN_FRONTEND=noninteractive
$sudo apt-get update -qq
$sudo apt-get install -y -qq --no-install-recommends "${missing[@]}" >/dev/null
