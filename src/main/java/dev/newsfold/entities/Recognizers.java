package dev.newsfold.entities;

/**
 * One CoreNLP recognizer per JVM, loaded on first use: the model takes seconds and 128 MB to load,
 * so a worker loads it once, never per element or bundle. The CRF classifier is safe to share
 * across threads once loaded.
 */
public final class Recognizers {
  private Recognizers() {}

  private static final class Holder {
    static final EntityRecognizer CORENLP = new CoreNlpRecognizer();
  }

  public static EntityRecognizer coreNlp() {
    return Holder.CORENLP;
  }

  /** The job's recognizer: the JVM's shared CoreNLP one. A named class, not a lambda, so that any runner deserializes it. */
  public static final class CoreNlpFactory implements EntityRecognizer.Factory {
    @Override
    public EntityRecognizer create() {
      return coreNlp();
    }
  }
}
