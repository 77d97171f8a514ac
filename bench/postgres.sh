#!/usr/bin/env bash
# The benchmark on PostgreSQL: the same pages with one app instance and with two, nginx in front of
# both set-ups, and the ratio of the two — so the gain of a second instance is measured.
#
#   bash bench/postgres.sh                          # 1 and 2 instances, then the ratios
#   BENCH_INSTANCES=2 bash bench/postgres.sh        # one set-up only
#   BENCH_DURATION=10 BENCH_WARMUP=10 bash bench/postgres.sh
#
# Knobs: BENCH_INSTANCES ("1 2"), BENCH_USERS (20), BENCH_DURATION (20 s), BENCH_WARMUP (30 s),
# BENCH_IDLE_WAIT (60 s), BENCH_KEEP_TMP (1 keeps the temp folder). Publishes the app into a temp
# folder, starts a throw-away PostgreSQL (deploy/postgres.sh) and nginx on 127.0.0.1, seeds a fresh
# database before each set-up, drives wrk through bench/postgres.py (which reuses bench.py) and
# writes bench/results/postgres-latest.md. Installs wrk, nginx and postgresql (Debian) when missing.
set -euo pipefail

ROOT="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
cd "$ROOT"
BENCH_INSTANCES="${BENCH_INSTANCES:-1 2}"
BENCH_USERS="${BENCH_USERS:-20}"
BENCH_DURATION="${BENCH_DURATION:-20}"
BENCH_WARMUP="${BENCH_WARMUP:-30}"
BENCH_IDLE_WAIT="${BENCH_IDLE_WAIT:-60}"

say() { printf '[bench-pg %s] %s\n' "$(date +%H:%M:%S)" "$*"; }

TMP="$(mktemp -d "${TMPDIR:-/tmp}/careerplanner-bench-pg.XXXXXX")"
chmod 711 "$TMP"  # the database server runs as the postgres user and keeps its files in here
cleanup() {
  local status=$?
  bash deploy/postgres.sh stop "$TMP/postgres" >/dev/null 2>&1 || true
  if [[ "${BENCH_KEEP_TMP:-0}" == "1" ]]; then say "kept the temp folder $TMP"; else rm -rf "$TMP"; fi
  if (( status != 0 )); then say "FAILED (exit $status)"; fi
  exit "$status"
}
trap cleanup EXIT
trap 'exit 130' INT
trap 'exit 143' TERM

command -v dotnet >/dev/null || { echo "dotnet is needed (see README.md)" >&2; exit 1; }
missing=()
command -v wrk >/dev/null || missing+=(wrk)
[[ -x /usr/sbin/nginx ]] || missing+=(nginx)
if (( ${#missing[@]} )); then say "installing ${missing[*]} (Debian packages)"; bash deploy/apt-install.sh "${missing[@]}"; fi

say "publishing the app (Release) into a temp folder"
dotnet publish src/CareerPlanner.Web -c Release -o "$TMP/app" --artifacts-path "$TMP/artifacts" -nologo -v quiet >"$TMP/publish.log" 2>&1 \
  || { cat "$TMP/publish.log" >&2; exit 1; }

say "starting PostgreSQL on 127.0.0.1"
server="$(bash deploy/postgres.sh start "$TMP/postgres")"
connection="$server;Database=careerplanner_bench"
# Before each set-up: a fresh database, seeded by the app's own seed command.
cat >"$TMP/reseed.sh" <<RESEED
set -euo pipefail
bash "$ROOT/deploy/postgres.sh" psql "$TMP/postgres" -c "DROP DATABASE IF EXISTS careerplanner_bench WITH (FORCE)"
cd "$TMP/app"
env -u ConnectionStrings__CareerPlanner ASPNETCORE_ENVIRONMENT=Production DOTNET_hostBuilder__reloadConfigOnChange=false \
  CareerPlanner__Database=PostgreSQL ConnectionStrings__CareerPlanner="$connection" CareerPlanner__DataFolder="$TMP/seed-data" \
  dotnet CareerPlanner.Web.dll seed --users "$BENCH_USERS" >"$TMP/seed.log" 2>&1 || { cat "$TMP/seed.log" >&2; exit 1; }
echo "[bench-pg] seeded: \$(grep -h '^seed:' "$TMP/seed.log" | tail -n 1)"
RESEED

python3 bench/bench.py idle --out "$TMP/idle.json" --wait "$BENCH_IDLE_WAIT"
mkdir -p bench/out/postgres
python3 bench/postgres.py --root "$ROOT" --app "$TMP/app" --tmp "$TMP" --out bench/out/postgres --results bench/results \
  --connection "$connection" --pg-data "$TMP/postgres/data" --pg-version "$(bash deploy/postgres.sh psql "$TMP/postgres" -tAc 'SHOW server_version')" \
  --reseed "$TMP/reseed.sh" --instances "$BENCH_INSTANCES" --users "$BENCH_USERS" --duration "$BENCH_DURATION" --warmup "$BENCH_WARMUP" \
  --idle-wait "$BENCH_IDLE_WAIT"
say "done: bench/results/postgres-latest.md"
