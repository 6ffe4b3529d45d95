#!/usr/bin/env bash
# What noise-aware training costs per step: `tern-cli bench mlp --mode train` steps/s without weight noise and with
# int8 or ternary noise, on shapes from the mlp family's search space, best of REPS runs each, with the slowdown
# against plain training measured in the same run.
# Usage: tests/bench/noise_step_cost.sh [path/to/tern-cli]   (env: REPS=3 STEPS=500 THREADS=2)
set -euo pipefail
CLI=${1:-${TERN_CLI:-build/bin/tern-cli}}
REPS=${REPS:-3}
STEPS=${STEPS:-500}
THREADS=${THREADS:-2}
[ -x "$CLI" ] || { echo "tern-cli not found at $CLI (pass its path)" >&2; exit 2; }
export OMP_WAIT_POLICY=${OMP_WAIT_POLICY:-PASSIVE}

best_steps_per_s() {  # layers batch precision noise -> the most steps/s of REPS runs
    local best=0
    for _ in $(seq "$REPS"); do
        local s
        s=$("$CLI" bench mlp --mode train --layers "$1" --batch "$2" --precision "$3" --noise "$4" --steps "$STEPS" \
            --threads "$THREADS" --json | /usr/bin/python3 -c 'import json,sys; print(json.load(sys.stdin)["steps_per_s"])')
        best=$(/usr/bin/python3 -c "print(max($best, $s))")
    done
    echo "$best"
}

printf '%-22s %5s %-9s %10s %10s %8s %10s %8s\n' layers batch precision "plain/s" "int8/s" "x plain" "ternary/s" "x plain"
for shape in "20,128,128,2 64" "20,512,512,2 32" "100,256,256,256,10 128" "784,256,10 64"; do
    set -- $shape
    for precision in fp32 bf16; do
        plain=$(best_steps_per_s "$1" "$2" "$precision" none)
        int8=$(best_steps_per_s "$1" "$2" "$precision" int8)
        ternary=$(best_steps_per_s "$1" "$2" "$precision" ternary)
        /usr/bin/python3 -c "print(f'{\"$1\":<22} {$2:>5} {\"$precision\":<9} {$plain:>10.0f} {$int8:>10.0f} {$plain/$int8:>7.2f}x {$ternary:>10.0f} {$plain/$ternary:>7.2f}x')"
    done
done
