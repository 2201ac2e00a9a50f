package dev.newsfold.report;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.newsfold.SampleRunOnConsole;
import java.awt.image.BufferedImage;
import java.io.File;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.concurrent.TimeUnit;
import javax.imageio.ImageIO;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * report.html opened from disk in a real browser (Debian's chromium, headless, no network): it renders
 * to a screenshot that is not blank, and the page logs nothing to the console. .ci/run installs chromium;
 * elsewhere the test is skipped when there is none (and fails in CI).
 */
class ReportInBrowserTest {
  @Test
  void theSampleReportRendersInChromium(@TempDir Path temp) throws Exception {
    String browser = chromium();
    Path report = SampleRunOnConsole.get().archive.resolve("reports/run=000001/report.html");
    Path screenshot = temp.resolve("report.png");
    Path log = temp.resolve("chromium.log");
    Process process = new ProcessBuilder(List.of(browser, "--headless", "--no-sandbox", "--disable-gpu",
        "--disable-background-networking", "--disable-component-update", "--disable-sync", "--no-first-run",
        "--user-data-dir=" + temp.resolve("profile"), "--enable-logging=stderr", "--v=0",
        "--window-size=1200,2400", "--screenshot=" + screenshot, report.toUri().toString()))
        .redirectErrorStream(true).redirectOutput(log.toFile()).start();
    assertTrue(process.waitFor(120, TimeUnit.SECONDS), "chromium did not finish in 120 s");
    String output = Files.readString(log);
    assertEquals(0, process.exitValue(), output);
    // Chromium logs what the page writes to its console (and its uncaught errors) as INFO:CONSOLE lines.
    List<String> console = output.lines().filter(l -> l.contains(":CONSOLE")).toList();
    assertTrue(console.isEmpty(), "console messages:\n" + String.join("\n", console));
    BufferedImage image = ImageIO.read(screenshot.toFile());
    assertEquals(1200, image.getWidth());
    Set<Integer> colours = new HashSet<>();
    long notWhite = 0;
    for (int y = 0; y < image.getHeight(); y += 2) {
      for (int x = 0; x < image.getWidth(); x += 2) {
        int rgb = image.getRGB(x, y) & 0xffffff;
        colours.add(rgb);
        if (rgb != 0xffffff) {
          notWhite++;
        }
      }
    }
    long sampled = (long) (image.getHeight() / 2) * (image.getWidth() / 2);
    assertTrue(notWhite > sampled / 50, "mostly blank: " + notWhite + " of " + sampled + " pixels not white");
    assertTrue(colours.size() > 50, "text and charts give many colours, got " + colours.size());
    Files.copy(screenshot, Path.of("target", "report-screenshot.png"), java.nio.file.StandardCopyOption.REPLACE_EXISTING);
  }

  private static String chromium() {
    for (String name : List.of("chromium", "chromium-browser")) {
      for (String dir : System.getenv().getOrDefault("PATH", "/usr/bin").split(File.pathSeparator)) {
        if (Files.isExecutable(Path.of(dir, name))) {
          return Path.of(dir, name).toString();
        }
      }
    }
    boolean ci = System.getenv("CI") != null;
    if (ci) {
      throw new AssertionError("no chromium on the PATH: .ci/run installs it (apt-get install -y chromium)");
    }
    Assumptions.assumeTrue(false, "no chromium on the PATH (apt-get install -y chromium)");
    return null;
  }
}
