#!/usr/bin/env bash
# Runs newsfold on Google Cloud Dataflow with the Dataflow bundled jar.
# Usage: pipelines/dataflow/run.sh [--project=P] [--region=R] [--input=gs://...] [--output=gs://...] [more options]
# Options come from pipelines/dataflow/options.properties, then from the command line (which wins, option by option).
# Needs: the jar (mvn -B -Pdataflow package -DskipTests, or NEWSFOLD_BUNDLE), Google credentials
# (gcloud auth application-default login, or GOOGLE_APPLICATION_CREDENTIALS), the Dataflow API enabled in the
# project and a bucket for the temp and staging locations. NEWSFOLD_JAVA_OPTS sets the submitting JVM's options.
set -euo pipefail
cd "$(dirname "$0")/../.."
jar="${NEWSFOLD_BUNDLE:-target/newsfold-bundled-dataflow.jar}"
[[ -f "$jar" ]] || { echo "no $jar: build it with  mvn -B -Pdataflow package -DskipTests" >&2; exit 1; }

source pipelines/options.sh
merge_options pipelines/dataflow/options.properties "$@"
# shellcheck disable=SC2086
exec java $(cat .mvn/jvm.config) ${NEWSFOLD_JAVA_OPTS:--Xmx1g} -jar "$jar" "${args[@]}"
