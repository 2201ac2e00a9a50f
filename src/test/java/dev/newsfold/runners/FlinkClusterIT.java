package dev.newsfold.runners;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.fail;

import java.io.IOException;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;

/**
 * A real Flink cluster on loopback: pipelines/flink/local-cluster.sh starts a JobManager and a
 * TaskManager as two processes from the Flink bundled jar, pipelines/flink/run.sh submits the same
 * jar to it with --flinkMaster=localhost:PORT, and the tables must hold the same rows as the
 * bundled jar writes on the DirectRunner. The cluster is stopped afterwards, whatever happened.
 * Run by the flink profile: mvn -B -Pflink verify (after the shade plugin built the jar).
 */
class FlinkClusterIT {
  private static final Duration JOB_TIMEOUT = Duration.ofMinutes(10);
  private final Path bundle = Path.of(System.getProperty("newsfold.bundle", "target/newsfold-bundled-flink.jar"))
      .toAbsolutePath();
  private final Path clusterDir = Path.of("target", "flink-cluster-it").toAbsolutePath();

  @Test
  void aLoopbackClusterWritesTheSameRowsAsTheDirectRunner() throws Exception {
    assertTrue(Files.isRegularFile(bundle), "no bundled jar " + bundle + ": the flink profile's package phase builds it");
    RunnerTables.deleteRecursively(clusterDir);
    Files.createDirectories(clusterDir);
    int[] ports = distinctFreePorts(2);
    int restPort = ports[0];
    int rpcPort = ports[1];
    Map<String, String> env = Map.of("FLINK_CLUSTER_DIR", clusterDir.toString(),
        "FLINK_REST_PORT", Integer.toString(restPort), "FLINK_RPC_PORT", Integer.toString(rpcPort),
        "NEWSFOLD_BUNDLE", bundle.toString());
    Thread stopOnExit = new Thread(() -> stopCluster(env));
    Runtime.getRuntime().addShutdownHook(stopOnExit);
    try {
      long t0 = System.nanoTime();
      Result started = run(List.of("pipelines/flink/local-cluster.sh", "start"), env, "cluster-start", Duration.ofMinutes(3));
      assertEquals(0, started.exit, "the cluster did not start:\n" + started.tail() + logs());
      awaitTaskManager(restPort);
      System.out.printf("FlinkClusterIT: cluster up in %.1f s on localhost:%d%n", seconds(t0), restPort);

      String input = RunnerTables.sampleInput();
      Path reference = RunnerTables.freshOutput("direct-bundled");
      t0 = System.nanoTime();
      Result direct = run(List.of("java", "-jar", bundle.toString(), "--runner=DirectRunner", "--input=" + input,
          "--output=" + reference), env, "direct-run", JOB_TIMEOUT);
      assertEquals(0, direct.exit, "the bundled jar failed on the DirectRunner:\n" + direct.tail());
      System.out.printf("FlinkClusterIT: DirectRunner reference in %.1f s%n", seconds(t0));

      Path onCluster = RunnerTables.freshOutput("flink-cluster");
      t0 = System.nanoTime();
      Result flink = run(List.of("pipelines/flink/run.sh", "--flinkMaster=localhost:" + restPort, "--parallelism=2",
          "--input=" + input, "--output=" + onCluster), env, "flink-run", JOB_TIMEOUT);
      assertEquals(0, flink.exit, "the job failed on the cluster:\n" + flink.tail() + logs());
      assertTrue(flink.output.matches("(?s).*accounting +: OK.*"), flink.tail());
      assertTrue(flink.output.matches("(?s).*files matched +: 14\n.*"), flink.tail());
      System.out.printf("FlinkClusterIT: job on the cluster in %.1f s%n", seconds(t0));

      Result schemes = run(List.of("java", "-cp", bundle + java.io.File.pathSeparator
          + Path.of("target/test-classes").toAbsolutePath(), FileSystemsCheck.class.getName(), "--awsRegion=eu-west-1"),
          env, "filesystems", Duration.ofMinutes(2));
      assertEquals(0, schemes.exit, schemes.tail());
      assertTrue(schemes.output.contains("gs=org.apache.beam.sdk.extensions.gcp.storage.GcsResourceId"), schemes.tail());
      assertTrue(schemes.output.contains("s3=org.apache.beam.sdk.io.aws2.s3.S3ResourceId"), schemes.tail());

      String jobs = get(restPort, "/jobs/overview");
      assertTrue(jobs.contains("\"state\":\"FINISHED\""), "the cluster ran no job to completion: " + jobs);
      assertFalse(jobs.contains("\"state\":\"FAILED\""), jobs);
      RunnerTables.assertSameRows(reference, onCluster);
      assertEquals(14, RunnerTables.rows(onCluster, "copies").size());
      assertEquals(8, RunnerTables.rows(onCluster, "articles").size());
    } finally {
      stopCluster(env);
      Runtime.getRuntime().removeShutdownHook(stopOnExit);
    }
    for (String process : List.of("jobmanager", "taskmanager")) {
      assertFalse(Files.exists(clusterDir.resolve(process + ".pid")), process + " was not stopped");
    }
  }

