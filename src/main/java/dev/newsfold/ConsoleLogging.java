package dev.newsfold;

/**
 * Quiet consoles by default: the libraries' INFO and WARN lines (Flink's operator-name warnings, one per
 * long transform name; Beam's coder and filesystem notices; Hadoop's native-library notice) are not
 * shown unless {@code --verbose} is given; errors always are. slf4j-simple reads its levels once, when
 * the first logger is made, so this runs first in main, from the raw arguments. Defaults are in
 * src/main/resources/simplelogger.properties; system properties set here override them.
 */
final class ConsoleLogging {
  private ConsoleLogging() {}

  static void configure(String[] args) {
    if (isVerbose(args)) {
      System.setProperty("org.slf4j.simpleLogger.defaultLogLevel", "info");
    }
  }

  static boolean isVerbose(String[] args) {
    for (String arg : args) {
      if (arg.equals("--verbose") || arg.equals("--verbose=true")) {
        return true;
      }
    }
    return false;
  }
}
