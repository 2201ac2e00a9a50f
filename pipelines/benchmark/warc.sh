#!/usr/bin/env bash
# Web archives (issue #17), measured: the same generated pages as article files and as one per-record gzipped
# WARC (each page an HTTP response after its request). Prints the read stage's rate on one thread (files/s
# against WARC records/s, WarcIngestBenchmark) and, with --job, the whole job on embedded Flink without
# entities on each input (wall time, peak RSS, summary lines).
# Usage: pipelines/benchmark/warc.sh [COPIES] [--job]    (default 10000: about 9,400 files, 18,800 records)
# Environment: NEWSFOLD_BENCH_WORK (default /tmp/newsfold-warc), NEWSFOLD_BENCH_SEED (20240601).
set -euo pipefail
cd "$(dirname "$0")/../.."
ROOT=$PWD
COPIES=${1:-10000}
JOB=${2:-}
WORK=${NEWSFOLD_BENCH_WORK:-/tmp/newsfold-warc}
SEED=${NEWSFOLD_BENCH_SEED:-20240601}
rm -rf "$WORK" && mkdir -p "$WORK"
mvn -B -q test-compile dependency:build-classpath -Dmdep.includeScope=test -Dmdep.outputFile="$WORK/deps.txt"
CP="$ROOT/target/test-classes:$ROOT/target/classes:$(cat "$WORK/deps.txt")"
java -cp "$CP" dev.newsfold.bench.Benchmark generate "$WORK/corpus" "$COPIES" "$SEED" "$ROOT"
java -cp "$CP" dev.newsfold.ingest.WarcIngestBenchmark "$WORK/corpus/files" "$WORK/crawl/corpus.warc.gz"

if [[ "$JOB" == --job ]]; then
  [[ -f target/newsfold-bundled-flink.jar && -z "$(find src/main pom.xml -newer target/newsfold-bundled-flink.jar -type f | head -1)" ]] \
    || mvn -B -q -Pflink package -DskipTests -DskipUnitTests
  for input in files crawl; do
    dir="$WORK/corpus/files"; [[ $input == crawl ]] && dir="$WORK/crawl"
    /usr/bin/time -f "job on $input: wall %e s, peak RSS %M KB" java -Xmx6g -jar target/newsfold-bundled-flink.jar \
      --runner=FlinkRunner --flinkMaster=[local] --parallelism=2 --extractEntities=false \
      --input="$dir" --output="$WORK/archive-$input" > "$WORK/job-$input.log" 2>&1
    grep -E "files matched|records read|copies added|accounting|articles  " "$WORK/job-$input.log" | sed "s/^/  /"
    tail -1 "$WORK/job-$input.log"
  done
fi
