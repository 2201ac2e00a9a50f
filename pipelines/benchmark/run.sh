#!/usr/bin/env bash
# The benchmark of issue #8: throughput, memory and quality of newsfold as the archive grows, on the
# DirectRunner and on embedded Flink, beside a floor (read + SHA-256 every file, one thread) and a peer
# (Spark MLlib MinHashLSH). Results: pipelines/benchmark/results.md and results.csv (see results.md).
# Usage: pipelines/benchmark/run.sh [--quick] [COPIES...]      (default 1000 10000 100000; --quick: 1000)
# Environment: NEWSFOLD_BENCH_WORK (default /tmp/newsfold-bench), NEWSFOLD_BENCH_SEED (20240601),
#   NEWSFOLD_BENCH_XMX (heap of the newsfold and Spark JVMs, 8g), NEWSFOLD_BENCH_TIMEOUT (seconds per run;
#   default max(1200, 36 per 1000 copies)), NEWSFOLD_BENCH_RUNS (which runs, default all:
#   "floor direct-entities direct-noentities flink-entities flink-noentities spark-raw spark-body"; "local" runs
#   the README's first command, pipelines/local/run.sh, on the corpus),
#   NEWSFOLD_BENCH_PROFILE_EVERY (seconds between jstack samples of the Direct runs, default 5; 0 = off).
set -uo pipefail
cd "$(dirname "$0")/../.."
ROOT=$PWD
OUT=$ROOT/pipelines/benchmark
WORK=${NEWSFOLD_BENCH_WORK:-/tmp/newsfold-bench}
SEED=${NEWSFOLD_BENCH_SEED:-20240601}
XMX=${NEWSFOLD_BENCH_XMX:-8g}
# The job's runs start with the launchers' JVM flags (.mvn/jvm.config), as a user's run does, and embedded
# Flink with the collector pipelines/local/run.sh gives it.
read -r -a LAUNCHER_FLAGS < "$ROOT/.mvn/jvm.config"
EMBEDDED_FLINK_GC=-XX:+UseParallelGC
RUNS=${NEWSFOLD_BENCH_RUNS:-floor direct-entities direct-noentities flink-entities flink-noentities spark-raw spark-body}
PROFILE_EVERY=${NEWSFOLD_BENCH_PROFILE_EVERY:-5}
SPARK_OPENS="--add-opens=java.base/sun.nio.ch=ALL-UNNAMED --add-opens=java.base/java.nio=ALL-UNNAMED
  --add-opens=java.base/java.lang=ALL-UNNAMED --add-opens=java.base/java.util=ALL-UNNAMED
  --add-opens=java.base/sun.util.calendar=ALL-UNNAMED --add-opens=java.base/java.lang.invoke=ALL-UNNAMED
  --add-opens=java.base/java.util.concurrent=ALL-UNNAMED --add-opens=java.base/java.net=ALL-UNNAMED"

sizes=()
for a in "$@"; do
  case "$a" in
    --quick) sizes=(1000) ;;
    [0-9]*) sizes+=("$a") ;;
    *) echo "usage: $0 [--quick] [COPIES...]" >&2; exit 64 ;;
  esac