  private void stopCluster(Map<String, String> env) {
    try {
      Result stopped = run(List.of("pipelines/flink/local-cluster.sh", "stop"), env, "cluster-stop", Duration.ofMinutes(2));
      System.out.println("FlinkClusterIT: " + stopped.output.strip());
    } catch (Exception e) {
      System.err.println("FlinkClusterIT: could not stop the cluster: " + e);
    }
  }

  /** Waits until the JobManager's REST endpoint lists a registered TaskManager. */
  private static void awaitTaskManager(int restPort) throws InterruptedException {
    long deadline = System.nanoTime() + TimeUnit.MINUTES.toNanos(2);
    String last = "";
    while (System.nanoTime() < deadline) {
      try {
        last = get(restPort, "/taskmanagers");
        if (last.contains("\"slotsNumber\"")) {
          return;
        }
      } catch (IOException e) {
        last = e.toString();
      }
      Thread.sleep(500);
    }
    fail("no TaskManager registered with the JobManager in 2 minutes: " + last);
  }

  private static String get(int port, String path) throws IOException, InterruptedException {
    HttpClient client = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();
    HttpRequest request = HttpRequest.newBuilder(URI.create("http://localhost:" + port + path))
        .timeout(Duration.ofSeconds(10)).build();
    return client.send(request, HttpResponse.BodyHandlers.ofString()).body();
  }

  /**
   * Ports the kernel hands out while all the probe sockets are held open, so no two are the same: closing
   * one probe before opening the next once gave the REST and RPC endpoints one port, and the JobManager
   * could not bind its second endpoint.
   */
  static int[] distinctFreePorts(int count) throws IOException {
    List<ServerSocket> held = new ArrayList<>();
    try {
      int[] ports = new int[count];
      for (int i = 0; i < count; i++) {
        ServerSocket socket = new ServerSocket(0, 1, InetAddress.getLoopbackAddress());
        held.add(socket);
        ports[i] = socket.getLocalPort();
      }
      return ports;
    } finally {
      for (ServerSocket socket : held) {
        socket.close();
      }
    }
  }

  private static double seconds(long t0) {
    return (System.nanoTime() - t0) / 1e9;
  }

  private String logs() throws IOException {
    StringBuilder s = new StringBuilder();
    for (String name : List.of("jobmanager.out", "taskmanager.out")) {
      Path log = clusterDir.resolve("log").resolve(name);
      if (Files.exists(log)) {
        s.append("\n--- ").append(log).append(" (last lines)\n").append(new Result(-1, Files.readString(log)).tail());
      }
    }
    return s.toString();
  }

  private Result run(List<String> command, Map<String, String> env, String name, Duration timeout)
      throws IOException, InterruptedException {
    Path log = clusterDir.resolve(name + ".log");
    ProcessBuilder pb = new ProcessBuilder(new ArrayList<>(command)).redirectErrorStream(true)
        .redirectOutput(log.toFile()).redirectInput(ProcessBuilder.Redirect.from(Path.of("/dev/null").toFile()));
    pb.environment().putAll(env);
    Process process = pb.start();
    if (!process.waitFor(timeout.toSeconds(), TimeUnit.SECONDS)) {
      process.destroyForcibly().waitFor(30, TimeUnit.SECONDS);
      fail(command + " did not finish in " + timeout + ":\n" + new Result(-1, Files.readString(log)).tail());
    }
    return new Result(process.exitValue(), Files.readString(log));
  }

  private record Result(int exit, String output) {
    String tail() {
      List<String> lines = output.lines().toList();
      return String.join("\n", lines.subList(Math.max(0, lines.size() - 40), lines.size()));
    }
  }
}
