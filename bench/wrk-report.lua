-- Prints wrk's summary as one JSON line (after the human-readable report), for bench/load.ts.
done = function(summary, latency, requests)
  local errors = summary.errors
  io.write(string.format(
    'WRK-JSON {"requests":%d,"duration_us":%d,"non2xx":%d,"errors":%d,"p50_us":%d,"p99_us":%d}\n',
    summary.requests, summary.duration, errors.status,
    errors.connect + errors.read + errors.write + errors.timeout,
    latency:percentile(50), latency:percentile(99)))
end
