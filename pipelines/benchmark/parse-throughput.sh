#!/usr/bin/env bash
# Parse throughput of this checkout against a baseline commit, on the benchmark's generated corpus
# (issue #14's budget: extraction may not fall by more than 20%). It builds the baseline's classes in a
# scratch worktree, then runs dev.newsfold.bench.ParseThroughput, which alternates rounds of the two builds'
# ArticleParser.parse in one thread and prints each one's files per CPU second and their ratio.
# Usage: pipelines/benchmark/parse-throughput.sh [BASELINE_REF] [COPIES]
#   BASELINE_REF: default 581bde0 (main before the #14 extraction work); COPIES: corpus size, default 10000.
# Environment: NEWSFOLD_BENCH_WORK (default /tmp/newsfold-bench; the corpus is generated there once, as by
#   run.sh), NEWSFOLD_PARSE_ROUNDS (measured rounds, default 5), NEWSFOLD_PARSE_STAGE (parse, the default, or
#   fingerprint: Fingerprint.of over each build's parsed copies).
set -euo pipefail
cd "$(dirname "$0")/../.."
ref=${1:-581bde0}
copies=${2:-10000}
work=${NEWSFOLD_BENCH_WORK:-/tmp/newsfold-bench}
corpus=$work/corpus-$copies
baseline=$work/parse-baseline-$(git rev-parse --short "$ref")
mvn -B -q test-compile dependency:build-classpath -Dmdep.outputFile=target/bench.cp -Dmdep.includeScope=test
cp="target/test-classes:$(cat target/bench.cp)"
if [[ ! -f $corpus/truth.tsv ]]; then
  java -Xmx4g -cp "target/classes:$cp" dev.newsfold.bench.Benchmark generate "$corpus" "$copies" 20240601 "$PWD"
fi
if [[ ! -d $baseline/target/classes ]]; then
  rm -rf "$baseline"
  git worktree add --detach "$baseline" "$ref" > /dev/null
  (cd "$baseline" && mvn -B -q compile)
fi
echo "baseline: $ref ($baseline); current: $(git rev-parse --short HEAD)$(git diff --quiet HEAD -- src/main || echo ' with uncommitted changes'); corpus: $corpus; load: $(cut -d' ' -f1-3 /proc/loadavg)"
java -Xmx6g -cp "$cp" dev.newsfold.bench.ParseThroughput "$corpus/files" "$baseline/target/classes" \
  "$PWD/target/classes" "${NEWSFOLD_PARSE_ROUNDS:-5}" "${NEWSFOLD_PARSE_STAGE:-parse}"
