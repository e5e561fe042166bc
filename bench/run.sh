#!/usr/bin/env bash
# Dondoc performance benchmark: a province's worth of data (bench/generate.sql: 150 units,
# 100,000 tasks, 300,000 assignments), then wrk against the task list, the counts by unit and the statistics, each
# next to its baseline (the same query as one hand-written SQL over plain JDBC, same process, same
# pool, same bearer token: vn.dondoc.bench.BaselineResource). Prints requests/s and p50/p95/p99,
# the ratios and PASS/FAIL for the targets of the issue:
#   (a) task list (unit + timeliness filter, 50 per page): throughput >= 0.6 x baseline, p99 <= 50 ms at 32 connections
#   (b) counts by timeliness x unit: p95 <= 30 ms
#
# Runs in the test environment (MariaDB on 33316, Keycloak on 18090, both started if needed), in a
# database of its own (dondoc_bench, recreated on every run) and a backend of its own on port 8095.
# Not a test and not part of CI. Settings (environment):
#   DONDOC_BENCH_PORT=8095  DONDOC_BENCH_DB=dondoc_bench  DONDOC_BENCH_DURATION=20s
#   DONDOC_BENCH_CONNECTIONS=32  DONDOC_BENCH_THREADS=2  DONDOC_BENCH_WARMUP=10s
#   DONDOC_BENCH_SKIP_BUILD=1     use backend/target/quarkus-app as it is
#   DONDOC_BENCH_APP=DIR          run the quarkus-app directory of a build made elsewhere (no build)
#   DONDOC_BENCH_STRICT=1         exit 1 when a target is missed (default: exit 0 once measured)
# Results: out/bench/<time>/ (wrk outputs, summary.txt).
set -euo pipefail
export DONDOC_ENV=test
source "$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)/scripts/lib/env.sh"
source "$DONDOC_ROOT/scripts/lib/maven.sh"
source "$DONDOC_ROOT/scripts/lib/mariadb.sh"
source "$DONDOC_ROOT/scripts/lib/keycloak.sh"

BENCH_PORT="${DONDOC_BENCH_PORT:-8095}"
BENCH_DB="${DONDOC_BENCH_DB:-dondoc_bench}"
DURATION="${DONDOC_BENCH_DURATION:-20s}"
CONNECTIONS="${DONDOC_BENCH_CONNECTIONS:-32}"
THREADS="${DONDOC_BENCH_THREADS:-2}"
WARMUP="${DONDOC_BENCH_WARMUP:-10s}"
BENCH_USER=theodoi.sct # coordinator: reads the whole province
BENCH_PASSWORD=dondoc
BENCH_DIR="$DONDOC_STATE_DIR/bench"
BASE="http://127.0.0.1:$BENCH_PORT"
RESULTS="$DONDOC_OUT_DIR/bench/$(date -u +%Y%m%dT%H%M%SZ)"
mkdir -p "$BENCH_DIR" "$RESULTS"

# The test stack may be in use by someone else's test run: stop it at the end only if we started it.
stack_was_up=0
if mariadb_sql -e 'SELECT 1' >/dev/null 2>&1 && _kc_realm_ready; then stack_was_up=1; fi
cleanup() {
  local rc=$?
  stop_pidfile bench-backend
  if [ "$stack_was_up" = 0 ]; then
    "$DONDOC_ROOT/scripts/stop.sh" >/dev/null 2>&1 || true
  else
    log "the test MariaDB and Keycloak were already running before the benchmark: left running"
  fi
  exit $rc
}
trap cleanup EXIT

ensure_packages wrk curl
_kc_ensure_python

log "starting MariaDB and Keycloak of the test environment"
mariadb_start
keycloak_ensure_installed
keycloak_start
keycloak_add_test_client

# --- backend: build if the sources changed since the last build, run a copy of it ---
app="${DONDOC_BENCH_APP:-$DONDOC_ROOT/backend/target/quarkus-app}"
jar="$app/quarkus-run.jar"
if [ "${DONDOC_BENCH_SKIP_BUILD:-0}" != 1 ] && [ -z "${DONDOC_BENCH_APP:-}" ]; then
  if [ ! -f "$jar" ] || [ -n "$(find "$DONDOC_ROOT/backend/src/main" "$DONDOC_ROOT/backend/pom.xml" -newer "$jar" -print -quit)" ]; then
    log "building the backend"
    backend_mvn -q package -DskipTests
  fi
fi
[ -f "$jar" ] || die "backend not built: $jar is missing"
# A copy, so that a rebuild by someone else during the run does not change the jar under the server.
rm -rf "$BENCH_DIR/quarkus-app"
cp -a "$app" "$BENCH_DIR/quarkus-app"

