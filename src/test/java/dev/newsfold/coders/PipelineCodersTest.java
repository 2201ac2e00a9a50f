package dev.newsfold.coders;

import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.newsfold.NewsfoldOptions;
import dev.newsfold.NewsfoldPipeline;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import org.apache.beam.sdk.Pipeline;
import org.apache.beam.sdk.coders.Coder;
import org.apache.beam.sdk.coders.SerializableCoder;
import org.apache.beam.sdk.options.PipelineOptionsFactory;
import org.apache.beam.sdk.runners.TransformHierarchy;
import org.apache.beam.sdk.values.PCollection;
import org.apache.beam.sdk.values.PValue;
import org.junit.jupiter.api.Test;

/**
 * No element of the job is Java-serialized: every PCollection of the whole pipeline (an incremental run with
 * entities, so that every branch is built) has a coder made for its type, not {@link SerializableCoder}.
 */
class PipelineCodersTest {

  @Test
  void noCollectionOfTheJobIsJavaSerialized() {
    NewsfoldOptions options = PipelineOptionsFactory.fromArgs("--input=/nonexistent", "--extractEntities=true")
        .as(NewsfoldOptions.class);
    Pipeline pipeline = Pipeline.create(options);
    NewsfoldPipeline.buildPipeline(pipeline, options, "/nonexistent/tables", "/nonexistent/archive");
    Set<String> javaSerialized = new TreeSet<>();
    pipeline.traverseTopologically(new Pipeline.PipelineVisitor.Defaults() {
      @Override
      public void visitValue(PValue value, TransformHierarchy.Node producer) {
        if (value instanceof PCollection<?> collection && javaSerialized(collection.getCoder())) {
          javaSerialized.add(producer.getFullName() + ": " + collection.getCoder());
        }
      }
    });
    assertEquals(Set.of(), javaSerialized);
  }

  private static boolean javaSerialized(Coder<?> coder) {
    if (coder instanceof SerializableCoder<?>) {
      return true;
    }
    List<? extends Coder<?>> components = coder.getCoderArguments();
    return components != null && components.stream().anyMatch(PipelineCodersTest::javaSerialized);
  }
}
