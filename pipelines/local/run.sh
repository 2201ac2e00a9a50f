#!/usr/bin/env bash
# Runs newsfold on this machine. Usage: pipelines/local/run.sh [--input=DIR_OR_GLOB] [--output=DIR] [more options]
# Options come from pipelines/local/options.properties, then from the command line (which wins, option by option).
# Small inputs run on the DirectRunner through Maven. A local folder of more than NEWSFOLD_FLINK_ABOVE files
# (default 2000) runs on embedded Flink from the Flink bundled jar (built on first use and rebuilt when the code changed), which the benchmark
# measured at about 6x the DirectRunner's speed at 1,000 copies (see "Speed and memory" in the README);
# NEWSFOLD_LOCAL_RUNNER=direct or =flink forces one.
set -euo pipefail
cd "$(dirname "$0")/../.."
source pipelines/options.sh
merge_options pipelines/local/options.properties "$@"
input=""
chosen=()
for arg in "${args[@]}"; do
  case "$arg" in
    --runner=*) ;; # the runner is chosen below
    --input=*) input="${arg#--input=}"; chosen+=("$arg") ;;
    *) chosen+=("$arg") ;;
  esac
done
args=("${chosen[@]}")

runner="${NEWSFOLD_LOCAL_RUNNER:-}"
if [[ -z "$runner" ]]; then
  runner=direct
  if [[ -d "$input" ]] && (( $(find -L "$input" -type f | head -n $(( ${NEWSFOLD_FLINK_ABOVE:-2000} + 1 )) | wc -l) > ${NEWSFOLD_FLINK_ABOVE:-2000} )); then
    runner=flink
  fi
fi
if [[ "$runner" == "flink" ]]; then
  jar=target/newsfold-bundled-flink.jar
  # Built on first use and again whenever the code or the pom is newer: a stale jar would run old code.
  if [[ ! -f "$jar" ]] || [[ -n "$(find src/main pom.xml -newer "$jar" -type f | head -1)" ]]; then
    mvn -B -q -Pflink package -DskipTests -DskipUnitTests || exit 1
  fi
  # The parallel collector: 10-15% less wall time than G1 at 10k and 100k copies on 2 cores, given room. Under a
  # small heap it fails where G1 does not (the hostile-input run at -Xmx1g), so it goes with the 8 GiB default
  # only; NEWSFOLD_JAVA_OPTS replaces both.
  # Its managed memory, which bounds the largest copy its sorts take, is set there and not taken from the heap.
  export FLINK_CONF_DIR="${FLINK_CONF_DIR:-$PWD/pipelines/local/flink-conf}"
  exec java $(cat .mvn/jvm.config) ${NEWSFOLD_JAVA_OPTS:--Xmx8g -XX:+UseParallelGC} -jar "$jar" --runner=FlinkRunner --flinkMaster=[local] \
    --parallelism="$(nproc)" "${args[@]}"
fi
exec mvn -B -q compile exec:java -Dexec.args="--runner=DirectRunner ${args[*]}"
