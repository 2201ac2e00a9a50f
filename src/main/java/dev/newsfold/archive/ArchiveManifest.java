package dev.newsfold.archive;

import com.fasterxml.jackson.annotation.JsonProperty;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.channels.Channels;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.apache.beam.sdk.io.FileSystems;
import org.apache.beam.sdk.io.fs.EmptyMatchTreatment;
import org.apache.beam.sdk.io.fs.MatchResult;
import org.apache.beam.sdk.io.fs.ResourceId;
import org.apache.beam.sdk.util.MimeTypes;

/**
 * The archive's commit record, {@code _manifest.json} at its root: the schema version, the settings its
 * fingerprints and boilerplate decisions were made with, and the runs that were published whole. A run
 * folder not listed here is the remains of a run killed while publishing: readers (the views of
 * {@code pipelines/queries/latest.sql}) leave it out and the next run deletes it. The manifest is
 * replaced in one step (a rename on local disk, a single object write on object stores), which is what
 * makes a run visible all at once, as a Delta or Iceberg commit does.
 *
 * @param settings the settings of the latest run, which the next must use (or re-fingerprint)
 * @param mixedFingerprints the copies rows hold fingerprints of more than one shape (a run re-fingerprinted
 *     with other settings; copies rows are written once), so every run fingerprints archived copies again
 * @param runs the published runs, in order, with the rows each wrote per table
 */
public record ArchiveManifest(
    @JsonProperty("format") String format,
    @JsonProperty("schema_version") int schemaVersion,
    @JsonProperty("settings") ArchiveSettings settings,
    @JsonProperty("mixed_fingerprints") boolean mixedFingerprints,
    @JsonProperty("runs") List<PublishedRun> runs) {
  public static final String FILE = "_manifest.json";
  static final String FORMAT = "newsfold-archive";
  // One line: Spark's JSON reader takes a file as JSON Lines unless told otherwise.
  private static final ObjectMapper JSON = new ObjectMapper()
      .disable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES);

  /** One published run: its number (the {@code run=NNNNNN} folder), when it was published and its rows. */
  public record PublishedRun(@JsonProperty("run") int run, @JsonProperty("published_at") String publishedAt,
      @JsonProperty("rows") Map<String, Long> rows) {}

  public static ArchiveManifest first(ArchiveSettings settings) {
    return new ArchiveManifest(FORMAT, TableSchemas.VERSION, settings, false, List.of());
  }

  public int lastRun() {
    return runs.stream().mapToInt(PublishedRun::run).max().orElse(0);
  }

  public boolean isPublished(int run) {
    return runs.stream().anyMatch(r -> r.run() == run);
  }

  /** This manifest with one more published run, made with {@code settings}. */
  public ArchiveManifest withRun(PublishedRun run, ArchiveSettings settings) {
    List<PublishedRun> all = new ArrayList<>(runs);
    all.add(run);
    boolean mixed = mixedFingerprints || !settings.differencesFrom(this.settings).isEmpty();
    return new ArchiveManifest(format, schemaVersion, settings, mixed, List.copyOf(all));
  }

  /** The manifest of the archive under {@code base} (ending in '/'), if it has one. */
  public static Optional<ArchiveManifest> read(String base) throws IOException {
    MatchResult match = FileSystems.match(base + FILE, EmptyMatchTreatment.ALLOW);
    if (match.status() != MatchResult.Status.OK || match.metadata().isEmpty()) {
      return Optional.empty();
    }
    try (InputStream in = Channels.newInputStream(FileSystems.open(match.metadata().get(0).resourceId()))) {
      ArchiveManifest manifest = JSON.readValue(in, ArchiveManifest.class);
      if (!FORMAT.equals(manifest.format())) {
        throw new IOException(base + FILE + " is not a newsfold manifest (format " + manifest.format() + ")");
      }
      return Optional.of(manifest);
    }
  }

  /** Replaces the manifest under {@code base} in one step. */
  public void write(String base) throws IOException {
    byte[] bytes = JSON.writeValueAsBytes(this);
    if (!base.contains("://")) {
      Path target = Path.of(base, FILE);
      Path temp = Path.of(base, FILE + ".next");
      Files.createDirectories(target.getParent());
      Files.write(temp, bytes);
      Files.move(temp, target, StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
      return;
    }
    ResourceId target = FileSystems.matchNewResource(base + FILE, false);
    try (OutputStream out = Channels.newOutputStream(FileSystems.create(target, MimeTypes.TEXT))) {
      out.write(bytes); // One object written whole: GCS and S3 show the old or the new one, never a mix.
    }
  }
}
