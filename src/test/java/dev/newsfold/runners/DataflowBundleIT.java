package dev.newsfold.runners;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.fail;

import java.io.File;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;

/**
 * What can be checked of Dataflow without Google Cloud: the Dataflow bundled jar starts with
 * java -jar and lists Dataflow's options, and the options of pipelines/dataflow/options.properties
 * validate on the DataflowRunner. No job is submitted, nothing is staged, no worker runs: there is
 * no GCP project, bucket or credential here. Each JVM runs without a network when the machine lets
 * us make a network namespace ({@code unshare -n}), and always with no credential lookup
 * (NoopCredentialFactory), no bucket check (NoopPathValidator, gcpTempLocation given) and no
 * instance-metadata lookup: nothing leaves this machine.
 * Run by the dataflow profile: mvn -B -Pdataflow verify.
 */
class DataflowBundleIT {
  private static final List<String> OFFLINE = List.of(
      "--credentialFactoryClass=org.apache.beam.sdk.extensions.gcp.auth.NoopCredentialFactory",
      "--pathValidatorClass=org.apache.beam.sdk.extensions.gcp.storage.NoopPathValidator");
  private final Path bundle = Path.of(System.getProperty("newsfold.bundle", "target/newsfold-bundled-dataflow.jar"))
      .toAbsolutePath();

  @Test
  void theBundledJarStartsAndListsDataflowOptions() throws Exception {
    assertBundle();
    Run help = java(List.of("-jar", bundle.toString(),
        "--help=org.apache.beam.runners.dataflow.options.DataflowPipelineOptions"));
    assertEquals(0, help.exit, help.output);
    for (String option : List.of("--project", "--region", "--stagingLocation", "--workerMachineType", "--maxNumWorkers")) {
      assertTrue(help.output.contains(option + "="), option + " not listed:\n" + help.output);
    }
  }

  @Test
  void theLaunchersOptionsValidateOnTheDataflowRunner() throws Exception {
    assertBundle();
    Map<String, String> file = launcherOptions();
    Run check = check(file, List.of());
    assertEquals(0, check.exit, check.output);
    assertTrue(check.output.contains("runner=org.apache.beam.runners.dataflow.DataflowRunner"), check.output);
    assertTrue(check.output.contains("validated=org.apache.beam.runners.dataflow.DataflowRunner"), check.output);
    for (String key : List.of("project", "region", "tempLocation", "stagingLocation", "workerMachineType",
        "maxNumWorkers", "input", "output")) {
      assertTrue(file.containsKey(key), "options.properties lacks " + key);
      assertTrue(check.output.contains("\n" + key + "=" + file.get(key) + "\n"), key + " did not arrive:\n" + check.output);
    }
    // Staged: the classpath, i.e. the bundled jar (and, in this check only, the test classes beside it).
    assertTrue(check.output.contains("filesToStage=[" + bundle), "the bundled jar must be staged:\n" + check.output);
  }

  @Test
  void theBundledJarKnowsGcsAndS3Paths() throws Exception {
    assertBundle();
    Run check = java(List.of("-cp", bundle + File.pathSeparator + Path.of("target/test-classes").toAbsolutePath(),
        FileSystemsCheck.class.getName(), "--awsRegion=eu-west-1"));
    assertEquals(0, check.exit, check.output);
    assertTrue(check.output.contains("gs=org.apache.beam.sdk.extensions.gcp.storage.GcsResourceId"), check.output);
    assertTrue(check.output.contains("s3=org.apache.beam.sdk.io.aws2.s3.S3ResourceId"), check.output);
  }

  @Test
  void theDataflowRunnerRejectsMissingOrBadOptions() throws Exception {
    assertBundle();
    Map<String, String> noRegion = launcherOptions();
    noRegion.remove("region");
    Run missing = check(noRegion, List.of());
    assertNotEquals(0, missing.exit, missing.output);
    assertTrue(missing.output.contains("Missing required pipeline options: region"), missing.output);

    Map<String, String> badProject = launcherOptions();
    badProject.put("project", "Not_A_Project_Id");
    Run bad = check(badProject, List.of());
    assertNotEquals(0, bad.exit, bad.output);
    assertTrue(bad.output.contains("Project ID 'Not_A_Project_Id' invalid"), bad.output);
  }

  private void assertBundle() {
    assertTrue(Files.isRegularFile(bundle), "no bundled jar " + bundle + ": the dataflow profile's package phase builds it");
  }

  private static Map<String, String> launcherOptions() throws IOException {
    Map<String, String> options = new LinkedHashMap<>();
    for (String line : Files.readAllLines(Path.of("pipelines/dataflow/options.properties"))) {
      if (!line.isBlank() && !line.startsWith("#")) {
        int eq = line.indexOf('=');
        options.put(line.substring(0, eq).trim(), line.substring(eq + 1).trim());
      }
    }
    return options;
  }

  private Run check(Map<String, String> options, List<String> more) throws Exception {
    List<String> args = new ArrayList<>(List.of("-cp", bundle + File.pathSeparator + Path.of("target/test-classes").toAbsolutePath(),
        DataflowOptionsCheck.class.getName()));
    options.forEach((k, v) -> args.add("--" + k + "=" + v));
    if (options.containsKey("tempLocation")) {
      args.add("--gcpTempLocation=" + options.get("tempLocation")); // else its default checks the bucket online
    }
    args.addAll(OFFLINE);
    args.addAll(more);
    return java(args);
  }

  private record Run(int exit, String output) {}

  private static Run java(List<String> args) throws Exception {
    List<String> command = new ArrayList<>();
    if (canIsolateNetwork()) {
      command.addAll(List.of("unshare", "-n"));
    }
    command.add(Path.of(System.getProperty("java.home"), "bin", "java").toString());
    command.addAll(args);
    ProcessBuilder pb = new ProcessBuilder(command).redirectErrorStream(true);
    pb.environment().put("AWS_EC2_METADATA_DISABLED", "true");
    pb.environment().put("NO_GCE_CHECK", "true");
    Process p = pb.start();
    p.getOutputStream().close();
    byte[] out = p.getInputStream().readAllBytes();
    if (!p.waitFor(5, TimeUnit.MINUTES)) {
      p.destroyForcibly();
      fail("timed out: " + command);
    }
    return new Run(p.exitValue(), new String(out, java.nio.charset.StandardCharsets.UTF_8));
  }

  private static Boolean isolates;

  /** True where this user may make a network namespace (root on Linux with unshare installed). */
  private static synchronized boolean canIsolateNetwork() {
    if (isolates == null) {
      try {
        Process p = new ProcessBuilder("unshare", "-n", "true").redirectErrorStream(true).start();
        isolates = p.waitFor(30, TimeUnit.SECONDS) && p.exitValue() == 0;
      } catch (IOException | InterruptedException e) {
        isolates = false;
      }
      System.out.println("DataflowBundleIT: JVMs run " + (isolates ? "in a network namespace with no network" : "with the machine's network (unshare -n not allowed here)"));
    }
    return isolates;
  }
}
