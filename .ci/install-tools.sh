#!/usr/bin/env bash
# Installs the non-npm tools of the docs, contract and clients workflows. Idempotent: every step
# is skipped when already satisfied. Only package registries are used (Debian, the Go module
# proxy, Maven Central, PyPI).
#
#   bash .ci/install-tools.sh                 # everything
#   bash .ci/install-tools.sh oasdiff         # only some: chromium oasdiff generator python
#
# Pinned versions (keep in step with scripts/contract/oasdiff.ts and scripts/clients/tools.ts):
OASDIFF_VERSION=v1.36.0                       # github.com/oasdiff/oasdiff, Go module proxy
OPENAPI_GENERATOR_VERSION=7.25.0              # org.openapitools:openapi-generator-cli, Maven Central
PYTHON_CLIENT_DEPS="pydantic==2.13.4 urllib3==2.7.0 python-dateutil==2.9.0.post0 typing-extensions==4.16.0"
set -euo pipefail

CACHE_DIR="${SOBOT_TOOLS_DIR:-$HOME/.cache/sobot-cc}"
STEPS=("$@")
[ ${#STEPS[@]} -eq 0 ] && STEPS=(chromium oasdiff generator python)

log() { printf 'install-tools: %s\n' "$*"; }
want() { local s; for s in "${STEPS[@]}"; do [ "$s" = "$1" ] && return 0; done; return 1; }

APT_UPDATED=0
apt_install() {
  if [ "$APT_UPDATED" = 0 ]; then
    log "apt-get update"
    DEBIAN_FRONTEND=noninteractive apt-get update -qq
    APT_UPDATED=1
  fi
  log "apt-get install $*"
  DEBIAN_FRONTEND=noninteractive apt-get install -y -qq --no-install-recommends "$@" >/dev/null
}

# Debian's Chromium, driven by playwright-core in the docs browser test (no browser download).
if want chromium; then
  if [ -x /usr/bin/chromium ]; then log "chromium: present ($(/usr/bin/chromium --version 2>/dev/null || echo unknown))"
  else apt_install chromium fonts-dejavu-core; fi
fi

# Java + Maven for openapi-generator and the Java smoke program.
if want generator; then
  command -v java >/dev/null 2>&1 || apt_install openjdk-17-jdk-headless
  command -v mvn >/dev/null 2>&1 || apt_install maven
  JAR="$CACHE_DIR/tools/openapi-generator-cli-$OPENAPI_GENERATOR_VERSION.jar"
  if [ -f "$JAR" ]; then log "openapi-generator-cli $OPENAPI_GENERATOR_VERSION: present"
  else
    log "openapi-generator-cli $OPENAPI_GENERATOR_VERSION from Maven Central"
    mkdir -p "$CACHE_DIR/tools"
    mvn -q -B -Dstyle.color=never dependency:copy \
      "-Dartifact=org.openapitools:openapi-generator-cli:$OPENAPI_GENERATOR_VERSION" "-DoutputDirectory=$CACHE_DIR/tools"
  fi
fi

# oasdiff, built from the Go module proxy (never `direct`: no download from elsewhere).
if want oasdiff; then
  command -v go >/dev/null 2>&1 || { log "Go is required for oasdiff (it is preinstalled on this project's machines)"; exit 1; }
  GOBIN_DIR="$(go env GOBIN)"; [ -n "$GOBIN_DIR" ] || GOBIN_DIR="$(go env GOPATH | cut -d: -f1)/bin"
  if [ -x "$GOBIN_DIR/oasdiff" ] && go version -m "$GOBIN_DIR/oasdiff" 2>/dev/null | grep -q "github.com/oasdiff/oasdiff[[:space:]]*$OASDIFF_VERSION"; then
    log "oasdiff $OASDIFF_VERSION: present at $GOBIN_DIR/oasdiff"
  else
    log "go install github.com/oasdiff/oasdiff@$OASDIFF_VERSION"
    GOPROXY=https://proxy.golang.org GOFLAGS=-mod=mod go install "github.com/oasdiff/oasdiff@$OASDIFF_VERSION"
  fi
fi

# A venv with the generated Python client's runtime packages, from PyPI.
if want python; then
  VENV="$CACHE_DIR/venv"
  MARKER="$VENV/.sobot-deps"
  if [ -x "$VENV/bin/python" ] && [ -f "$MARKER" ] && [ "$(cat "$MARKER")" = "$PYTHON_CLIENT_DEPS" ]; then
    log "python venv: present at $VENV"
  else
    log "python venv at $VENV: $PYTHON_CLIENT_DEPS"
    python3 -m venv "$VENV"
    # shellcheck disable=SC2086
    "$VENV/bin/python" -m pip install -q --disable-pip-version-check $PYTHON_CLIENT_DEPS
    printf '%s' "$PYTHON_CLIENT_DEPS" > "$MARKER"
  fi
fi
log "done"