if curl -s -o /dev/null --max-time 3 "$BASE/" 2>/dev/null; then
  die "port $BENCH_PORT is taken: stop what listens there or set DONDOC_BENCH_PORT"
fi

log "recreating database $BENCH_DB"
mariadb_sql -e "DROP DATABASE IF EXISTS \`$BENCH_DB\`"
mariadb_create_database "$BENCH_DB"

log "starting the benchmark backend on port $BENCH_PORT (Flyway migrates $BENCH_DB; log $DONDOC_LOG_DIR/bench-backend.log)"
(
  cd "$BENCH_DIR"
  QUARKUS_HTTP_PORT="$BENCH_PORT" \
    DONDOC_DB_NAME="$BENCH_DB" \
    DONDOC_DB_PORT="$DONDOC_DB_PORT" \
    DONDOC_OIDC_URL="$DONDOC_KC_URL/realms/$DONDOC_REALM" \
    DONDOC_DEMO_DATA_ENABLED=false \
    DONDOC_BENCH_ENABLED=true \
    nohup java -Xmx512m -jar "$BENCH_DIR/quarkus-app/quarkus-run.jar" >"$DONDOC_LOG_DIR/bench-backend.log" 2>&1 &
  echo $! >"$DONDOC_PID_DIR/bench-backend.pid"
)
wait_for_http "$BASE/q/health/ready" 120 "benchmark backend"

