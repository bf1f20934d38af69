#!/bin/bash
# The responder's benchmark (issue 3): `aaconsole-cli listen` with its store against aac-loadgen on
# loopback, both on this machine. Prints the generator's figures (throughput, POST and CRC
# latency) and the CPU each of listen's threads used. Reports; never fails on speed.
#   tests/bench/run-ingest.sh [--build DIR] [--seconds S] [--connections N] [--rate R]
#                             [--durability full|normal]
set -euo pipefail
ROOT=$(cd "$(dirname "$0")/../.." && pwd)
BUILD=$ROOT/build SECONDS_=20 CONNECTIONS=64 RATE=0 DURABILITY=full
while [ $# -gt 0 ]; do
    case "$1" in
    --build) BUILD=$2 ;;
    --seconds) SECONDS_=$2 ;;
    --connections) CONNECTIONS=$2 ;;
    --rate) RATE=$2 ;;
    --durability) DURABILITY=$2 ;;
    *) echo "unknown option $1" >&2; exit 2 ;;
    esac
    shift 2
done
WORK=$(mktemp -d)
trap 'rm -rf "$WORK"' EXIT
PORT=$((20000 + RANDOM % 20000))
X_CONSUMER_SECRET=bench-secret "$BUILD/bin/aaconsole-cli" listen --port "$PORT" \
    --db "$WORK/bench.db" --durability "$DURABILITY" > /dev/null 2> "$WORK/listen.err" &
LISTEN=$!
for _ in $(seq 50); do
    (exec 3<> "/dev/tcp/127.0.0.1/$PORT") 2> /dev/null && break
    sleep 0.1
done
"$BUILD/bin/aac-loadgen" --port "$PORT" --connections "$CONNECTIONS" --seconds "$SECONDS_" \
    --rate "$RATE" --crc-rate 50 --secret bench-secret | tee "$WORK/loadgen.txt"
EVENTS=$(awk '/events acknowledged/ {print $3}' "$WORK/loadgen.txt")
echo "machine                $(nproc) cores, $(awk '/model name/ {$1=$2=$3=""; print; exit}' /proc/cpuinfo | sed 's/^ *//'), load $(cut -d' ' -f1-3 /proc/loadavg)"
echo "store                  durability $DURABILITY"
printf 'listen CPU by thread   '
for task in /proc/$LISTEN/task/*; do
    printf '%s %.2f s  ' "$(cat "$task/comm")" "$(awk '{print ($14 + $15) / 100}' "$task/stat")"
done
echo
awk -v events="$EVENTS" '{printf "listen CPU per event   %.1f us\n", ($14 + $15) / 100 / events * 1e6}' /proc/$LISTEN/stat
kill -INT "$LISTEN"
wait "$LISTEN" || true
echo "stored                 $(X_CONSUMER_SECRET=x "$BUILD/bin/aaconsole-cli" export --db "$WORK/bench.db" 2>&1 >/dev/null | sed 's/^Exported \([0-9]*\).*/\1/') records"
