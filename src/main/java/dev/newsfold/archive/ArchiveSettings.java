package dev.newsfold.archive;

import com.fasterxml.jackson.annotation.JsonProperty;
import dev.newsfold.fingerprint.FingerprintSettings;
import dev.newsfold.fingerprint.MinHasher;
import dev.newsfold.fingerprint.Shingles;
import dev.newsfold.text.Hashing;
import java.util.ArrayList;
import java.util.List;

/**
 * The settings an archive's stored data depends on. Shingles, MinHash signatures and LSH band keys
 * made with another shape or hash family do not compare with the stored ones (more bands read past
 * the stored arrays; another shingle size silently stops matching), so a run must use the archive's.
 *
 * @param hashFamily a digest of the MinHash signature of a fixed probe text: it changes with the
 *     shingle hashing, the MinHash seeds or the mixing function, whatever the code that changed them
 */
public record ArchiveSettings(
    @JsonProperty("shingle_size") int shingleSize,
    @JsonProperty("lsh_bands") int lshBands,
    @JsonProperty("lsh_rows") int lshRows,
    @JsonProperty("minhash_hash_family") String hashFamily,
    @JsonProperty("min_boilerplate_stories") int minBoilerplateStories) {
  private static final List<String> PROBE = List.of(
      "The quick brown fox jumps over the lazy dog while the archive keeps every copy of the story.");

  public static ArchiveSettings of(FingerprintSettings fingerprints, int minBoilerplateStories) {
    MinHasher hasher = fingerprints.minHasher();
    long[] signature = hasher.signature(Shingles.of(PROBE, fingerprints.shingleSize()));
    StringBuilder joined = new StringBuilder();
    for (long value : signature) {
      joined.append(Long.toHexString(value)).append(',');
    }
    return new ArchiveSettings(fingerprints.shingleSize(), fingerprints.bands(), fingerprints.rows(),
        Hashing.sha256Hex(joined.toString()).substring(0, 16), minBoilerplateStories);
  }

  /** What differs from {@code archived}, one "name: archived X, this run Y" per setting; empty if none. */
  public List<String> differencesFrom(ArchiveSettings archived) {
    List<String> out = new ArrayList<>();
    differ(out, "--shingleSize", archived.shingleSize, shingleSize);
    differ(out, "--lshBands", archived.lshBands, lshBands);
    differ(out, "--lshRows", archived.lshRows, lshRows);
    differ(out, "MinHash hash family", archived.hashFamily, hashFamily);
    differ(out, "--minBoilerplateStories", archived.minBoilerplateStories, minBoilerplateStories);
    return out;
  }

  private static void differ(List<String> out, String name, Object archived, Object now) {
    if (!archived.equals(now)) {
      out.add(name + ": the archive's is " + archived + ", this run's " + now);
    }
  }
}
