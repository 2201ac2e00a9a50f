#!/usr/bin/env bash
# Queries an archive with the embedded DuckDB the job carries (no DuckDB CLI needed):
#   pipelines/query.sh [--archive=DIR] [--format=table|csv|json] "SELECT ..." | FILE.sql | NAME
# The views of pipelines/queries/latest.sql are defined over DIR (default: archive) first; NAME is a query of
# pipelines/queries/ (articles, copies, rejects, boilerplate, entities, ...); no argument lists them.
# Exit status: 0 done, 1 the SQL failed (DuckDB's message), 2 wrong usage or not an archive.
# Paths are taken from where it is called. First use compiles the project (mvn compile) and writes the runtime
# classpath to target/query.classpath; later calls only start a JVM.
set -euo pipefail
root="$(cd "$(dirname "$0")/.." && pwd)"
classes="$root/target/classes"
classpath_file="$root/target/query.classpath"
if [[ ! -f "$classes/dev/newsfold/query/ArchiveQuery.class" || ! -f "$classpath_file" \
      || "$root/pom.xml" -nt "$classpath_file" ]]; then
  echo "query: building the project once (mvn compile)..." >&2
  (cd "$root" && mvn -B -q compile dependency:build-classpath -Dmdep.outputFile="$classpath_file" \
      -Dmdep.includeScope=runtime >&2)
fi
exec java ${NEWSFOLD_QUERY_JAVA_OPTS:--Xmx2g} -cp "$classes:$(cat "$classpath_file")" dev.newsfold.query.ArchiveQuery "$@"
