package dev.newsfold.collapse;

import dev.newsfold.coders.FieldInput;
import dev.newsfold.coders.FieldOutput;
import dev.newsfold.coders.PlacementCoder;
import dev.newsfold.coders.RecordCoder;
import dev.newsfold.join.OnePassCoGroup;
import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import org.apache.beam.sdk.transforms.DoFn;
import org.apache.beam.sdk.transforms.GroupByKey;
import org.apache.beam.sdk.transforms.PTransform;
import org.apache.beam.sdk.transforms.ParDo;
import org.apache.beam.sdk.transforms.join.KeyedPCollectionTuple;
import org.apache.beam.sdk.transforms.join.RawUnionValue;
import org.apache.beam.sdk.values.KV;
import org.apache.beam.sdk.values.PCollection;
import org.apache.beam.sdk.values.PCollectionTuple;
import org.apache.beam.sdk.values.TupleTag;

/**
 * Gives every copy its assignment: representatives keep their placement, exact duplicates follow
 * their representative, and the match rule is decided once the article's members are all known. A
 * representative named in RECURRENCES passes its body's recurrence date to its duplicates.
 */
public final class AssignCopies extends PTransform<PCollectionTuple, PCollection<CopyAssignment>> {
  public static final TupleTag<KV<String, Placement>> PLACEMENTS = new TupleTag<>() {};
  public static final TupleTag<KV<String, String>> DUPLICATES = new TupleTag<>() {};
  public static final TupleTag<KV<String, String>> RECURRENCES = new TupleTag<>() {};

  /** A member of an article before its rule is known. */
  record Member(String copyId, Placement placement, boolean sameBodyAsCentre, String bodyRecursFrom) implements java.io.Serializable {}

  /** A member as its copy id, placement, flag and recurrence date (see {@link RecordCoder}). */
  static final class MemberCoder extends RecordCoder<Member> {
    @Override
    public void write(Member value, FieldOutput out) throws IOException {
      out.string(value.copyId());
      out.nullable(value.placement(), PlacementCoder.of());
      out.bool(value.sameBodyAsCentre());
      out.string(value.bodyRecursFrom());
    }

    @Override
    public Member read(FieldInput in) throws IOException {
      return new Member(in.string(), in.nullable(PlacementCoder.of()), in.bool(), in.string());
    }
  }

  /** Positions in the join of {@link #expand}: a representative's placement, its exact duplicates, its recurrence. */
  private static final int PLACEMENT = 0;
  private static final int DUPLICATE = 1;
  private static final int RECURRENCE = 2;

  @Override
  public PCollection<CopyAssignment> expand(PCollectionTuple input) {
    return KeyedPCollectionTuple.of(new TupleTag<Placement>(), input.get(PLACEMENTS))
        .and(new TupleTag<String>(), input.get(DUPLICATES))
        .and(new TupleTag<String>(), input.get(RECURRENCES))
        .apply("JoinDuplicates", OnePassCoGroup.create())
        .apply("MembersByArticle", ParDo.of(new MembersFn()))
        .setCoder(org.apache.beam.sdk.coders.KvCoder.of(org.apache.beam.sdk.coders.StringUtf8Coder.of(),
            new MemberCoder()))
        .apply("GroupArticles", GroupByKey.create())
        .apply("DecideRules", ParDo.of(new RulesFn()));
  }

  /**
   * A representative and its exact duplicates as members of its article. The group is read once (see {@link
   * OnePassCoGroup}); its duplicates' ids wait until its placement and recurrence are known, as the article's
   * members all wait in {@link RulesFn}.
   */
  static final class MembersFn extends DoFn<KV<String, Iterable<RawUnionValue>>, KV<String, Member>> {
    @ProcessElement
    public void process(@Element KV<String, Iterable<RawUnionValue>> joined, OutputReceiver<KV<String, Member>> out) {
      Placement p = null;
      String recursFrom = null;
      List<String> duplicates = new ArrayList<>();
      for (RawUnionValue value : joined.getValue()) {
        switch (value.getUnionTag()) {
          case PLACEMENT -> p = only(p, (Placement) value.getValue(), "placement", joined.getKey());
          case DUPLICATE -> duplicates.add((String) value.getValue());
          case RECURRENCE -> recursFrom = only(recursFrom, (String) value.getValue(), "recurrence", joined.getKey());
          default -> throw new IllegalStateException("unknown union tag " + value.getUnionTag());
        }
      }
      if (p == null) {
        throw new IllegalStateException("copy " + joined.getKey() + " has exact duplicates or a recurrence but no placement");
      }
      out.output(KV.of(p.articleId(), new Member(joined.getKey(), p, false, recursFrom)));
      for (String dup : duplicates) {
        out.output(KV.of(p.articleId(), new Member(dup, p, joined.getKey().equals(p.centreCopyId()), recursFrom)));
      }
    }

    private static <T> T only(T before, T value, String what, String copyId) {
      if (before != null) {
        throw new IllegalStateException("copy " + copyId + " has more than one " + what);
      }
      return value;
    }
  }

  static final class RulesFn extends DoFn<KV<String, Iterable<Member>>, CopyAssignment> {
    @ProcessElement
    public void process(@Element KV<String, Iterable<Member>> article, OutputReceiver<CopyAssignment> out) {
      List<Member> members = new ArrayList<>();
      article.getValue().forEach(members::add);
      for (Member m : members) {
        Placement p = m.placement();
        boolean canonical = m.copyId().equals(p.centreCopyId());
        MatchRule rule = members.size() == 1 ? MatchRule.ALONE
            : canonical ? MatchRule.CANONICAL
            : m.sameBodyAsCentre() ? MatchRule.EXACT
            : p.rule();
        out.output(new CopyAssignment(m.copyId(), p.articleId(), p.centreCopyId(), rule, p.jaccard(), p.containment(),
            m.bodyRecursFrom()));
      }
    }
  }
}
