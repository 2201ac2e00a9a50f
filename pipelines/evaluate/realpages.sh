#!/usr/bin/env bash
# Scores newsfold's reading of real web pages. Usage: pipelines/evaluate/realpages.sh [DIR]
# DIR is a realpages folder (default ../shared/realpages): pages/*.html(.gz), text-gold.json, date-gold.json and
# score.py, which scores a JSON Lines file of {"file", "body", "date"}.
# It runs the evaluation harness dev.newsfold.quality.RealPagesEval, not the Beam job: the same pure parsing code
# the job's ParseArticles runs (decode, detect the format, parse, per-document boilerplate rules), page by page,
# without the corpus-level boilerplate step, which needs a corpus of one site's pages to do anything. The harness
# takes seconds of CPU where a job run takes a Beam start-up and the whole archive write; it prints pages per
# CPU second (the parse throughput) and which extraction step gave each body.
set -euo pipefail
cd "$(dirname "$0")/../.."
dir="${1:-../shared/realpages}"
out="${REALPAGES_OUT:-target/realpages-predictions.jsonl}"
mvn -B -q test-compile dependency:build-classpath -Dmdep.outputFile=target/realpages.cp -Dmdep.includeScope=test
java -cp "target/classes:target/test-classes:$(cat target/realpages.cp)" dev.newsfold.quality.RealPagesEval \
  "$dir/pages" "$out"
python3 "$dir/score.py" "$out"
