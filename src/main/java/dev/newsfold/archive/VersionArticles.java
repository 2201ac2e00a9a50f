package dev.newsfold.archive;

import dev.newsfold.coders.ArticleVersionCoder;
import dev.newsfold.coders.AssignmentVersionCoder;
import dev.newsfold.collapse.ArticleState;
import dev.newsfold.collapse.CopyAssignment;
import org.apache.beam.sdk.coders.KvCoder;
import org.apache.beam.sdk.coders.StringUtf8Coder;
import org.apache.beam.sdk.coders.VarIntCoder;
import org.apache.beam.sdk.metrics.Counter;
import org.apache.beam.sdk.metrics.Metrics;
import org.apache.beam.sdk.transforms.DoFn;
import org.apache.beam.sdk.transforms.Flatten;
import org.apache.beam.sdk.transforms.PTransform;
import org.apache.beam.sdk.transforms.ParDo;
import org.apache.beam.sdk.transforms.WithKeys;
import org.apache.beam.sdk.transforms.join.CoGbkResult;
import org.apache.beam.sdk.transforms.join.CoGroupByKey;
import org.apache.beam.sdk.transforms.join.KeyedPCollectionTuple;
import org.apache.beam.sdk.values.KV;
import org.apache.beam.sdk.values.PCollection;
import org.apache.beam.sdk.values.PCollectionList;
import org.apache.beam.sdk.values.PCollectionTuple;
import org.apache.beam.sdk.values.TupleTag;
import org.apache.beam.sdk.values.TupleTagList;
import org.apache.beam.sdk.values.TypeDescriptors;

/**
 * Compares the articles this run assembled with the latest archived version of each id and decides
 * what the archive gains: a first version for a new id, a next version for a changed article
 * (copies, canonical copy, metadata or body), nothing for an unchanged one, and a last version
 * marked superseded for an archived id that no longer names a story (its copies now belong to
 * another id). Entities are due for versions whose body is new. With entities on, an unchanged
 * article whose latest version has no entities (its extraction failed, or the archive was built
 * without entities) gets a next version, the same article, to extract them into: a backfill
 * ({@link #BACKFILLS}), which {@link RecordExtractedEntities} writes only if the extraction succeeds.
 */
public final class VersionArticles extends PTransform<PCollectionTuple, PCollectionTuple> {
  public static final TupleTag<ArticleState> CURRENT = new TupleTag<>() {};
  public static final TupleTag<KV<String, ArticleVersion>> ARCHIVED = new TupleTag<>() {};
  /** The article versions this run writes. */
  public static final TupleTag<ArticleVersion> VERSIONS = new TupleTag<>() {};
  /** The assignments of the versions this run writes. */
  public static final TupleTag<AssignmentVersion> ASSIGNMENTS = new TupleTag<>() {};
  /** Versions whose mentions are to be extracted. */
  public static final TupleTag<ArticleVersion> TO_EXTRACT = new TupleTag<>() {};
  /** (article_id, version) of the versions made only to extract the entities an unchanged article lacks. */
  public static final TupleTag<KV<String, Integer>> BACKFILLS = new TupleTag<>() {};
  /** The latest version of every article that names a story after this run, changed or not. */
  public static final TupleTag<KV<String, ArticleVersion>> LIVE = new TupleTag<>() {};
  private static final TupleTag<KV<String, ArticleVersion>> ORPHANED = new TupleTag<>() {};

  private final boolean extractEntities;

  public VersionArticles(boolean extractEntities) {
    this.extractEntities = extractEntities;
  }

  @Override
  public PCollectionTuple expand(PCollectionTuple input) {
    PCollection<ArticleState> current = input.get(CURRENT);
    TupleTag<ArticleState> now = new TupleTag<>();
    TupleTag<ArticleVersion> before = new TupleTag<>();
    PCollectionTuple decided = KeyedPCollectionTuple
        .of(now, current.apply("KeyCurrentById",
            WithKeys.of((ArticleState s) -> s.article().articleId()).withKeyType(TypeDescriptors.strings())))
        .and(before, input.get(ARCHIVED))
        .apply("JoinArchivedVersions", CoGroupByKey.create())
        .apply("DecideVersions", ParDo.of(new DecideFn(now, before, extractEntities))
            .withOutputTags(VERSIONS,
                TupleTagList.of(ASSIGNMENTS).and(TO_EXTRACT).and(BACKFILLS).and(LIVE).and(ORPHANED)));
    KvCoder<String, ArticleVersion> keyedVersions = KvCoder.of(StringUtf8Coder.of(),
        ArticleVersionCoder.of());
    decided.get(LIVE).setCoder(keyedVersions);
    decided.get(ORPHANED).setCoder(keyedVersions);
    decided.get(ASSIGNMENTS).setCoder(AssignmentVersionCoder.of());
    decided.get(TO_EXTRACT).setCoder(ArticleVersionCoder.of());
    decided.get(BACKFILLS).setCoder(KvCoder.of(StringUtf8Coder.of(), VarIntCoder.of()));

    TupleTag<ArticleVersion> orphan = new TupleTag<>();
    TupleTag<String> holder = new TupleTag<>();
    PCollection<KV<String, String>> articleOfCopy = current.apply("ArticleOfEachCopy",
        ParDo.of(new ArticleOfCopyFn()));
    PCollection<ArticleVersion> superseded = KeyedPCollectionTuple.of(orphan, decided.get(ORPHANED))
        .and(holder, articleOfCopy)
        .apply("JoinOrphansToHolders", CoGroupByKey.create())
        .apply("MarkSuperseded", ParDo.of(new SupersedeFn(orphan, holder)))
        .setCoder(ArticleVersionCoder.of());
    PCollection<ArticleVersion> versions = PCollectionList.of(decided.get(VERSIONS)).and(superseded)
        .apply("AllVersions", Flatten.pCollections());
    return PCollectionTuple.of(VERSIONS, versions).and(ASSIGNMENTS, decided.get(ASSIGNMENTS))
        .and(TO_EXTRACT, decided.get(TO_EXTRACT)).and(BACKFILLS, decided.get(BACKFILLS))
        .and(LIVE, decided.get(LIVE));
  }