done
[[ ${#sizes[@]} -gt 0 ]] || sizes=(1000 10000 100000)
mkdir -p "$WORK/cp" "$WORK/runs"
log() { echo "[bench $(date +%H:%M:%S)] $*" >&2; }

# Builds, retried: other builds may be writing target/ at the same time. The classes and the Flink jar are
# then copied into the work folder so that a rebuild during the benchmark does not change what is measured.
retry() { local i; for i in 1 2 3; do "$@" && return 0; log "build failed (attempt $i), retrying in 20 s"; sleep 20; done; return 1; }
build_job() {
  mvn -B -q test-compile dependency:build-classpath -Dmdep.includeScope=test -Dmdep.outputFile="$WORK/cp/deps.txt" \
    && rm -rf "$WORK/cp/classes" "$WORK/cp/test-classes" \
    && cp -r target/classes "$WORK/cp/classes" && cp -r target/test-classes "$WORK/cp/test-classes"
}
build_flink() {
  if [[ ! -f target/newsfold-bundled-flink.jar ]] || [[ -n "$(find src/main pom.xml -newer target/newsfold-bundled-flink.jar -type f | head -1)" ]]; then
    mvn -B -q -Pflink package -DskipTests || return 1
  fi
  cp target/newsfold-bundled-flink.jar "$WORK/cp/newsfold-bundled-flink.jar"
}
build_peer() {
  mvn -B -q -f "$OUT/spark-peer/pom.xml" package dependency:build-classpath -Dmdep.outputFile=target/classpath.txt
}
log "building (test classes, Flink jar, Spark peer)"
retry build_job || { log "could not build the job"; exit 1; }
if [[ " $RUNS " == *" flink-"* ]]; then retry build_flink || log "no Flink jar: the Flink runs will fail"; fi
if [[ " $RUNS " == *" spark-"* ]]; then retry build_peer || log "no Spark peer build: the peer runs will fail"; fi
CP="$WORK/cp/test-classes:$WORK/cp/classes:$(cat "$WORK/cp/deps.txt")"
PEER_CP="$OUT/spark-peer/target/classes:$(cat "$OUT/spark-peer/target/classpath.txt" 2>/dev/null)"
FLINK_JAR="$WORK/cp/newsfold-bundled-flink.jar"

{
  echo "date: $(date -u +%Y-%m-%dT%H:%MZ)"
  echo "cpu: $(grep -m1 'model name' /proc/cpuinfo | cut -d: -f2- | sed 's/^ *//')"
  echo "nproc: $(nproc)"
  echo "memory: $(awk '/MemTotal/ {printf "%.1f GiB", $2/1048576}' /proc/meminfo)"
  echo "java: $(java -version 2>&1 | head -2 | tr '\n' ' ')"
  echo "load average at start: $(cut -d' ' -f1-3 /proc/loadavg)"
} > "$WORK/machine.txt"

# Thread dumps of the run's JVM (found by its -Dnewsfold.bench.run marker) while it runs: SIGQUIT makes the
# JVM print one to its stdout (cheap; jstack's attach takes tens of seconds on a loaded machine).
sample() {
  local name=$1 pid=""
  while sleep "$PROFILE_EVERY"; do
    [[ -n "$pid" ]] || pid=$(pgrep -f -- "^java .*-Dnewsfold.bench.run=$name " | head -1)
    [[ -n "$pid" ]] || continue
    kill -QUIT "$pid" 2>/dev/null || break
  done
}
# Where the working threads were: each RUNNABLE thread of each dump (JVM, compiler, GC and idle network threads
# left out) is put in the first matching class of its whole stack: CoreNLP, Hadoop Configuration parsing,
# Java (de)serialization, element decoding/encoding by coders, Parquet, Avro, Snappy, else its first newsfold
# frame, else its top frame.
summarize_profile() {
  local dir=$1
  grep -q '^Full thread dump' "$dir/stdout.txt" 2>/dev/null || return 0
  awk '
    function classify(   c) {
      if (stack ~ /edu\.stanford/) return "entities: CoreNLP (edu.stanford.nlp)"
      if (stack ~ /org\.apache\.hadoop\.conf\.Configuration/) return "Hadoop Configuration (load/parse/serialize)"
      if (stack ~ /ObjectInputStream|SerializedLambda/) return "Java deserialization (elements, DoFns)"
      if (stack ~ /ObjectOutputStream/) return "Java serialization"
      if (stack ~ /Coder\.decode|Serializer\.deserialize|DeserializationDelegate/) return "element decoding (coders, Flink serializers)"
      if (stack ~ /Coder\.encode|Serializer\.serialize|SerializationDelegate/) return "element encoding (coders, Flink serializers)"
      if (stack ~ /org\.apache\.parquet/) return "Parquet write/read"
      if (stack ~ /org\.apache\.avro/) return "Avro (schemas, records)"
      if (stack ~ /Snappy/) return "Snappy (de)compression"
      if (match(stack, /\|dev\.newsfold[^|(]*/)) return "newsfold: " substr(stack, RSTART + 1, RLENGTH - 1)
      return "other: " top
    }
    function flush() {
      if (runnable && stack != "" && name !~ /Reference Handler|Finalizer|Signal Dispatcher|Attach Listener|Common-Cleaner|Notification Thread|Service Thread|CompilerThread|process reaper/ \
          && top !~ /epollWait|EPoll|socketAccept|accept0|Net\.accept|Socket.*[Rr]ead0|waitForEvents/) { count[classify()]++; total++ }
      runnable = 0; stack = ""; top = ""
    }
    /^"/ { flush(); name = $0; next }
    /java.lang.Thread.State: RUNNABLE/ { runnable = 1; next }
    /^\tat / { f = $0; sub(/^\tat /, "", f); sub(/\(.*/, "", f); if (top == "") top = f; stack = stack "|" f; next }
    /^$/ { flush() }
    END { flush(); for (k in count) printf "%d\t%.0f%%\t%s\n", count[k], 100 * count[k] / total, k }' "$dir/stdout.txt" \
    | sort -rn | head -15 > "$dir/profile.txt"
  echo "dumps: $(grep -c '^Full thread dump' "$dir/stdout.txt")" >> "$dir/profile.txt"
}

# Runs one measured command: wall clock around it, peak RSS from /usr/bin/time -v, heap from the JVM's
# GC log (-Xlog:gc, set by the caller). Sets STATUS, REASON, LOAD (1-minute load average at the end), WALL, RSS_MB, HEAP_PEAK_MB, HEAP_LIVE_MB, USER_S, SYS_S.
measure() {
  local name=$1 dir=$2 limit=$3 profile=$4; shift 4
  local start end rc sampler=""
  start=$(date +%s.%N)
  timeout --kill-after=30 "$limit" /usr/bin/time -v -o "$dir/time.txt" "$@" > "$dir/stdout.txt" 2> "$dir/stderr.txt" &
  local pid=$!
  if [[ "$profile" == 1 && "$PROFILE_EVERY" != 0 ]]; then sample "$name" & sampler=$!; fi
  wait "$pid"; rc=$?
  end=$(date +%s.%N)
  LOAD=$(cut -d' ' -f1 /proc/loadavg)
  [[ -n "$sampler" ]] && { kill "$sampler" 2>/dev/null; wait "$sampler" 2>/dev/null; summarize_profile "$dir"; }
  WALL=$(awk -v a="$start" -v b="$end" 'BEGIN { printf "%.1f", b - a }')
  RSS_MB=$(awk '/Maximum resident set size/ { printf "%.0f", $NF / 1024 }' "$dir/time.txt" 2>/dev/null)
  USER_S=$(awk -F': ' '/User time/ { print $2 }' "$dir/time.txt" 2>/dev/null)
  SYS_S=$(awk -F': ' '/System time/ { print $2 }' "$dir/time.txt" 2>/dev/null)
  read -r HEAP_PEAK_MB HEAP_LIVE_MB < <(grep -ho '[0-9]*M->[0-9]*M' "$dir/gc.log" 2>/dev/null \
    | awk -F'M->' '{ b=$1; a=$2+0; if (b>p) p=b; if (a>l) l=a } END { if (NR) print p, l; else print "", "" }')
  if [[ $rc -eq 0 ]]; then STATUS=ok; REASON=""
  elif [[ $rc -eq 124 || $rc -eq 137 ]]; then STATUS=failed; REASON="timeout after ${limit}s"
  else STATUS=failed; REASON="exit $rc: $(grep -m1 -E 'Exception|Error|error' "$dir/stderr.txt" | cut -c1-150 | tr ',"' ';\047')"
  fi
  log "$name: $STATUS ${REASON:+($REASON) }in ${WALL}s, RSS ${RSS_MB:-?} MB"
}

header="copies,files,corpus_mb,run,runner,entities,status,reason,wall_s,copies_per_s,mb_per_s,x_floor,peak_rss_mb,heap_peak_mb,heap_live_mb,cpu_user_s,cpu_sys_s,precision,recall,f1,ari,trap_merges,clusters,unassigned,load_1m"
for n in "${sizes[@]}"; do
  corpus="$WORK/corpus-$n"
  if [[ ! -f "$corpus/truth.tsv" ]]; then
    rm -rf "$corpus"
    log "generating corpus of about $n copies"
    java -Xmx4g -cp "$CP" dev.newsfold.bench.Benchmark generate "$corpus" "$n" "$SEED" "$ROOT" || { log "generation failed"; exit 1; }
  fi
  files=$(wc -l < "$corpus/truth.tsv")
  bytes=$(find "$corpus/files" -type f -printf '%s\n' | awk '{ s += $1 } END { print s }')
  mb=$(awk -v b="$bytes" 'BEGIN { printf "%.2f", b / 1e6 }')
  limit=${NEWSFOLD_BENCH_TIMEOUT:-$(( n * 36 / 1000 > 1200 ? n * 36 / 1000 : 1200 ))}
  # The size's CSV keeps the rows of runs not redone this time (NEWSFOLD_BENCH_RUNS can redo a few).
  csv="$WORK/runs/$n.csv"
  if [[ ! -f "$csv" ]]; then echo "$header" > "$csv"
  elif [[ "$(head -1 "$csv")" != "$header" ]]; then { echo "$header"; tail -n +2 "$csv"; } > "$csv.tmp"; mv "$csv.tmp" "$csv"; fi
  floor_wall=$(awk -F, '$4 == "floor" && $7 == "ok" { print $9 }' "$csv")
  log "corpus $n: $files files, $mb MB; timeout per run ${limit}s"
  for run in $RUNS; do
    dir="$WORK/runs/$n/$run"; rm -rf "$dir"; mkdir -p "$dir"
    out="$WORK/out/$n/$run"; rm -rf "$out"
    jvm=(-Xlog:gc:file="$dir/gc.log" "-Dnewsfold.bench.run=$n-$run")
    entities=""; runner=""; score=()
    case "$run" in
      floor) runner=floor
        measure "$n-$run" "$dir" "$limit" 0 java -Xmx1g "${jvm[@]}" -cp "$CP" dev.newsfold.bench.Benchmark floor "$corpus/files" ;;
      direct-entities|direct-noentities) runner=DirectRunner
        [[ $run == *-noentities ]] && entities=false || entities=true
        measure "$n-$run" "$dir" "$limit" 1 java "${LAUNCHER_FLAGS[@]}" -Xmx"$XMX" "${jvm[@]}" -cp "$CP" dev.newsfold.bench.Benchmark job "$dir/counters.txt" \
          --input="$corpus/files" --output="$out" --overwrite --extractEntities=$entities
        score=(archive "$out") ;;
      flink-entities|flink-noentities) runner=FlinkRunner
        [[ $run == *-noentities ]] && entities=false || entities=true
        measure "$n-$run" "$dir" "$limit" 1 java "${LAUNCHER_FLAGS[@]}" "$EMBEDDED_FLINK_GC" -Xmx"$XMX" "${jvm[@]}" -jar "$FLINK_JAR" --runner=FlinkRunner --flinkMaster=[local] \
          --parallelism=2 --input="$corpus/files" --output="$out" --overwrite --extractEntities=$entities
        score=(archive "$out") ;;
      local) runner=local; entities=true
        # The README's first command pattern as a user types it on a folder: its engine, JVM flags and defaults
        # (entities on); the JVM's heap and run marker come in through NEWSFOLD_JAVA_OPTS.
        measure "$n-$run" "$dir" "$limit" 1 env NEWSFOLD_JAVA_OPTS="-Xmx$XMX $EMBEDDED_FLINK_GC ${jvm[*]}" \
          pipelines/local/run.sh --input="$corpus/files" --output="$out" --overwrite
        score=(archive "$out") ;;
      spark-raw|spark-body) runner=spark-minhashlsh
        mode=${run#spark-}; input="$corpus/files"
        # body: newsfold's cleaned body_text, from a run without entities (Direct, else Flink).
        [[ $mode == body ]] && input="$WORK/out/$n/direct-noentities"
        [[ $mode == body && ! -d "$input/copies" ]] && input="$WORK/out/$n/flink-noentities"
        # shellcheck disable=SC2086
        measure "$n-$run" "$dir" "$limit" 1 env SPARK_LOCAL_IP=127.0.0.1 java -Xmx"$XMX" $SPARK_OPENS "${jvm[@]}" -cp "$PEER_CP" \
          dev.newsfold.peer.SparkMinHashPeer --mode "$mode" --input "$input" --out "$dir/clusters.tsv"
        score=(tsv "$dir/clusters.tsv") ;;
      *) log "unknown run $run"; continue ;;
    esac
    quality=",,,,,,"
    if [[ $STATUS == ok && ${#score[@]} -gt 0 ]]; then
      quality=$(java -Xmx2g -cp "$CP" dev.newsfold.bench.Benchmark score "$corpus" "${score[@]}" "$dir/kinds.tsv" 2> "$dir/score-stderr.txt") \
        || { quality=",,,,,,"; log "$run: scoring failed (see $dir/score-stderr.txt)"; }
    fi
    [[ $run == floor && $STATUS == ok ]] && floor_wall=$WALL
    rate=$(awk -v s="$STATUS" -v w="$WALL" -v f="$files" -v m="$mb" -v fl="$floor_wall" 'BEGIN {
      if (s != "ok" || w <= 0) { print ",,"; exit }
      printf "%.1f,%.2f,%s", f / w, m / w, (fl > 0 ? sprintf("%.1f", w / fl) : "") }')
    grep -v "^$n,[^,]*,[^,]*,$run," "$csv" > "$csv.tmp"; mv "$csv.tmp" "$csv"
    echo "$n,$files,$mb,$run,$runner,$entities,$STATUS,$REASON,$WALL,$rate,$RSS_MB,$HEAP_PEAK_MB,$HEAP_LIVE_MB,$USER_S,$SYS_S,$quality,$LOAD" >> "$csv"
  done
done

# results.csv: this run's sizes replace their earlier rows; other sizes' rows are kept.
merged=$(mktemp)
echo "$header" > "$merged"
if [[ -f "$OUT/results.csv" ]]; then
  tail -n +2 "$OUT/results.csv" | awk -F, -v now=" ${sizes[*]} " 'index(now, " " $1 " ") == 0' >> "$merged"
fi
for n in "${sizes[@]}"; do tail -n +2 "$WORK/runs/$n.csv" >> "$merged"; done
sort -t, -k1,1n -s "$merged" | awk 'NR == 1 || !/^copies,/' > "$OUT/results.csv.tmp"
{ echo "$header"; grep -v '^copies,' "$OUT/results.csv.tmp"; } > "$OUT/results.csv"; rm -f "$merged" "$OUT/results.csv.tmp"
java -cp "$CP" dev.newsfold.bench.BenchReport "$OUT/results.csv" "$WORK/machine.txt" "$WORK/runs" "$OUT/results.md"
log "wrote $OUT/results.md and $OUT/results.csv"
