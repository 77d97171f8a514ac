#!/usr/bin/env bash
# CareerPlanner benchmark: one command, from a clean clone.
#
#   bash bench/run.sh                      # default run (~4 minutes)
#   BENCH_DURATION=10 bash bench/run.sh    # shorter measurements
#   BENCH_GROWTH=1 bash bench/run.sh       # also 100 vs 100,000 plans (or: bash bench/run.sh --growth)
#
# Knobs (environment): BENCH_USERS (20), BENCH_DURATION (20 s per measurement), BENCH_WARMUP (30 s),
# BENCH_GROWTH (0), BENCH_GROWTH_WARMUP (= BENCH_WARMUP), BENCH_IDLE_WAIT (60 s to wait for an idle
# machine, at the start and before each measurement, before going on with a loud warning), BENCH_KEEP_TMP (1 keeps the temp folder for debugging).
#
# Publishes the app into a temp folder (src/ is not touched), seeds temp data folders, starts the
# app on 127.0.0.1 only, drives it with wrk and writes bench/results/latest.md plus a dated copy.
# Raw wrk output and the server's warnings go to bench/out/ (ignored by git). Everything temporary
# is removed and the server stopped on exit, also on failure or Ctrl-C.
set -euo pipefail

ROOT="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
cd "$ROOT"

for arg in "$@"; do
  case "$arg" in
    --growth) BENCH_GROWTH=1 ;;
    -h|--help) sed -n '2,16p' "$0"; exit 0 ;;
    *) echo "unknown argument: $arg (try --help)" >&2; exit 2 ;;
  esac
done

BENCH_USERS="${BENCH_USERS:-20}"
BENCH_DURATION="${BENCH_DURATION:-20}"
BENCH_WARMUP="${BENCH_WARMUP:-30}"
BENCH_GROWTH="${BENCH_GROWTH:-0}"
BENCH_GROWTH_WARMUP="${BENCH_GROWTH_WARMUP:-$BENCH_WARMUP}"
BENCH_IDLE_WAIT="${BENCH_IDLE_WAIT:-60}"
T0="$(date +%s.%N)"

say() { printf '[bench %s] %s\n' "$(date +%H:%M:%S)" "$*"; }

if (( BENCH_WARMUP < 30 )); then
  say "note: BENCH_WARMUP=$BENCH_WARMUP is below the 30 s the results are meant to be compared at"
fi

TMP="$(mktemp -d "${TMPDIR:-/tmp}/careerplanner-bench.XXXXXX")"
cleanup() {
  local status=$?
  if [[ -f "$TMP/server.pid" ]]; then
    local pid
    pid="$(cat "$TMP/server.pid")"
    if kill -0 "$pid" 2>/dev/null; then
      say "stopping the server (pid $pid)"
      kill -TERM "$pid" 2>/dev/null || true
      for _ in $(seq 1 50); do kill -0 "$pid" 2>/dev/null || break; sleep 0.2; done
      kill -KILL "$pid" 2>/dev/null || true
    fi
  fi
  if [[ "${BENCH_KEEP_TMP:-0}" == "1" ]]; then
    say "kept the temp folder $TMP"
  else
    rm -rf "$TMP"
  fi
  if (( status != 0 )); then say "FAILED (exit $status)"; fi
  exit "$status"
}
trap cleanup EXIT
trap 'exit 130' INT
trap 'exit 143' TERM

# ---- tools
command -v dotnet >/dev/null || { echo "dotnet is needed (see README.md)" >&2; exit 1; }
command -v python3 >/dev/null || { echo "python3 is needed" >&2; exit 1; }
if ! command -v wrk >/dev/null; then
  say "installing wrk (Debian package)"
  SUDO=""; [[ "$(id -u)" != "0" ]] && SUDO="sudo"
  $SUDO apt-get update -qq && $SUDO apt-get install -y -qq wrk >/dev/null
fi

# ---- 1. is the machine idle?
python3 bench/bench.py idle --out "$TMP/idle.json" --wait "$BENCH_IDLE_WAIT"

# ---- 2. publish (Release) and seed
say "publishing the app (Release) into a temp folder"
start=$(date +%s.%N)
dotnet publish src/CareerPlanner.Web -c Release -o "$TMP/app" --artifacts-path "$TMP/artifacts" -nologo -v quiet >"$TMP/publish.log" 2>&1 \
  || { cat "$TMP/publish.log" >&2; exit 1; }
PUBLISH_S=$(python3 -c "print(round($(date +%s.%N) - $start, 1))")
say "published in ${PUBLISH_S} s"

seed() { # seed DATA_FOLDER USERS EXTRA_PLANS -> prints seconds
  local data="$1" users="$2" extra="$3" t
  mkdir -p "$data"
  t=$(date +%s.%N)
  ( cd "$TMP/app" && env -u ConnectionStrings__CareerPlanner ASPNETCORE_ENVIRONMENT=Production CareerPlanner__DataFolder="$data" \
      DOTNET_hostBuilder__reloadConfigOnChange=false \
      dotnet CareerPlanner.Web.dll seed --users "$users" --extra-plans "$extra" >"$data.seed.log" 2>&1 ) \
    || { cat "$data.seed.log" >&2; exit 1; }
  python3 -c "print(round($(date +%s.%N) - $t, 2))"
}

say "seeding $BENCH_USERS users (a full plan each)"
SEED_MAIN=$(seed "$TMP/data" "$BENCH_USERS" 0)
say "seeded in ${SEED_MAIN} s ($(grep -h '^seed:' "$TMP/data.seed.log"))"
SEED_JSON="{\"main_s\": $SEED_MAIN"
GROWTH_ARGS=()
if [[ "$BENCH_GROWTH" == "1" ]]; then
  # Both growth databases hold the same full plans (the measured one is bench-1's) and differ only
  # in how many small plans sit beside them: 100 plans in all, and 100,000.
  GU=$(( BENCH_USERS < 100 ? BENCH_USERS : 100 ))
  say "growth: seeding a database with 100 plans ($GU full + $((100 - GU)) small)"
  SEED_SMALL=$(seed "$TMP/growth-100" "$GU" $((100 - GU)))
  say "growth: seeding a database with 100,000 plans ($GU full + $((100000 - GU)) small)"
  SEED_LARGE=$(seed "$TMP/growth-100000" "$GU" $((100000 - GU)))
  say "growth: seeded in ${SEED_SMALL} s and ${SEED_LARGE} s"
  SEED_JSON="$SEED_JSON, \"growth_small_s\": $SEED_SMALL, \"growth_large_s\": $SEED_LARGE"
  GROWTH_ARGS=(--growth --growth-small "$TMP/growth-100" --growth-large "$TMP/growth-100000" --growth-warmup "$BENCH_GROWTH_WARMUP")
fi
echo "$SEED_JSON}" >"$TMP/seed.json"

# ---- 3-7. start, sign in, warm up, measure, report
mkdir -p bench/out/latest
rm -f bench/out/latest/*
python3 bench/bench.py run --root "$ROOT" --app "$TMP/app" --data "$TMP/data" --tmp "$TMP" \
  --out bench/out/latest --results bench/results --users "$BENCH_USERS" --duration "$BENCH_DURATION" --warmup "$BENCH_WARMUP" \
  --idle "$TMP/idle.json" --idle-wait "$BENCH_IDLE_WAIT" --seed "$TMP/seed.json" --publish-s "$PUBLISH_S" --t0 "$T0" "${GROWTH_ARGS[@]}"

say "done in $(python3 -c "print(round($(date +%s.%N) - $T0))") s: bench/results/latest.md"
