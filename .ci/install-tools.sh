#!/usr/bin/env bash
# Installs the non-npm tools that some tests need (test/support/tools.ts is their registry and
# names this script, step by step, for every test it skips or fails). Idempotent: a step is
# skipped when its tool is already there at the pinned version. Each tool comes from a package
# registry through its client's configured default (apt-get, go install, mvn, pip): no host
# name is written here, and nothing is downloaded from anywhere else.
#
#   bash .ci/install-tools.sh                      # every step
#   bash .ci/install-tools.sh oasdiff chromium     # only some:
#     chromium oasdiff openapi-generator maven go python-venv schemathesis shells
#     (generator and python are the older names of openapi-generator and python-venv)
#
# Pinned versions live in .ci/tool-versions.json, read by this script and by the TypeScript side.
set -euo pipefail
cd "$(dirname "$0")/.."

CACHE_DIR="${SOBOT_TOOLS_DIR:-$HOME/.cache/sobot-cc}"
ALL_STEPS=(chromium oasdiff openapi-generator maven go python-venv schemathesis shells)
STEPS=("$@")
[ ${#STEPS[@]} -eq 0 ] && STEPS=("${ALL_STEPS[@]}")

log() { printf 'install-tools: %s\n' "$*"; }
die() { printf 'install-tools: %s\n' "$*" >&2; exit 1; }
# A value from .ci/tool-versions.json (node is always there: the project needs it first).
version() { node -p "const v = require('./.ci/tool-versions.json').$1; Array.isArray(v) ? v.join(' ') : v"; }

NORMALISED=()
for s in "${STEPS[@]}"; do
  case "$s" in
    generator) s=openapi-generator ;;
    python) s=python-venv ;;
  esac
  case " ${ALL_STEPS[*]} " in *" $s "*) ;; *) die "unknown step \"$s\" (one of: ${ALL_STEPS[*]})" ;; esac
  NORMALISED+=("$s")
done
want() { local s; for s in "${NORMALISED[@]}"; do [ "$s" = "$1" ] && return 0; done; return 1; }

APT_UPDATED=0
apt_install() {
  command -v apt-get >/dev/null 2>&1 || die "apt-get is needed to install $* (Debian's packages)"
  if [ "$APT_UPDATED" = 0 ]; then
    log "apt-get update"
    DEBIAN_FRONTEND=noninteractive apt-get update -qq
    APT_UPDATED=1
  fi
  log "apt-get install $*"
  DEBIAN_FRONTEND=noninteractive apt-get install -y -qq --no-install-recommends "$@" >/dev/null
}

need_java() { command -v java >/dev/null 2>&1 || apt_install openjdk-17-jdk-headless; }
need_maven() { need_java; command -v mvn >/dev/null 2>&1 || apt_install maven; }
need_go() { command -v go >/dev/null 2>&1 || apt_install golang-go; }

# A venv with exactly the given pip requirements; a marker file records what it was made with,
# so a changed pin rebuilds it instead of leaving old packages in place.
make_venv() {
  local venv=$1 reqs=$2
  if [ -x "$venv/bin/python" ] && [ -f "$venv/.sobot-deps" ] && [ "$(cat "$venv/.sobot-deps")" = "$reqs" ]; then
    log "venv $venv: present ($reqs)"
    return
  fi
  log "venv $venv: $reqs"
  rm -rf "$venv"
  python3 -m venv "$venv"
  # shellcheck disable=SC2086 # one requirement per word
  "$venv/bin/python" -m pip install -q --disable-pip-version-check $reqs
  printf '%s' "$reqs" > "$venv/.sobot-deps"
}

# Debian's Chromium, driven by playwright-core in the docs browser test (no browser download).
if want chromium; then
  if [ -x /usr/bin/chromium ]; then log "chromium: present ($(/usr/bin/chromium --version 2>/dev/null || echo unknown))"
  else apt_install chromium fonts-dejavu-core; fi
fi

# zsh and fish, Debian's packages: the CLI's completion scripts are parsed and run by them.
if want shells; then
  if command -v zsh >/dev/null 2>&1 && command -v fish >/dev/null 2>&1; then log "shells: zsh and fish present"
  else apt_install zsh fish; fi
fi

if want maven; then need_maven; log "maven: present ($(mvn -v 2>/dev/null | head -1 | sed 's/\x1b\[[0-9;]*m//g'))"; fi

if want go; then need_go; log "go: present ($(go version))"; fi

# The openapi-generator jar from Maven Central (mvn fetches it through its configured repository).
if want openapi-generator; then
  need_maven
  GEN_ARTIFACT=$(version openapiGenerator.artifactId)
  GEN_VERSION=$(version openapiGenerator.version)
  JAR="$CACHE_DIR/tools/$GEN_ARTIFACT-$GEN_VERSION.jar"
  if [ -f "$JAR" ]; then log "$GEN_ARTIFACT $GEN_VERSION: present"
  else
    log "$GEN_ARTIFACT $GEN_VERSION into $CACHE_DIR/tools (mvn dependency:copy)"
    mkdir -p "$CACHE_DIR/tools"
    mvn -q -B -Dstyle.color=never dependency:copy \
      "-Dartifact=$(version openapiGenerator.groupId):$GEN_ARTIFACT:$GEN_VERSION" "-DoutputDirectory=$CACHE_DIR/tools"
  fi
fi

# oasdiff, built by `go install` through Go's configured module proxy (the toolchain default).
if want oasdiff; then
  need_go
  OASDIFF_MODULE=$(version oasdiff.module)
  OASDIFF_VERSION=$(version oasdiff.version)
  GOBIN_DIR="$(go env GOBIN)"; [ -n "$GOBIN_DIR" ] || GOBIN_DIR="$(go env GOPATH | cut -d: -f1)/bin"
  if [ -x "$GOBIN_DIR/oasdiff" ] && go version -m "$GOBIN_DIR/oasdiff" 2>/dev/null | grep -q "$OASDIFF_MODULE[[:space:]]*$OASDIFF_VERSION"; then
    log "oasdiff $OASDIFF_VERSION: present at $GOBIN_DIR/oasdiff"
  else
    log "go install $OASDIFF_MODULE@$OASDIFF_VERSION"
    GOFLAGS=-mod=mod go install "$OASDIFF_MODULE@$OASDIFF_VERSION"
  fi
fi

# The generated Python client's runtime packages, from PyPI (pip's configured index).
if want python-venv; then make_venv "$CACHE_DIR/venv" "$(version pythonClient)"; fi

# Schemathesis (property-based API tests against the contract), from PyPI, in its own venv.
if want schemathesis; then make_venv "$CACHE_DIR/schemathesis" "schemathesis==$(version schemathesis)"; fi

log "done"
