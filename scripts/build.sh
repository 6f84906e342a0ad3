#!/usr/bin/env bash
# Installs the Debian packages lightning needs (only those missing), then configures and builds
# it in build/. With --tests it also installs what the test suite needs (Xvfb, xdotool,
# ImageMagick, ffmpeg; man-db, desktop-file-utils and dpkg-dev for the install test; users need
# ffmpeg only to export videos). Run as root on Debian 12, or as
# a user with the packages already installed.
set -euo pipefail
cd "$(dirname "$0")/.."

packages=(g++ cmake make pkg-config libsdl2-dev libsdl2-ttf-dev libsdl2-image-dev libstb-dev
          doctest-dev libcli11-dev libpng-dev libjpeg62-turbo-dev libdeflate-dev libtomlplusplus-dev
          nlohmann-json3-dev libpoppler-cpp-dev libfontconfig-dev liblo-dev libzip-dev libpugixml-dev libcivetweb-dev
          libqrencode-dev fonts-noto-cjk fonts-noto-color-emoji)
build_type=Release
tests=OFF  # the first README command builds what `play` needs; --tests adds the test programs
for arg in "$@"; do
  case "$arg" in
    --tests) tests=ON
             packages+=(xvfb xauth xdotool imagemagick x11-utils python3 clang libclang-rt-14-dev clang-format
                        ffmpeg man-db desktop-file-utils dpkg-dev liblo-tools chromium chromium-driver python3-selenium zbar-tools
                        libreoffice-impress-nogui) ;;
    --debug) build_type=Debug ;;
    *) echo "usage: scripts/build.sh [--tests] [--debug]" >&2; exit 2 ;;
  esac
done

missing=()
for package in "${packages[@]}"; do
  dpkg-query -W -f='${Status}' "$package" 2>/dev/null | grep -q "install ok installed" ||
    missing+=("$package")
done
if ((${#missing[@]})); then
  echo "installing: ${missing[*]}"
  if [ "$(id -u)" -ne 0 ]; then
    echo "these Debian packages are missing; run as root or: sudo apt-get install ${missing[*]}" >&2
    exit 1
  fi
  export DEBIAN_FRONTEND=noninteractive
  apt-get update -qq
  apt-get install -y -qq --no-install-recommends "${missing[@]}" >/dev/null
fi

# LIGHTNING_UNITY=ON (the test command sets it): the core and the shell compiled sixteen files at
# a time, a full build in far less time; a developer's edit-compile loop is better without.
cmake -S . -B build -DCMAKE_BUILD_TYPE="$build_type" -DLIGHTNING_TESTS="$tests" \
  -DLIGHTNING_UNITY="${LIGHTNING_UNITY:-OFF}" >/dev/null
cmake --build build -j"$(nproc)"
