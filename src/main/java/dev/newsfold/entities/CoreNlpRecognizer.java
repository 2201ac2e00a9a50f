package dev.newsfold.entities;

import edu.stanford.nlp.ling.CoreAnnotations;
import edu.stanford.nlp.ling.CoreLabel;
import edu.stanford.nlp.pipeline.CoreDocument;
import edu.stanford.nlp.pipeline.CoreEntityMention;
import edu.stanford.nlp.pipeline.StanfordCoreNLP;
import java.util.ArrayList;
import java.util.List;
import java.util.Properties;

/**
 * Stanford CoreNLP's CRF recognizer with the English conll.4class model, and nothing else of
 * CoreNLP: tokenize, ssplit and ner only; POS, lemmas, SUTime, numeric and fine-grained NER off.
 * The full default pipeline is about 30 times slower and needs a gigabyte of heap.
 */
public final class CoreNlpRecognizer implements EntityRecognizer {
  public static final String MODEL = "edu/stanford/nlp/models/ner/english.conll.4class.distsim.crf.ser.gz";
  private final StanfordCoreNLP pipeline;

  public CoreNlpRecognizer() {
    Properties props = new Properties();
    props.setProperty("annotators", "tokenize,ssplit,ner");
    props.setProperty("ner.model", MODEL);
    props.setProperty("ner.applyNumericClassifiers", "false");
    props.setProperty("ner.useSUTime", "false");
    props.setProperty("ner.applyFineGrained", "false");
    props.setProperty("ner.buildEntityMentions", "true");
    props.setProperty("ner.combinationMode", "NORMAL");
    props.setProperty("enforceRequirements", "false");
    props.setProperty("tokenize.language", "en");
    this.pipeline = new StanfordCoreNLP(props);
  }

  @Override
  public Recognition recognize(String text) {
    CoreDocument document = new CoreDocument(text);
    pipeline.annotate(document);
    int[] sentenceStarts = document.sentences().stream()
        .mapToInt(s -> s.coreMap().get(CoreAnnotations.CharacterOffsetBeginAnnotation.class)).toArray();
    List<RecognizedMention> mentions = new ArrayList<>();
    for (CoreEntityMention mention : document.entityMentions()) {
      EntityType type = EntityType.fromTag(mention.entityType());
      if (type == null || !everyTokenTagged(mention)) {
        continue; // CoreNLP adds pronouns as PERSON mentions; their tokens are tagged O.
      }
      Integer sentence = mention.coreMap().get(CoreAnnotations.SentenceIndexAnnotation.class);
      mentions.add(new RecognizedMention(type, mention.charOffsets().first(), mention.charOffsets().second(),
          sentence == null ? 0 : sentence));
    }
    return new Recognition(mentions, sentenceStarts);
  }

  private static boolean everyTokenTagged(CoreEntityMention mention) {
    for (CoreLabel token : mention.tokens()) {
      String tag = token.ner();
      if (tag == null || tag.equals("O")) {
        return false;
      }
    }
    return true;
  }
}
