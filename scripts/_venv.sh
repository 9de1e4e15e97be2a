# Sourced by scripts/run and scripts/test: make .venv (Python 3.11) and install the pinned requirements.
set -euo pipefail
cd "$(dirname "${BASH_SOURCE[0]}")/.."
PYTHON=${PYTHON:-$(command -v python3.11 || command -v python3)}
if [ ! -x .venv/bin/python ]; then
  "$PYTHON" -m venv .venv
fi
# Install only when the pinned requirements or pyproject.toml changed since the last install (a start
# takes no pip run); then the package itself, editable (`import dashboard` from anywhere, bench/ too).
stamp=".venv/.installed-$(cat requirements*.txt pyproject.toml | sha256sum | cut -c1-16)-$(basename "$1")"
if [ ! -e "$stamp" ]; then
  .venv/bin/python -m pip install --quiet --disable-pip-version-check -r "$1"
  .venv/bin/python -m pip install --quiet --disable-pip-version-check --no-deps -e .
  touch "$stamp"
fi
