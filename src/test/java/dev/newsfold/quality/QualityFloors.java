package dev.newsfold.quality;

import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Properties;

/** The floors pinned in quality-floors.properties: every measure of a gate must have one and meet it. */
final class QualityFloors {
  private QualityFloors() {}

  static void assertMet(String gate, Map<String, Double> measured) {
    Properties floors = new Properties();
    try (InputStream in = Objects.requireNonNull(QualityFloors.class.getResourceAsStream("/quality-floors.properties"))) {
      floors.load(in);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    List<String> below = new ArrayList<>();
    for (Map.Entry<String, Double> m : measured.entrySet()) {
      String floor = floors.getProperty(gate + "." + m.getKey());
      assertTrue(floor != null, "no floor pinned for " + gate + "." + m.getKey());
      if (m.getValue() < Double.parseDouble(floor)) {
        below.add(m.getKey() + " = " + String.format("%.4f", m.getValue()) + " < floor " + floor);
      }
    }
    assertTrue(below.isEmpty(), gate + " below pinned floors: " + below);
  }
}
