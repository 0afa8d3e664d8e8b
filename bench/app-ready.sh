# Sourced by the benchmarks that start the app (load.sh, exports.sh): waits until the app started as $app_pid on
# 127.0.0.1:$port has its search index ready (/healthz), or shows its log ($work/app.log) and exits 1 if it stops or
# is not ready within ten minutes.
ready() { curl -fs "http://127.0.0.1:$port/healthz" 2>/dev/null | grep -q '"index":{"status":"ok"'; }
for _ in $(seq 1 1200); do
  if ready; then break; fi
  if ! kill -0 "$app_pid" 2>/dev/null; then echo "the app stopped:"; cat "$work/app.log"; exit 1; fi
  sleep 0.5
done
ready || { echo "the app did not become ready"; cat "$work/app.log"; exit 1; }