  static final class DecideFn extends DoFn<KV<String, CoGbkResult>, ArticleVersion> {
    private final TupleTag<ArticleState> now;
    private final TupleTag<ArticleVersion> before;
    private final boolean extractEntities;
    private final Counter created = Metrics.counter(VersionArticles.class, "articles_new");
    private final Counter changed = Metrics.counter(VersionArticles.class, "articles_changed");
    private final Counter unchanged = Metrics.counter(VersionArticles.class, "articles_unchanged");
    private final Counter entitiesMissing = Metrics.counter(VersionArticles.class, "articles_entities_missing");

    DecideFn(TupleTag<ArticleState> now, TupleTag<ArticleVersion> before, boolean extractEntities) {
      this.now = now;
      this.before = before;
      this.extractEntities = extractEntities;
    }

    @ProcessElement
    public void process(@Element KV<String, CoGbkResult> joined, MultiOutputReceiver out) {
      ArticleState current = joined.getValue().getOnly(now, null);
      ArticleVersion archived = joined.getValue().getOnly(before, null);
      if (current == null) {
        if (archived.isLive()) {
          out.get(ORPHANED).output(KV.of(archived.article().canonicalCopyId(), archived));
        }
        return;
      }
      boolean wasLive = archived != null && archived.isLive();
      boolean backfill = false;
      if (wasLive && archived.article().equals(current.article())) {
        if (!extractEntities || archived.entitiesVersion() != null) {
          unchanged.inc();
          out.get(LIVE).output(KV.of(joined.getKey(), archived));
          return;
        }
        entitiesMissing.inc();
        backfill = true;
      } else {
        (wasLive ? changed : created).inc();
      }
      int version = archived == null ? 1 : archived.version() + 1;
      boolean sameBody = wasLive && archived.article().bodyText().equals(current.article().bodyText());
      Integer entitiesVersion = sameBody && archived.entitiesVersion() != null ? archived.entitiesVersion()
          : extractEntities ? Integer.valueOf(version) : null;
      ArticleVersion next = new ArticleVersion(current.article(), version, entitiesVersion, null);
      out.get(VERSIONS).output(next);
      for (CopyAssignment a : current.assignments()) {
        out.get(ASSIGNMENTS).output(new AssignmentVersion(a, version));
      }
      if (entitiesVersion != null && entitiesVersion == version) {
        out.get(TO_EXTRACT).output(next);
      }
      if (backfill) {
        out.get(BACKFILLS).output(KV.of(joined.getKey(), version));
      }
      out.get(LIVE).output(KV.of(joined.getKey(), next));
    }
  }

  static final class ArticleOfCopyFn extends DoFn<ArticleState, KV<String, String>> {
    @ProcessElement
    public void process(@Element ArticleState state, OutputReceiver<KV<String, String>> out) {
      for (CopyAssignment a : state.assignments()) {
        out.output(KV.of(a.copyId(), a.articleId()));
      }
    }
  }

  static final class SupersedeFn extends DoFn<KV<String, CoGbkResult>, ArticleVersion> {
    private final TupleTag<ArticleVersion> orphan;
    private final TupleTag<String> holder;
    private final Counter superseded = Metrics.counter(VersionArticles.class, "articles_superseded");

    SupersedeFn(TupleTag<ArticleVersion> orphan, TupleTag<String> holder) {
      this.orphan = orphan;
      this.holder = holder;
    }

    @ProcessElement
    public void process(@Element KV<String, CoGbkResult> joined, OutputReceiver<ArticleVersion> out) {
      String newId = joined.getValue().getOnly(holder, null);
      for (ArticleVersion old : joined.getValue().getAll(orphan)) {
        // Copies are never removed from an archive, so the old canonical copy is always in some article.
        superseded.inc();
        out.output(new ArticleVersion(old.article(), old.version() + 1, old.entitiesVersion(),
            java.util.Objects.requireNonNull(newId, "archived canonical copy " + joined.getKey() + " is in no article")));
      }
    }
  }
}
