package dev.newsfold.query;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

class ShippedQueriesTest {
  @Test
  void everyQueryOfTheFolderRunsByName() throws Exception {
    List<String> files;
    try (Stream<Path> list = Files.list(Path.of("pipelines/queries"))) {
      files = list.map(p -> p.getFileName().toString()).filter(n -> n.endsWith(".sql"))
          .map(n -> n.substring(0, n.length() - 4)).filter(n -> !n.equals(ShippedQueries.LATEST_VIEWS)).sorted().toList();
    }
    assertEquals(files, ShippedQueries.NAMES.stream().sorted().toList());
    for (String name : ShippedQueries.NAMES) {
      assertEquals(Files.readString(Path.of("pipelines/queries", name + ".sql")), ShippedQueries.sql(name));
      assertFalse(ShippedQueries.description(name).isBlank(), name);
    }
  }

  @Test
  void latestSqlStaysUsableWithTheDuckDbCli() throws Exception {
    String latest = Files.readString(Path.of("pipelines/queries/latest.sql"));
    // The CLI runs it as it is: the folder defaults to archive/ unless the variable was set before.
    assertEquals(1, latest.lines().filter(l -> l.equals("SET VARIABLE archive = coalesce(getvariable('archive'), 'archive');")).count());
    assertEquals(latest, ShippedQueries.sql(ShippedQueries.LATEST_VIEWS));
  }
}
