#!/usr/bin/env bash
# tests/bench/bench_fusion_train: SWIN-XVR training speed (iterations/s) of `xrs train` on the synthetic melt-pool
# video, one process against two data-parallel ranks (Gloo on loopback) with the same per-rank batch, and the scaling
# efficiency = (2-rank samples/s) / (2 × 1-rank samples/s). Each process gets THREADS OpenMP threads (default: all
# cores / 2, so the two ranks do not share cores). Reports figures, never asserts.
# Usage: tests/bench/bench_fusion_train.sh [XRS=build/release/engine/cli/xrs] [PRESET=baseline] [ITERS=20] [CROP=96]
set -euo pipefail
xrs=${1:-build/release/engine/cli/xrs}
preset=${2:-baseline}
iters=${3:-20}
crop=${4:-96}
threads=${THREADS:-$(( $(nproc) / 2 > 0 ? $(nproc) / 2 : 1 ))}
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT
export OMP_WAIT_POLICY=PASSIVE OMP_NUM_THREADS=$threads
"$xrs" --progress=none sample video "$work/v" --frames 40 --size 256 --bin 4 >/dev/null
common=(--progress=none train "$work/v/manifest.json" --preset "$preset" --iterations "$iters" --crop "$crop"
        --validate-every 0 --checkpoint-every 0 --warmup 1)
rate() { sed -nE 's/.* ([0-9.]+) it\/s.*/\1/p'; }
one=$("$xrs" "${common[@]}" -o "$work/one" | rate)
port=$(( 20000 + $$ % 20000 ))
RANK=1 WORLD_SIZE=2 MASTER_ADDR=127.0.0.1 MASTER_PORT=$port "$xrs" "${common[@]}" -o "$work/two" >/dev/null &
two=$(RANK=0 WORLD_SIZE=2 MASTER_ADDR=127.0.0.1 MASTER_PORT=$port "$xrs" "${common[@]}" -o "$work/two" | rate)
wait
python3 - "$preset" "$crop" "$threads" "$one" "$two" <<'PY'
import sys
preset, crop, threads, one, two = sys.argv[1], sys.argv[2], sys.argv[3], float(sys.argv[4]), float(sys.argv[5])
print(f"bench_fusion_train: {preset}, crop {crop}, batch 1 per rank, {threads} thread(s) per process")
print(f"  1 process: {one:.3f} it/s ({one:.3f} samples/s)")
print(f"  2 ranks:   {two:.3f} it/s ({2 * two:.3f} samples/s); scaling efficiency {2 * two / (2 * one) * 100:.0f} %")
PY
