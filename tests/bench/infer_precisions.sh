#!/usr/bin/env bash
# Side by side: MLP inference rows/s of `tern-cli bench mlp --mode infer` in fp32, bf16, int8 and ternary (residual
# fractions 1, 0.5, 0; VNNI (the default), AMX where the CPU has AMX-INT8, and mask add/sub kernels), batch 256, on
# the two shapes of issue 6's targets, best of REPS runs each, with the multiple of fp32 measured in the same run. Targets: int8 >= 3x fp32, bf16 >= 1.7x.
# Usage: tests/bench/infer_precisions.sh [path/to/tern-cli]   (env: REPS=3 STEPS=50 THREADS=2)
set -euo pipefail
CLI=${1:-${TERN_CLI:-build/bin/tern-cli}}
REPS=${REPS:-3}
STEPS=${STEPS:-50}
THREADS=${THREADS:-2}
[ -x "$CLI" ] || { echo "tern-cli not found at $CLI (pass its path)" >&2; exit 2; }
# Passive OpenMP waits, as tern-cli would choose itself (engine/kernels/omp_policy.h); said here so the table says it.
export OMP_WAIT_POLICY=${OMP_WAIT_POLICY:-PASSIVE}
KERNELS="vnni masks"
grep -qw amx_int8 /proc/cpuinfo && KERNELS="vnni amx masks"

run() {  # precision extra-args... -> the JSON (one line) of the run with the most rows/s
    local best="" rows=0
    for _ in $(seq "$REPS"); do
        local out
        out=$("$CLI" bench mlp --mode infer --batch 256 --layers "$LAYERS" --steps "$STEPS" --threads "$THREADS" \
              --json --precision "$@")
        local r
        r=$(/usr/bin/python3 -c 'import json,sys; print(json.loads(sys.stdin.read())["rows_per_s"])' <<<"$out")
        if /usr/bin/python3 -c "import sys; sys.exit(0 if $r > $rows else 1)"; then
            rows=$r
            best=$(/usr/bin/python3 -c 'import json,sys; print(json.dumps(json.load(sys.stdin)))' <<<"$out")
        fi
    done
    echo "$best"
}

TABLE_PY=$(cat <<'PY'
import json, os, sys
rows = [line.rstrip("\n").split("|", 1) for line in sys.stdin if line.strip()]
fp32 = json.loads(rows[0][1])["rows_per_s"]
print()
print("batch 256, layers " + os.environ["LAYERS"])
print(f"{'variant':<22} {'rows/s':>10} {'x fp32':>7} {'GOP/s':>8} {'mults/row':>10} {'bytes':>9}  isa: first layer's kernel")
for name, text in rows:
    j = json.loads(text)
    first = j["kernels"].split(";")[0]
    print(f"{name:<22} {j['rows_per_s']:>10.0f} {j['rows_per_s'] / fp32:>7.2f} {j['gflops']:>8.1f} "
          f"{j['multiplies_per_row']:>10} {j['size_bytes']:>9}  {j['isa']}: {first}")
PY
)

echo "OMP_WAIT_POLICY=$OMP_WAIT_POLICY threads=$THREADS steps=$STEPS best of $REPS; $(uptime | sed 's/.*load/load/')"
for LAYERS in 512,1024,1024,10 1024,1024,1024,1024; do
    results=()
    results+=("fp32|$(run fp32)")
    results+=("bf16|$(run bf16)")
    results+=("int8|$(run int8)")
    for f in 1 0.5 0; do
        for k in $KERNELS; do
            results+=("ternary $k f=$f|$(run ternary --residual-fraction $f --ternary-kernel $k)")
        done
    done
    printf '%s\n' "${results[@]}" | LAYERS=$LAYERS /usr/bin/python3 -c "$TABLE_PY"
done
