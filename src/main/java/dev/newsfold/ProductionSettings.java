package dev.newsfold;

import com.sun.management.HotSpotDiagnosticMXBean;
import java.lang.management.ManagementFactory;
import java.util.Arrays;
import org.apache.beam.runners.direct.DirectOptions;
import org.apache.beam.runners.direct.DirectRunner;

/**
 * What a run from the command line needs that a test pipeline does not.
 *
 * <p>The DirectRunner's immutability and encodability checks are aids for DoFn authors: each encodes
 * every element again before and after every transform and compares the bytes, which doubles the
 * heap an element needs (a 10 MB article needs 1 GB more) and slows a run by half. newsfold's tests
 * keep them on ({@code TestPipeline}); a run of the job switches them off unless the command line
 * names them, as a production runner never has them.
 *
 * <p>An {@code OutOfMemoryError} in a runner's worker thread can be caught and logged by the runner,
 * leaving a run that lost work or hangs. The launchers start the JVM with
 * {@code -XX:+ExitOnOutOfMemoryError} (see {@code .mvn/jvm.config}), so that the JVM ends at once
 * with a non-zero exit and publishes nothing; started without it, the run says so.
 */
final class ProductionSettings {
  static final String EXIT_ON_OOM = "ExitOnOutOfMemoryError";

  private ProductionSettings() {}

  static void apply(NewsfoldOptions options, String[] args) {
    if (options.getRunner() == DirectRunner.class) {
      DirectOptions direct = options.as(DirectOptions.class);
      if (!named(args, "enforceImmutability")) {
        direct.setEnforceImmutability(false);
      }
      if (!named(args, "enforceEncodability")) {
        direct.setEnforceEncodability(false);
      }
    }
    if (!exitsOnOutOfMemory()) {
      System.err.println("newsfold: this JVM was started without -XX:+" + EXIT_ON_OOM + ": if it runs out of "
          + "memory, the run may hang instead of failing (the launchers and .mvn/jvm.config set it)");
    }
  }

  private static boolean named(String[] args, String option) {
    return Arrays.stream(args).anyMatch(a -> a.startsWith("--" + option));
  }

  static boolean exitsOnOutOfMemory() {
    try {
      HotSpotDiagnosticMXBean hotspot = ManagementFactory.getPlatformMXBean(HotSpotDiagnosticMXBean.class);
      return hotspot != null && Boolean.parseBoolean(hotspot.getVMOption(EXIT_ON_OOM).getValue());
    } catch (IllegalArgumentException | UnsupportedOperationException e) {
      return false;
    }
  }
}
