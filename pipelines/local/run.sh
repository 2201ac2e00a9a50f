#!/usr/bin/env bash
# Runs newsfold on the DirectRunner. Usage: pipelines/local/run.sh [--input=DIR_OR_GLOB] [--output=DIR] [more options]
# Options are read from pipelines/local/options.properties, then from the command line (which wins).
set -euo pipefail
cd "$(dirname "$0")/../.."
args=()
while IFS='=' read -r key value; do
  [[ -z "$key" || "$key" == \#* ]] && continue
  args+=("--$key=$value")
done < pipelines/local/options.properties
exec mvn -B -q compile exec:java -Dexec.args="${args[*]} $*"
