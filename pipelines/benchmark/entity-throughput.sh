#!/usr/bin/env bash
# CoreNLP alone on the canonical bodies of a benchmark run's archive: the floor of the job's entities stage
# (issue #15: the job with entities should take at most 1.5x what CoreNLP alone needs). Run after
# pipelines/benchmark/run.sh COPIES has written $WORK/out/COPIES/flink-entities (or flink-noentities: the bodies
# are the same). Prints the model load and the recognition in wall and CPU seconds.
# Usage: pipelines/benchmark/entity-throughput.sh [COPIES] [THREADS]     (defaults 10000 and 2)
# Environment: NEWSFOLD_BENCH_WORK (default /tmp/newsfold-bench), NEWSFOLD_BENCH_XMX (8g).
set -euo pipefail
cd "$(dirname "$0")/../.."
copies=${1:-10000}
threads=${2:-2}
work=${NEWSFOLD_BENCH_WORK:-/tmp/newsfold-bench}
archive=$work/out/$copies/flink-entities
[[ -d $archive/articles ]] || archive=$work/out/$copies/flink-noentities
[[ -d $archive/articles ]] || { echo "no archive of $copies copies under $work/out: run pipelines/benchmark/run.sh $copies first" >&2; exit 2; }
mvn -B -q test-compile dependency:build-classpath -Dmdep.outputFile=target/bench.cp -Dmdep.includeScope=test
echo "archive: $archive; build: $(git rev-parse --short HEAD); load: $(cut -d' ' -f1-3 /proc/loadavg)"
java -Xmx"${NEWSFOLD_BENCH_XMX:-8g}" -cp "target/test-classes:target/classes:$(cat target/bench.cp)" \
  dev.newsfold.bench.EntityThroughput "$archive" "$threads" 200000
