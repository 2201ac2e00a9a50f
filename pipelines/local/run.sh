#!/usr/bin/env bash
# Runs newsfold on the DirectRunner. Usage: pipelines/local/run.sh [--input=DIR_OR_GLOB] [--output=DIR] [more options]
# Options come from pipelines/local/options.properties, then from the command line (which wins, option by option).
# The DirectRunner suits tests and small folders; for real archives use the Flink bundled jar in embedded
# mode (pipelines/flink/run.sh --flinkMaster=[local]): see "Speed and memory" in the README.
set -euo pipefail
cd "$(dirname "$0")/../.."
declare -A given=()
for arg in "$@"; do
  key="${arg#--}"; key="${key%%=*}"; given["$key"]=1
done
args=()
while IFS='=' read -r key value; do
  [[ -z "$key" || "$key" == \#* ]] && continue
  [[ -n "${given[$key]:-}" ]] && continue
  args+=("--$key=$value")
done < pipelines/local/options.properties
args+=("$@")
exec mvn -B -q compile exec:java -Dexec.args="${args[*]}"
