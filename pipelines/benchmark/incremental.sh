#!/usr/bin/env bash
# Growing an archive (issue #9), measured: one run over a generated corpus against the same files archived in
# two batches (--output, then --archive), on embedded Flink without entities. Prints each run's summary line,
# wall time and peak RSS, the collapse scores of both archives, and whether their latest states are the same.
# Usage: pipelines/benchmark/incremental.sh [COPIES] [random|date]    (default 2000 random)
#   random: each file goes to batch 1 or 2 by a hash of its path; date: files published up to the median date
#   go to batch 1, later ones to batch 2, undated ones by the hash.
# Environment: NEWSFOLD_BENCH_WORK (default /tmp/newsfold-incremental), NEWSFOLD_BENCH_SEED (20240601).
set -euo pipefail
cd "$(dirname "$0")/../.."
ROOT=$PWD
COPIES=${1:-2000}
SPLIT=${2:-random}
WORK=${NEWSFOLD_BENCH_WORK:-/tmp/newsfold-incremental}
SEED=${NEWSFOLD_BENCH_SEED:-20240601}
rm -rf "$WORK" && mkdir -p "$WORK"
mvn -B -q test-compile dependency:build-classpath -Dmdep.includeScope=test -Dmdep.outputFile="$WORK/deps.txt"
[[ -f target/newsfold-bundled-flink.jar && -z "$(find src/main pom.xml -newer target/newsfold-bundled-flink.jar -type f | head -1)" ]] \
  || mvn -B -q -Pflink package -DskipTests -DskipUnitTests
cp target/newsfold-bundled-flink.jar "$WORK/flink.jar"
CP="$ROOT/target/test-classes:$ROOT/target/classes:$(cat "$WORK/deps.txt")"
java -cp "$CP" dev.newsfold.bench.Benchmark generate "$WORK/corpus" "$COPIES" "$SEED" "$ROOT"

job() { # name, options...
  local name=$1; shift
  /usr/bin/time -f "$name: wall %e s, peak RSS %M KB" java -Xmx6g -jar "$WORK/flink.jar" --runner=FlinkRunner \
    --flinkMaster=[local] --parallelism=2 --extractEntities=false "$@" > "$WORK/$name.log" 2>&1
  grep -E "files matched|copies added|already archived|articles  " "$WORK/$name.log" | sed "s/^/  /"
  tail -1 "$WORK/$name.log"
}
job one-run --input="$WORK/corpus/files" --output="$WORK/one-run"

median=""
if [[ "$SPLIT" == date ]]; then
  java -cp "$CP" dev.newsfold.bench.Benchmark dates "$WORK/one-run" > "$WORK/dates.tsv"
  median=$(awk -F'\t' '$2 != "" { print $2 }' "$WORK/dates.tsv" | sort | awk '{ d[NR] = $0 } END { print d[int(NR / 2)] }')
else
  (cd "$WORK/corpus/files" && find . -type f | sed 's|^\./||' | awk '{ print $0 "\t" }') > "$WORK/dates.tsv"
fi
while IFS=$'\t' read -r file date; do
  if [[ -n "$median" && -n "$date" ]]; then
    [[ ! "$date" > "$median" ]] && batch=batch-1 || batch=batch-2
  else
    case $(printf '%s' "$file" | md5sum | cut -c1) in [0-7]) batch=batch-1 ;; *) batch=batch-2 ;; esac
  fi
  mkdir -p "$WORK/$batch/$(dirname "$file")"
  ln "$WORK/corpus/files/$file" "$WORK/$batch/$file"
done < "$WORK/dates.tsv"
echo "split ($SPLIT): $(find "$WORK/batch-1" -type f | wc -l) + $(find "$WORK/batch-2" -type f | wc -l) files"
job batch-1 --input="$WORK/batch-1" --output="$WORK/two-runs"
job batch-2 --input="$WORK/batch-2" --archive="$WORK/two-runs"
job batch-2-again --input="$WORK/batch-2" --archive="$WORK/two-runs"
for archive in one-run two-runs; do
  echo "$archive: precision,recall,f1,ari,trap_merges,clusters,unassigned = $(java -cp "$CP" dev.newsfold.bench.Benchmark score \
    "$WORK/corpus" archive "$WORK/$archive" | tail -1)"
done
java -cp "$CP" dev.newsfold.bench.Benchmark same-latest-state "$WORK/one-run" "$WORK/two-runs"
