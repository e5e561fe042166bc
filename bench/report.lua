-- wrk report for bench/run.sh: after wrk's own output, one line that the script parses.
--   BENCH rps=<requests/s> p50_ms=<> p95_ms=<> p99_ms=<> max_ms=<> requests=<> duration_s=<> errors=<> non2xx=<>
-- errors counts connect, read, write and timeout errors; non2xx the answers that were not 2xx/3xx
-- (an expired token shows up there as 401s). A run with either above zero is not a valid measurement.

done = function(summary, latency, requests)
  local seconds = summary.duration / 1e6
  local e = summary.errors
  io.write(string.format(
    "BENCH rps=%.1f p50_ms=%.2f p95_ms=%.2f p99_ms=%.2f max_ms=%.2f requests=%d duration_s=%.1f errors=%d non2xx=%d\n",
    summary.requests / seconds,
    latency:percentile(50) / 1000, latency:percentile(95) / 1000, latency:percentile(99) / 1000,
    latency.max / 1000, summary.requests, seconds,
    e.connect + e.read + e.write + e.timeout, e.status))
end
