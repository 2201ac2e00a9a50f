#!/usr/bin/env bash
# A Flink 1.19 session cluster on loopback, from the Flink bundled jar: a JobManager
# (StandaloneSessionClusterEntrypoint) and a TaskManager (TaskManagerRunner) as two processes.
# Usage: pipelines/flink/local-cluster.sh start|stop|status
# Settings: pipelines/flink/local-cluster.env (each can be overridden from the environment);
# NEWSFOLD_BUNDLE names the jar (default target/newsfold-bundled-flink.jar: mvn -B -Pflink package -DskipTests).
# Everything listens on localhost only. 'stop' ends the two processes by the ids 'start' wrote.
set -euo pipefail
cd "$(dirname "$0")/../.."
# shellcheck source=local-cluster.env
source pipelines/flink/local-cluster.env
jar="${NEWSFOLD_BUNDLE:-target/newsfold-bundled-flink.jar}"
dir="$FLINK_CLUSTER_DIR"
# What Flink's own distribution passes to its JVMs on Java 17.
java17_opens="--add-exports=java.base/sun.net.util=ALL-UNNAMED --add-exports=java.rmi/sun.rmi.registry=ALL-UNNAMED \
--add-exports=java.security.jgss/sun.security.krb5=ALL-UNNAMED --add-opens=java.base/java.lang=ALL-UNNAMED \
--add-opens=java.base/java.net=ALL-UNNAMED --add-opens=java.base/java.io=ALL-UNNAMED --add-opens=java.base/java.nio=ALL-UNNAMED \
--add-opens=java.base/sun.nio.ch=ALL-UNNAMED --add-opens=java.base/java.lang.reflect=ALL-UNNAMED \
--add-opens=java.base/java.text=ALL-UNNAMED --add-opens=java.base/java.time=ALL-UNNAMED --add-opens=java.base/java.util=ALL-UNNAMED \
--add-opens=java.base/java.util.concurrent=ALL-UNNAMED --add-opens=java.base/java.util.concurrent.atomic=ALL-UNNAMED \
--add-opens=java.base/java.util.concurrent.locks=ALL-UNNAMED"
# Logs at info level in log/*.out (the bundled jar logs through slf4j-simple).
log_opts="-Dorg.slf4j.simpleLogger.defaultLogLevel=info -Dorg.slf4j.simpleLogger.showDateTime=true"

mb() { # 1024m -> 1024, 2g -> 2048
  local v="${1,,}"
  case "$v" in *g) echo $(( ${v%g} * 1024 ));; *m) echo "${v%m}";; *) echo "unsupported size $1 (use m or g)" >&2; exit 2;; esac
}

alive() { [[ -f "$dir/$1.pid" ]] && kill -0 "$(cat "$dir/$1.pid")" 2>/dev/null; }

write_config() {
  mkdir -p "$dir/conf" "$dir/log" "$dir/tmp"
  cat > "$dir/conf/config.yaml" <<CONF
jobmanager.rpc.address: localhost
jobmanager.rpc.port: $FLINK_RPC_PORT
jobmanager.bind-host: localhost
rest.address: localhost
rest.bind-address: localhost
rest.port: $FLINK_REST_PORT
taskmanager.host: localhost
taskmanager.bind-host: localhost
taskmanager.numberOfTaskSlots: $FLINK_SLOTS
parallelism.default: $FLINK_SLOTS
io.tmp.dirs: $(cd "$dir/tmp" && pwd)
taskmanager.cpu.cores: $TM_CPU_CORES
taskmanager.memory.framework.heap.size: $TM_FRAMEWORK_HEAP
taskmanager.memory.task.heap.size: $TM_TASK_HEAP
taskmanager.memory.framework.off-heap.size: $TM_FRAMEWORK_OFF_HEAP
taskmanager.memory.task.off-heap.size: $TM_TASK_OFF_HEAP
taskmanager.memory.managed.size: $TM_MANAGED
taskmanager.memory.network.min: $TM_NETWORK
taskmanager.memory.network.max: $TM_NETWORK
taskmanager.memory.jvm-metaspace.size: $TM_METASPACE
taskmanager.memory.jvm-overhead.min: $TM_JVM_OVERHEAD
taskmanager.memory.jvm-overhead.max: $TM_JVM_OVERHEAD
CONF
}

