package dev.newsfold.entities;

/** Finds named-entity mentions in a text. Ours wraps CoreNLP; another recognizer plugs in here. */
public interface EntityRecognizer {
  Recognition recognize(String text);

  /**
   * Makes the recognizer a worker uses. It travels with the pipeline to the workers (so it is
   * serializable), and each worker calls it once, so a factory can hand out a shared, costly model.
   */
  @FunctionalInterface
  interface Factory extends java.io.Serializable {
    EntityRecognizer create();
  }
}
