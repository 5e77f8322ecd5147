#!/usr/bin/env bash
# Set up everything ropa-desktop needs on this machine, idempotently:
# the system libraries Qt loads (Debian/Ubuntu, via apt-get), then a virtual
# environment in .venv with the package and its test tools.
# Sourced by scripts/start and scripts/test; safe to run again (it only does what is missing).
set -euo pipefail

ROOT="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
VENV="$ROOT/.venv"
PYTHON="${PYTHON:-python3}"

say() { printf 'ropa-desktop setup: %s\n' "$*" >&2; }

# Libraries Qt needs even offscreen, then those for a real window (xcb), the fonts the
# PDF viewer check and poppler's pdftoppm use, and openssl for checking CMS signatures.
QT_LIBS="libglib2.0-0 libgl1 libegl1 libxkbcommon0 libfontconfig1 libdbus-1-3"
WINDOW_LIBS="libxcb-cursor0 libxcb-icccm4 libxcb-keysyms1 libxcb-shape0 libxcb-randr0 libxcb-render-util0 libxcb-image0 libxcb-xkb1 libxkbcommon-x11-0 libx11-xcb1"
TOOLS="openssl poppler-utils fonts-dejavu-core"

apt_install() {
  local missing=()
  for pkg in "$@"; do
    dpkg-query -W -f='${Status}' "$pkg" 2>/dev/null | grep -q "install ok installed" || missing+=("$pkg")
  done
  [ ${#missing[@]} -eq 0 ] && return 0
  if ! command -v apt-get >/dev/null 2>&1; then
    say "cannot install ${missing[*]}: this is not a Debian/Ubuntu system; install them with your package manager"
    return 0
  fi
  local sudo=""
  if [ "$(id -u)" -ne 0 ]; then
    if command -v sudo >/dev/null 2>&1; then sudo="sudo"; else
      say "need root to install ${missing[*]}; run as root or install them yourself"; return 1
    fi
  fi
  say "installing ${missing[*]}"
  $sudo apt-get update -qq
  DEBIAN_FRONTEND=noninteractive $sudo apt-get install -y -qq --no-install-recommends "${missing[@]}" >/dev/null
}

check_python() {
  if ! "$PYTHON" -c 'import sys; sys.exit(sys.version_info < (3, 11))' 2>/dev/null; then
    say "ropa-desktop needs Python 3.11 or newer; '$PYTHON' is $("$PYTHON" --version 2>&1 || echo missing)"
    exit 1
  fi
}

ensure_system() {
  if [ "$(uname -s)" = "Linux" ] && command -v dpkg-query >/dev/null 2>&1; then
    # python3-venv: Debian ships venv separately, and without it `python3 -m venv` fails.
    local venv_pkg="python3-venv"
    "$PYTHON" -c 'import ensurepip' 2>/dev/null || apt_install "$venv_pkg"
    # shellcheck disable=SC2086
    apt_install $QT_LIBS $WINDOW_LIBS $TOOLS
  fi
}

ensure_venv() {
  local stamp="$VENV/.ropa-installed"
  local want
  want="$(cat "$ROOT/pyproject.toml" | sha256sum | cut -d' ' -f1)"
  if [ ! -x "$VENV/bin/python" ]; then
    say "creating $VENV"
    "$PYTHON" -m venv "$VENV"
  fi
  if [ ! -f "$stamp" ] || [ "$(cat "$stamp")" != "$want" ]; then
    say "installing ropa-desktop and its dependencies into .venv (first time: a few minutes)"
    "$VENV/bin/python" -m pip install -q --upgrade pip
    "$VENV/bin/python" -m pip install -q -e "$ROOT[test]"
    echo "$want" > "$stamp"
  fi
}

check_python
ensure_system
ensure_venv
