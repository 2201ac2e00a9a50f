package dev.newsfold.entities;


/** Finds named-entity mentions in a text. Ours wraps CoreNLP; another recognizer plugs in here. */
public interface EntityRecognizer {
  Recognition recognize(String text);
}
