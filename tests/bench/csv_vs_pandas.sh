#!/usr/bin/env bash
# CSV load: Tern's data::read_table vs pandas.read_csv on the SAME numeric file, in one run, best of N each
# (each load in its own process, so that peak RSS is that load's). Prints one table.
# usage: tests/bench/csv_vs_pandas.sh [BUILD_DIR] [ROWS] [COLS] [N]
set -euo pipefail
build=${1:-build}
rows=${2:-1000000}
cols=${3:-20}
n=${4:-3}
bench="$build/bench/bench_csv_load"
py=/usr/bin/python3
[ -x "$bench" ] || { echo "error: $bench not built (cmake --build $build --target bench_csv_load)" >&2; exit 2; }
file=$("$bench" --rows "$rows" --cols "$cols" --generate-only)

pandas_once() {
  "$py" - "$file" <<'PY'
import json, resource, sys, time
import pandas as pd
t = time.perf_counter()
df = pd.read_csv(sys.argv[1])
s = time.perf_counter() - t
print(json.dumps({"rows": len(df), "cols": df.shape[1], "seconds": s,
                  "peak_rss_mib": resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024}))
PY
}

tern_runs=(); pandas_runs=()
for i in $(seq "$n"); do  # interleaved, so that load on a shared machine hits both sides alike
  tern_runs+=("$("$bench" --file "$file" --json)")
  pandas_runs+=("$(pandas_once)")
done

"$py" - "$file" "${#tern_runs[@]}" "${tern_runs[@]}" "${pandas_runs[@]}" <<'PY'
import json, sys
file, n = sys.argv[1], int(sys.argv[2])
tern = [json.loads(x) for x in sys.argv[3:3 + n]]
pandas = [json.loads(x) for x in sys.argv[3 + n:3 + 2 * n]]
bt = min(tern, key=lambda r: r["seconds"]); bp = min(pandas, key=lambda r: r["seconds"])
assert (bt["rows"], bt["cols"]) == (bp["rows"], bp["cols"]), (bt, bp)
print(f"file: {file} (best of {n} each)")
print(f"{'rows':>9} {'cols':>5} {'tern s':>8} {'pandas s':>9} {'ratio':>6} {'tern peak MiB':>14} {'pandas peak MiB':>16}")
print(f"{bt['rows']:>9} {bt['cols']:>5} {bt['seconds']:>8.3f} {bp['seconds']:>9.3f} {bt['seconds'] / bp['seconds']:>6.2f}"
      f" {bt['peak_rss_mib']:>14.1f} {bp['peak_rss_mib']:>16.1f}")
print("ratio = tern / pandas (below 1: Tern is faster)")
PY
