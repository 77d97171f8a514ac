#!/usr/bin/env bash
# Durability check: runs the published app, kill -9s it at random moments while writes are in
# flight, restarts it and checks the database; then kills it during start-up migrations.
# See README.md in this folder.
#
#   DURABILITY_KILLS=20          kills while writing (default 20; 3 is a quick smoke run)
#   DURABILITY_SEED=n            seed of the random delays (default: random, printed)
#   DURABILITY_WRITERS=3         concurrent writers (one user each)
#   DURABILITY_HEALTHY_LIMIT=10  seconds a restart may take to answer /healthz with 200
#   DURABILITY_WRITE_LIMIT=s     seconds the kills may wait in all for one acknowledged write per kill
#                                (default 30 + 6 per kill)
#   DURABILITY_STARTUP_SCENARIOS=6  start-up kill scenarios to run (default all 6; 0 = none)
#   DURABILITY_APP_DIR=path      published app to use; published there first if it holds no
#                                published app yet (so several runs can share one publish)
#   DURABILITY_KEEP=1            keep the scratch folder (logs of every server run, databases)
set -euo pipefail

here="$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)"
root="$(cd "$here/../.." && pwd)"

for tool in dotnet python3; do
    if ! command -v "$tool" >/dev/null 2>&1; then
        echo "durability: $tool is needed but not on PATH" >&2
        exit 2
    fi
done

work="$(mktemp -d "${TMPDIR:-/tmp}/careerplanner-durability.XXXXXX")"
driver_pid=""

cleanup() {
    local status=$?
    trap - EXIT INT TERM
    if [[ -n "$driver_pid" ]] && kill -0 "$driver_pid" 2>/dev/null; then
        kill -TERM "$driver_pid" 2>/dev/null || true
        wait "$driver_pid" 2>/dev/null || true
    fi
    # Servers the driver started and could not stop itself (it records "pid port" per line).
    if [[ -f "$work/server.pids" ]]; then
        while read -r pid port; do
            [[ -n "$pid" ]] || continue
            if [[ -r "/proc/$pid/cmdline" ]] && tr '\0' ' ' <"/proc/$pid/cmdline" | grep -q "CareerPlanner.Web.dll --urls http://127.0.0.1:$port"; then
                kill -KILL "$pid" 2>/dev/null || true
            fi
        done <"$work/server.pids"
    fi
    if [[ "${DURABILITY_KEEP:-0}" == "1" ]]; then
        echo "durability: scratch folder kept: $work"
    else
        rm -rf "$work"
    fi
    exit "$status"
}
trap cleanup EXIT
trap 'exit 130' INT
trap 'exit 143' TERM

app="${DURABILITY_APP_DIR:-$work/app}"
marker="$app/.durability-published"
if [[ -f "$marker" && -f "$app/CareerPlanner.Web.dll" ]]; then
    echo "durability: reusing the app published in $app"
else
    echo "durability: publishing src/CareerPlanner.Web (Release) to $app"
    started=$SECONDS
    mkdir -p "$app"
    # Build output goes to the scratch folder (src/ stays as it is); no build servers, so nothing
    # outlives this script or holds its output open.
    if ! publish_log="$(dotnet publish "$root/src/CareerPlanner.Web" -c Release -o "$app" --nologo \
        --artifacts-path "$work/artifacts" --disable-build-servers -nodeReuse:false \
        -p:UseSharedCompilation=false 2>&1)"; then
        echo "$publish_log" >&2
        echo "durability: dotnet publish failed" >&2
        exit 2
    fi
    touch "$marker"
    echo "durability: published in $((SECONDS - started)) s"
fi

python3 "$here/driver.py" --app "$app" --work "$work" &
driver_pid=$!
set +e
wait "$driver_pid"
status=$?
set -e
driver_pid=""
exit "$status"
