#!/usr/bin/env bash
# Runs newsfold on a Flink cluster: submits the Flink bundled jar to the JobManager given as host:port.
# Usage: pipelines/flink/run.sh [--flinkMaster=HOST:PORT] [--parallelism=N] [--input=...] [--output=...] [more options]
# Options come from pipelines/flink/options.properties, then from the command line (which wins, option by option).
# Build the jar first: mvn -B -Pflink package -DskipTests (or set NEWSFOLD_BUNDLE to it).
# NEWSFOLD_JAVA_OPTS sets the submitting JVM's options (default -Xmx1g); the cluster's memory is its own
# (pipelines/flink/local-cluster.env for the loopback cluster, config.yaml on a real one).
# With FLINK_HOME set to a Flink 1.19 distribution, submits with "$FLINK_HOME/bin/flink run -m HOST:PORT -p N" instead.
set -euo pipefail
cd "$(dirname "$0")/../.."
jar="${NEWSFOLD_BUNDLE:-target/newsfold-bundled-flink.jar}"
[[ -f "$jar" ]] || { echo "no $jar: build it with  mvn -B -Pflink package -DskipTests" >&2; exit 1; }

source pipelines/options.sh
merge_options pipelines/flink/options.properties "$@"

if [[ -n "${FLINK_HOME:-}" ]]; then
  # flink run gives the job its cluster: the runner takes it with --flinkMaster=[auto].
  master="" parallelism="" rest=()
  for arg in "${args[@]}"; do
    case "$arg" in
      --flinkMaster=*) master="${arg#--flinkMaster=}" ;;
      --parallelism=*) parallelism="${arg#--parallelism=}"; rest+=("$arg") ;;
      *) rest+=("$arg") ;;
    esac
  done
  exec "$FLINK_HOME/bin/flink" run ${master:+-m "$master"} ${parallelism:+-p "$parallelism"} "$jar" \
    "${rest[@]}" --flinkMaster=[auto]
fi
# shellcheck disable=SC2086
exec java $(cat .mvn/jvm.config) ${NEWSFOLD_JAVA_OPTS:--Xmx1g} -jar "$jar" "${args[@]}"
