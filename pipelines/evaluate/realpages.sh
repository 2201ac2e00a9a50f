#!/usr/bin/env bash
# Scores newsfold's reading of real web pages. Usage: pipelines/evaluate/realpages.sh [--job] [DIR]
# DIR is a realpages folder (default ../shared/realpages): pages/*.html(.gz), text-gold.json, date-gold.json and
# score.py, which scores a JSON Lines file of {"file", "body", "date"}.
# It runs the evaluation harness dev.newsfold.quality.RealPagesEval, not the Beam job: the same pure parsing code
# the job's ParseArticles runs (decode, detect the format, parse, per-document boilerplate rules), page by page,
# without the corpus-level boilerplate step, which needs a corpus of one site's pages to do anything. The harness
# takes seconds of CPU where a job run takes a Beam start-up and the whole archive write; it prints pages per
# CPU second (the parse throughput) and which extraction step gave each body.
# --job runs the whole job instead (pipelines/local/run.sh, embedded Flink unless NEWSFOLD_LOCAL_RUNNER says
# otherwise, entities off) into a fresh archive, and scores its copies table: body_text and published_date
# after the corpus-level step; a rejected page counts as an empty body.
set -euo pipefail
job=false
if [[ "${1:-}" == "--job" ]]; then job=true; shift; fi
dir="$(cd "${1:-$(dirname "$0")/../../../shared/realpages}" && pwd)"
cd "$(dirname "$0")/../.."
out="${REALPAGES_OUT:-$PWD/target/realpages-predictions.jsonl}"
if $job; then
  archive="$(mktemp -d)/archive"
  NEWSFOLD_LOCAL_RUNNER="${NEWSFOLD_LOCAL_RUNNER:-flink}" pipelines/local/run.sh --input="$dir/pages" \
    --output="$archive" --extractEntities=false
  mkdir -p "$(dirname "$out")"
  pipelines/query.sh --archive="$archive" "COPY (SELECT relative_path AS file, body_text AS body,
    CAST(published_date AS VARCHAR) AS date, extraction FROM copies) TO '$out' (FORMAT JSON)" > /dev/null
  python3 "$dir/score.py" "$out"
  echo "archive: $archive"
  exit 0
fi
mvn -B -q test-compile dependency:build-classpath -Dmdep.outputFile=target/realpages.cp -Dmdep.includeScope=test
java -cp "target/classes:target/test-classes:$(cat target/realpages.cp)" dev.newsfold.quality.RealPagesEval \
  "$dir/pages" "$out"
python3 "$dir/score.py" "$out"
