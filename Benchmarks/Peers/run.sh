#!/usr/bin/env bash
# Times what users would run instead of Vigil — PyTorch and TensorFlow/Keras on the forecaster
# workload of ../shared/specs/peer-performance.md — on this machine, so `make bench` figures can be
# compared as ratios measured in one session. Needs ../shared/peerbench and about 7 GB for the
# virtual environment (.venv-peer, kept out of git).
set -euo pipefail
here=$(cd "$(dirname "$0")" && pwd)
root=$(cd "$here/../.." && pwd)
peerbench="$root/../shared/peerbench"
[[ -d "$peerbench" ]] || { echo "bench-peers: $peerbench not found" >&2; exit 1; }
venv="$root/.venv-peer"
if [[ ! -x "$venv/bin/python" ]]; then
    python3 -m venv "$venv"
    "$venv/bin/pip" install -q tensorflow-cpu torch numpy
fi
export OMP_NUM_THREADS=2 TF_CPP_MIN_LOG_LEVEL=2 PYTHONPATH="$here"
out="$root/benchmark-results"
mkdir -p "$out"
for script in forecast_torch forecast_keras; do
    echo "== $script (results in benchmark-results/$script.json)"
    "$venv/bin/python" "$peerbench/$script.py" --reps 3 > "$out/$script.json" 2> "$out/$script.log"
    "$venv/bin/python" - "$out/$script.json" <<'PY'
import json, sys
data = json.load(open(sys.argv[1]))
for r in data["results"]:
    m = lambda k: r[k]["median"]
    print(f'{r["arch"]:12} train {m("train_windows_per_s"):>10,.0f} windows/s   batch-1 {m("infer_b1_ms")*1000:8.1f} µs   batch-256 {m("infer_b256_windows_per_s"):>10,.0f} windows/s')
PY
done