start() {
  [[ -f "$jar" ]] || { echo "no $jar: build it with  mvn -B -Pflink package -DskipTests" >&2; exit 1; }
  if alive jobmanager || alive taskmanager; then
    echo "a cluster from $dir is already running; stop it first" >&2; exit 1
  fi
  write_config
  local conf; conf="$(cd "$dir/conf" && pwd)"
  # shellcheck disable=SC2086
  nohup java -Xms"$JM_HEAP" -Xmx"$JM_HEAP" $java17_opens $log_opts -cp "$jar" \
    org.apache.flink.runtime.entrypoint.StandaloneSessionClusterEntrypoint --configDir "$conf" \
    > "$dir/log/jobmanager.out" 2>&1 < /dev/null &
  echo $! > "$dir/jobmanager.pid"
  local heap=$(( $(mb "$TM_FRAMEWORK_HEAP") + $(mb "$TM_TASK_HEAP") ))
  local direct=$(( $(mb "$TM_FRAMEWORK_OFF_HEAP") + $(mb "$TM_TASK_OFF_HEAP") + $(mb "$TM_NETWORK") ))
  # shellcheck disable=SC2086
  nohup java -Xms${heap}m -Xmx${heap}m -XX:MaxDirectMemorySize=${direct}m -XX:MaxMetaspaceSize="$TM_METASPACE" \
    $java17_opens $log_opts -cp "$jar" \
    org.apache.flink.runtime.taskexecutor.TaskManagerRunner --configDir "$conf" \
    > "$dir/log/taskmanager.out" 2>&1 < /dev/null &
  echo $! > "$dir/taskmanager.pid"
  echo "JobManager pid $(cat "$dir/jobmanager.pid"), TaskManager pid $(cat "$dir/taskmanager.pid"); logs in $dir/log/"
  if command -v curl > /dev/null; then
    for _ in $(seq 1 120); do
      if ! alive jobmanager || ! alive taskmanager; then
        echo "the cluster did not start; see $dir/log/" >&2; tail -n 30 "$dir"/log/*.out >&2; stop; exit 1
      fi
      if curl -sf "http://localhost:$FLINK_REST_PORT/taskmanagers" 2>/dev/null | grep -q '"slotsNumber"'; then
        echo "ready: submit with --flinkMaster=localhost:$FLINK_REST_PORT"; return 0
      fi
      sleep 1
    done
    echo "the cluster was not ready after 120 s; see $dir/log/" >&2; stop; exit 1
  fi
}

stop() {
  for p in taskmanager jobmanager; do
    if [[ -f "$dir/$p.pid" ]]; then
      local pid; pid="$(cat "$dir/$p.pid")"
      if kill -0 "$pid" 2>/dev/null; then
        kill "$pid" 2>/dev/null || true
        for _ in $(seq 1 30); do kill -0 "$pid" 2>/dev/null || break; sleep 1; done
        if kill -0 "$pid" 2>/dev/null; then kill -9 "$pid" 2>/dev/null || true; fi
        echo "stopped $p (pid $pid)"
      fi
      rm -f "$dir/$p.pid"
    fi
  done
}

status() {
  for p in jobmanager taskmanager; do
    if alive "$p"; then echo "$p: running (pid $(cat "$dir/$p.pid"))"; else echo "$p: not running"; fi
  done
}

case "${1:-}" in
  start) start ;;
  stop) stop ;;
  status) status ;;
  *) echo "usage: $0 start|stop|status" >&2; exit 2 ;;
esac