log "generating the data (bench/generate.sql)"
gen_started=$(date +%s.%N)
mariadb_sql -D "$BENCH_DB" <"$DONDOC_ROOT/bench/generate.sql"
gen_seconds=$(python3 -c "import sys; print('%.1f' % (float(sys.argv[2]) - float(sys.argv[1])))" "$gen_started" "$(date +%s.%N)")
mariadb_sql -D "$BENCH_DB" -e 'ANALYZE TABLE unit, directive, task, assignment' >/dev/null
q() { mariadb_sql -N -D "$BENCH_DB" -e "$1"; }
n_units=$(q "SELECT COUNT(*) FROM unit")
n_tasks=$(q "SELECT COUNT(*) FROM task WHERE kind IS NOT NULL")
n_headings=$(q "SELECT COUNT(*) FROM task WHERE kind IS NULL")
n_assignments=$(q "SELECT COUNT(*) FROM assignment")
read -r busy_unit busy_code busy_assignments < <(q "SELECT a.unit_id, u.code, COUNT(*) FROM assignment a JOIN unit u ON u.id = a.unit_id
  GROUP BY a.unit_id, u.code ORDER BY COUNT(*) DESC, a.unit_id LIMIT 1")
log "data: $n_units units, $n_tasks tasks (+ $n_headings headings), $n_assignments assignments in ${gen_seconds}s;" \
  "busiest unit $busy_code (id $busy_unit) has $busy_assignments assignments"

token() { keycloak_token "$BENCH_USER" "$BENCH_PASSWORD" || die "no token for $BENCH_USER"; }
status_of() { curl -s -o /dev/null -w '%{http_code}' -H "Authorization: Bearer $(token)" "$1"; }

LIST_URL="$BASE/api/v1/tasks?unitId=$busy_unit&timeliness=OVERDUE&size=50"
BASE_LIST_URL="$BASE/api/v1/bench/baseline/tasks?unitId=$busy_unit&timeliness=OVERDUE&page=0&size=50"
COUNTS_URL="$BASE/api/v1/tasks/counts/by-unit"
BASE_COUNTS_URL="$BASE/api/v1/bench/baseline/counts"
counts_note="counts by timeliness x unit"
if [ "$(status_of "$COUNTS_URL")" != 200 ]; then
  log "GET /api/v1/tasks/counts/by-unit does not answer 200 on this build: measuring /api/v1/tasks/counts instead"
  COUNTS_URL="$BASE/api/v1/tasks/counts"
  BASE_COUNTS_URL="$BASE/api/v1/bench/baseline/counts/total"
  counts_note="province-wide counts (/tasks/counts/by-unit missing on this build)"
fi

# --- the real endpoints and their baselines must answer the same thing ---
tok=$(token)
curl -fsS -H "Authorization: Bearer $tok" "$LIST_URL" >"$RESULTS/list.json"
curl -fsS -H "Authorization: Bearer $tok" "$BASE_LIST_URL" >"$RESULTS/baseline-list.json"
curl -fsS -H "Authorization: Bearer $tok" "$COUNTS_URL" >"$RESULTS/counts.json"
curl -fsS -H "Authorization: Bearer $tok" "$BASE_COUNTS_URL" >"$RESULTS/baseline-counts.json"
python3 - "$RESULTS" <<'PY' | tee "$RESULTS/equivalence.txt" >&2
import json, sys, os
d = sys.argv[1]
load = lambda n: json.load(open(os.path.join(d, n)))
lst, blst = load("list.json"), load("baseline-list.json")
same_page = [t["id"] for t in lst["items"]] == [t["id"] for t in blst["items"]]
same_total = lst["totalItems"] == blst["totalItems"]
print("list:   %d of %d items on the page, baseline %d of %d: %s" % (len(lst["items"]), lst["totalItems"],
      len(blst["items"]), blst["totalItems"], "same page and total" if same_page and same_total else "DIFFERENT"))
c, bc = load("counts.json"), load("baseline-counts.json")
if "items" in c:
    real = {i["unit"]["id"]: (i["total"], i["byTimeliness"]) for i in c["items"]}
    base = {i["unitId"]: (i["total"], i["byTimeliness"]) for i in bc["items"]}
    same = real == base
    print("counts: %d units, baseline %d units: %s" % (len(real), len(base), "same counts" if same else "DIFFERENT"))
else:
    same = c["total"] == bc["total"] and c["byTimeliness"] == bc["byTimeliness"] and c["byStatus"] == bc["byStatus"]
    print("counts: total %d, baseline %d: %s" % (c["total"], bc["total"], "same counts" if same else "DIFFERENT"))
PY

# --- load ---
declare -A RPS P50 P95 P99 ERR LOAD
# Waits until the benchmark database runs no query for 3 s in a row: a slow endpoint leaves work behind
# (requests wrk gave up on still hold the pool and run their queries), which must not weigh on the next run.
quiesce() {
  local i n idle=0
  for ((i = 0; i < 180; i++)); do
    n=$(mariadb_sql -N -e "SELECT COUNT(*) FROM information_schema.PROCESSLIST WHERE DB = '$BENCH_DB' AND COMMAND = 'Query'")
    if [ "$n" = 0 ]; then idle=$((idle + 1)); else idle=0; fi
    [ "$idle" -ge 3 ] && return 0
    sleep 1
  done
  log "warning: $BENCH_DB still runs queries after 180 s; measuring anyway"
}

run_wrk() { # name url duration connections
  local name="$1" url="$2" duration="$3" connections="$4" out line tok
  out="$RESULTS/$name.txt"
  quiesce
  tok=$(token) # tokens live 5 minutes: a fresh one for every run
  LOAD[$name]=$(cut -d' ' -f1 /proc/loadavg)
  log "wrk $name: -t$THREADS -c$connections -d$duration (load average $(cut -d' ' -f1-3 /proc/loadavg))"
  wrk -t"$THREADS" -c"$connections" -d"$duration" --timeout 30s --latency -s "$DONDOC_ROOT/bench/report.lua" \
    -H "Authorization: Bearer $tok" "$url" >"$out" 2>&1 || die "wrk failed (see $out)"
  line=$(grep '^BENCH ' "$out" | tail -1)
  [ -n "$line" ] || die "no BENCH line in $out"
  RPS[$name]=$(sed -n 's/.* rps=\([0-9.]*\).*/\1/p' <<<"$line")
  P50[$name]=$(sed -n 's/.* p50_ms=\([0-9.]*\).*/\1/p' <<<"$line")
  P95[$name]=$(sed -n 's/.* p95_ms=\([0-9.]*\).*/\1/p' <<<"$line")
  P99[$name]=$(sed -n 's/.* p99_ms=\([0-9.]*\).*/\1/p' <<<"$line")
  ERR[$name]=$(($(sed -n 's/.* errors=\([0-9]*\).*/\1/p' <<<"$line") + $(sed -n 's/.* non2xx=\([0-9]*\).*/\1/p' <<<"$line")))
}

# For scale only, no target: the same list with a filter that few tasks match (DUE_SOON: the query is
# cheap, what remains is the application's own cost), and the cheapest authenticated endpoint
# (token check, one indexed query, a small JSON).
# statistics: the dashboard's figures of the whole province (GET /api/v1/statistics, vn.dondoc.statistics).
names=(list baseline-list counts baseline-counts statistics list-soon baseline-soon floor)
declare -A URL=([list]="$LIST_URL" [baseline-list]="$BASE_LIST_URL" [counts]="$COUNTS_URL" [baseline-counts]="$BASE_COUNTS_URL"
  [statistics]="$BASE/api/v1/statistics"
  [list-soon]="${LIST_URL/OVERDUE/DUE_SOON}" [baseline-soon]="${BASE_LIST_URL/OVERDUE/DUE_SOON}" [floor]="$BASE/api/v1/me")
for name in "${names[@]}"; do run_wrk "warmup-$name" "${URL[$name]}" "$WARMUP" 8; done
for name in "${names[@]}"; do run_wrk "$name" "${URL[$name]}" "$DURATION" "$CONNECTIONS"; done

# --- report ---
{
  echo "Dondoc benchmark, $(date -u '+%Y-%m-%d %H:%M UTC'), commit $(git -C "$DONDOC_ROOT" rev-parse --short HEAD 2>/dev/null || echo '?')$(git -C "$DONDOC_ROOT" diff --quiet HEAD -- backend 2>/dev/null || echo ' + local changes')"
  echo "machine: $(nproc) cores, $(free -g | awk '/^Mem:/ {print $2}') GiB; $(mariadb_sql -N -e 'SELECT VERSION()'); $(java -version 2>&1 | head -1)"
  echo "data: $n_units units, $n_tasks tasks + $n_headings headings, $n_assignments assignments (generated in ${gen_seconds}s)"
  echo "list filter: unitId=$busy_unit ($busy_code, $busy_assignments assignments), timeliness=OVERDUE, 50 per page"
  echo "counts: $counts_note"
  echo "for scale, no target: list-soon / baseline-soon = the same list with timeliness=DUE_SOON (a cheap query);"
  echo "  floor = GET /api/v1/me (token check, one indexed query, small JSON), about the best this machine serves"
  echo "wrk -t$THREADS -c$CONNECTIONS -d$DURATION, after a ${WARMUP} warm-up of each endpoint at 8 connections"
  echo
  printf '%-16s %-70s %9s %8s %8s %8s %6s %6s\n' endpoint url 'req/s' 'p50 ms' 'p95 ms' 'p99 ms' errors load
  for name in "${names[@]}"; do
    printf '%-16s %-70s %9s %8s %8s %8s %6s %6s\n' "$name" "${URL[$name]#"$BASE"}" "${RPS[$name]}" "${P50[$name]}" "${P95[$name]}" \
      "${P99[$name]}" "${ERR[$name]}" "${LOAD[$name]}"
  done
  echo "(load: the machine's 1-minute load average when the run started, after the previous run's queries had ended;"
  echo " it includes the tail of the previous runs, and anything else running on the machine)"
  echo
  python3 - "${RPS[list]}" "${RPS[baseline-list]}" "${P99[list]}" "${RPS[counts]}" "${RPS[baseline-counts]}" "${P95[counts]}" \
    "$((${ERR[list]} + ${ERR[baseline-list]} + ${ERR[counts]} + ${ERR[baseline-counts]}))" "$CONNECTIONS" \
    "${RPS[list-soon]}" "${RPS[baseline-soon]}" "${P95[statistics]}" "${ERR[statistics]}" <<'PY'
import sys
rl, rbl, p99l, rc, rbc, p95c = map(float, sys.argv[1:7])
errors, conns = int(sys.argv[7]) + int(sys.argv[12]), sys.argv[8]
rs, rbs = float(sys.argv[9]), float(sys.argv[10])
p95s = float(sys.argv[11])
ratio_l, ratio_c = rl / rbl, rc / rbc
print("ratio list/baseline (throughput):   %.2f" % ratio_l)
print("ratio counts/baseline (throughput): %.2f" % ratio_c)
if rs and rbs:
    print("ratio list-soon/baseline-soon (throughput, for scale): %.2f" % (rs / rbs))
verdicts = [
    ("list throughput >= 0.6 x baseline", ratio_l >= 0.6, "%.2f" % ratio_l),
    ("list p99 <= 50 ms at %s connections" % conns, p99l <= 50, "%.1f ms" % p99l),
    ("counts p95 <= 30 ms", p95c <= 30, "%.1f ms" % p95c),
    ("statistics p95 <= 30 ms", p95s <= 30, "%.1f ms" % p95s),
]
for what, ok, value in verdicts:
    print("%s  %s (%s)" % ("PASS" if ok else "FAIL", what, value))
if errors:
    print("ERRORS  %d requests failed or answered other than 2xx (see the wrk outputs and the backend log):"
          " the endpoints did not hold this load" % errors)
print("RESULT %s" % ("PASS" if all(v[1] for v in verdicts) and not errors else "FAIL"))
PY
} | tee "$RESULTS/summary.txt"
log "results in $RESULTS"
if [ "${DONDOC_BENCH_STRICT:-0}" = 1 ] && ! grep -q '^RESULT PASS' "$RESULTS/summary.txt"; then
  exit 1
fi
