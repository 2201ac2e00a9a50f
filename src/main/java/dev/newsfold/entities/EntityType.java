package dev.newsfold.entities;

/** The CoNLL-2003 entity types; declaration order is the tie-break when one name gets several types. */
public enum EntityType {
  PERSON, ORGANIZATION, LOCATION, MISC;

  /** The type a recognizer's tag stands for, or null for tags we do not keep. */
  public static EntityType fromTag(String tag) {
    if (tag == null) {
      return null;
    }
    switch (tag) {
      case "PERSON": case "PER":
        return PERSON;
      case "ORGANIZATION": case "ORG":
        return ORGANIZATION;
      case "LOCATION": case "LOC":
        return LOCATION;
      case "MISC":
        return MISC;
      default:
        return null;
    }
  }
}
