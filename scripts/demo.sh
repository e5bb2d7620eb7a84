#!/usr/bin/env bash
# `make demo`: Vigil's main job on the embedded default store.
#
# The full demo — a simulated pump plant, a trained model and streaming inference printing incidents —
# arrives with the telemetry engine. Until then this walks through what Vigil does today: the asset
# tree, CSV ingestion into the compressed store, and exports, all in ./vigil-data/demo.
set -euo pipefail

vigil=${1:?usage: demo.sh PATH_TO_VIGIL}
export VIGIL_DATA_DIR=${VIGIL_DATA_DIR:-vigil-data/demo}
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT
rm -rf "$VIGIL_DATA_DIR"
step() { printf '\n== %s\n' "$*"; }

step "An asset tree: a pump station with two pumps and their tags"
cat > "$work/plant.csv" <<'CSV'
kind,id,name,parent_id,asset_id,unit,lower_technical_limit,upper_technical_limit,description
asset,station,Pump station,,,,,,Demo water-pump station
asset,pump-1,Pump 1,station,,,,,
asset,pump-2,Pump 2,station,,,,,
tag,P1.flow,Pump 1 flow,,pump-1,m3/h,0,180,
tag,P1.pressure,Pump 1 discharge pressure,,pump-1,bar,0,12,
tag,P1.current,Pump 1 motor current,,pump-1,A,0,45,
tag,P2.flow,Pump 2 flow,,pump-2,m3/h,0,180,
tag,P2.pressure,Pump 2 discharge pressure,,pump-2,bar,0,12,
CSV
"$vigil" import assets "$work/plant.csv"
"$vigil" assets

step "Round trip through XLSX, the format MLAD users exchange"
"$vigil" export assets "$work/plant.xlsx"
"$vigil" import assets "$work/plant.xlsx" --replace

step "A day of telemetry at 1 s (432,000 observations, wide CSV) into the compressed store"
awk 'BEGIN {
    srand(7); t0 = 1735689600; print "timestamp,P1.flow,P1.pressure,P1.current,P2.flow,P2.pressure";
    for (s = 0; s < 86400; s++) {
        d = sin(6.283185 * s / 86400); n = rand() - 0.5;
        printf "%s,%.2f,%.3f,%.2f,%.2f,%.3f\n", strftime("%Y-%m-%dT%H:%M:%S", t0 + s, 1),
            120 + 30 * d + 2 * n, 6 + 1.5 * d + 0.05 * n, 28 + 6 * d + 0.5 * n, 110 - 25 * d + 2 * n, 5.5 - d + 0.05 * n
    } }' > "$work/day.csv"
time "$vigil" import observations "$work/day.csv"
"$vigil" tags

step "Data directory"
ls -l "$VIGIL_DATA_DIR"
echo "$(du -k "$VIGIL_DATA_DIR/vigil.sqlite" | cut -f1) KiB for 432,000 observations (the CSV was $(du -k "$work/day.csv" | cut -f1) KiB)"

step "Export an hour as MLAD's long CSV"
"$vigil" export observations "$work/hour.csv" --from 2025-01-01T12:00:00Z --to 2025-01-01T12:59:59Z
head -n 4 "$work/hour.csv"
