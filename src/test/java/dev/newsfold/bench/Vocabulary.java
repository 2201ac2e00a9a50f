package dev.newsfold.bench;

import java.util.Locale;

/**
 * Word lists for synthetic stories. Names and places are invented (places are built from a prefix
 * and a suffix, so there are hundreds); the lists are large enough that two stories drawn from
 * them share almost no four-word sequence. Some words carry British spellings on purpose, so
 * that the spelling edit has something to change. No word here may trigger a boilerplate rule
 * (no cookies, newsletters, subscriptions, donations, photos, shares).
 */
final class Vocabulary {
  private Vocabulary() {}

  static final String[] FIRST = {"Amara", "Ben", "Carla", "Dmitri", "Elena", "Farid", "Grace", "Hugo", "Ines", "Jonas",
      "Keiko", "Liam", "Maya", "Nikolai", "Olga", "Pavel", "Quinn", "Rosa", "Samir", "Tomas", "Uma", "Victor", "Wren",
      "Ximena", "Yusuf", "Zara", "Anton", "Bianca", "Cormac", "Delia", "Emil", "Freya", "Gustavo", "Hana", "Ivo",
      "Jana", "Kofi", "Lotte", "Marek", "Nadia", "Oskar", "Priya", "Rafael", "Sigrid", "Tariq", "Ursula", "Vera", "Wim",
      "Yara", "Zoltan", "Adele", "Bruno", "Cecile", "Declan", "Esme", "Felix", "Greta", "Hamid", "Ilse", "Joaquin"};
  static final String[] LAST = {"Abbott", "Brandt", "Castillo", "Dunmore", "Eriksen", "Fairley", "Galloway",
      "Hartmann", "Iqbal", "Jovanovic", "Kowalski", "Lindgren", "Moreau", "Nakamura", "Okafor", "Petrov", "Quigley",
      "Rasmussen", "Santoro", "Thorne", "Ulrich", "Varga", "Whitlock", "Yilmaz", "Zielinski", "Achebe", "Bellamy",
      "Crowther", "Delacroix", "Esposito", "Ferreira", "Gallagher", "Haddad", "Ibsen", "Jaramillo", "Kovacs", "Laine",
      "Mbeki", "Novak", "Oyelaran", "Pardo", "Quintero", "Rahimi", "Sorensen", "Takahashi", "Uribe", "Vasquez",
      "Wojcik", "Xavier", "Yeboah", "Zeller", "Ashdown", "Bertrand", "Caruso", "Dalgaard", "Engstrom", "Fontaine",
      "Grimaldi", "Holloway", "Inglis", "Juhasz", "Kinsella", "Lombardi", "Marchetti", "Nyberg", "Ostrowski"};
  static final String[] PLACE_HEAD = {"Ash", "Bram", "Cold", "Dun", "Elm", "Fern", "Glen", "Hol", "Ives", "Kirk",
      "Lang", "Mar", "Nor", "Oak", "Pen", "Ross", "Stan", "Thorn", "Wel", "West", "Brook", "Castle", "Hazel", "Lyn",
      "Mill", "Red", "Stone", "Wick", "Bar", "Sel"};
  static final String[] PLACE_TAIL = {"ford", "ton", "bury", "wick", "mouth", "field", "ham", "stead", "bridge",
      "dale", "port", "more", "by", "well", "haven", "chester"};
  static final String[] ORG_TYPES = {"District Council", "Port Authority", "Chamber of Commerce", "Hospital Trust",
      "Water Board", "Rail Company", "Farmers' Union", "Teachers' Association", "Fire and Rescue Service",
      "Housing Association", "University", "Energy Cooperative", "Transport Authority", "Museum Trust",
      "Fishermen's Cooperative", "Ambulance Service", "Planning Committee", "Tenants' Association", "Wildlife Trust",
      "Harbour Board", "Bus Company", "Nurses' Union", "Retail Consortium", "Arts Council", "Civic Society",
      "Dairy Cooperative", "Airport Operator", "Library Service", "Labour Council", "Ferry Company"};
  static final String[] ROLES = {"chair", "chief executive", "spokeswoman", "spokesman", "director", "treasurer",
      "deputy leader", "secretary", "general manager", "president", "founder", "lead engineer", "finance director",
      "board member", "operations chief", "senior planner", "union representative", "trustee", "campaign coordinator",
      "head of services"};
  /** Topics: the things a story is about, singular noun phrases. */
  static final String[][] TOPICS = {
      {"flood barrier", "river wall", "pumping station", "drainage scheme", "flood defence programme"},
      {"bus route", "night timetable", "depot", "fare structure", "park-and-ride centre"},
      {"maternity ward", "waiting list", "walk-in clinic", "nursing rota", "ambulance station"},
      {"container terminal", "harbour wall", "dredging contract", "berth extension", "customs shed"},
      {"wind farm", "substation", "grid connection", "turbine blade", "battery store"},
      {"secondary school", "sixth-form centre", "catchment area", "exam timetable", "sports hall"},
      {"housing estate", "tower block", "rent freeze", "building licence", "tenancy register"},
      {"fishing quota", "trawler fleet", "fish market", "processing plant", "landing fee"},
      {"rail viaduct", "signal box", "level crossing", "branch line", "freight yard"},
      {"dairy herd", "milk price", "grazing licence", "cheese plant", "feed subsidy"},
      {"museum wing", "restoration programme", "painted ceiling", "archive store", "visitor centre"},
      {"airport runway", "terminal building", "night-flight ban", "noise monitor", "cargo apron"},
      {"water main", "reservoir", "treatment works", "leak survey", "hosepipe ban"},
      {"shopping arcade", "market hall", "parking charge", "high-street grant", "trading licence"},
      {"recycling plant", "landfill site", "waste contract", "collection round", "compost yard"},
      {"coastal path", "sea wall", "beach hut", "lifeguard station", "erosion survey"},
      {"police station", "patrol car", "speed camera", "control room", "custody suite"},
      {"football ground", "training pitch", "stadium roof", "youth academy", "season ticket"},
      {"steelworks", "blast furnace", "pension fund", "redundancy package", "apprenticeship programme"},
      {"tram line", "cycle lane", "bridge deck", "toll booth", "traffic model"}};
  static final String[] ADJECTIVES = {"temporary", "permanent", "regional", "outdated", "expensive", "ambitious",
      "controversial", "delayed", "revised", "independent", "long-awaited", "emergency", "seasonal", "annual",
      "former", "interim", "cautious", "unexpected", "modest", "substantial", "narrow", "crowded", "disused",
      "flooded", "rural", "coastal", "northern", "southern", "eastern", "western", "municipal", "private", "joint",
      "formal", "separate", "second", "overdue", "underfunded", "popular", "fragile", "costly", "scaled-back",
      "grey", "colourful", "rebuilt", "shared", "automated", "refurbished", "part-time", "cross-border", "historic",
      "unfinished", "redesigned", "provisional", "experimental", "oversubscribed", "neglected", "heated", "bitter"};
  /** Verbs as {base, past}. */
  static final String[][] VERBS = {{"approve", "approved"}, {"reject", "rejected"}, {"postpone", "postponed"},
      {"announce", "announced"}, {"criticise", "criticised"}, {"defend", "defended"}, {"propose", "proposed"},
      {"question", "questioned"}, {"welcome", "welcomed"}, {"oppose", "opposed"}, {"confirm", "confirmed"},
      {"delay", "delayed"}, {"extend", "extended"}, {"review", "reviewed"}, {"suspend", "suspended"},
      {"launch", "launched"}, {"complete", "completed"}, {"organise", "organised"}, {"recognise", "recognised"},
      {"finalise", "finalised"}, {"inspect", "inspected"}, {"fund", "funded"}, {"cancel", "cancelled"},
      {"demolish", "demolished"}, {"reopen", "reopened"}, {"expand", "expanded"}, {"reduce", "reduced"},
      {"double", "doubled"}, {"halve", "halved"}, {"challenge", "challenged"}, {"audit", "audited"},
      {"scrap", "scrapped"}, {"revive", "revived"}, {"overhaul", "overhauled"}, {"block", "blocked"},
      {"endorse", "endorsed"}, {"publish", "published"}, {"relocate", "relocated"}, {"underwrite", "underwrote"},
      {"prioritise", "prioritised"}, {"analyse", "analysed"}, {"renegotiate", "renegotiated"}, {"rename", "renamed"}};
  static final String[] PLURALS = {"residents", "workers", "families", "traders", "councillors", "engineers",
      "inspectors", "farmers", "students", "passengers", "drivers", "volunteers", "shareholders", "tenants", "patients",
      "pupils", "visitors", "fishermen", "contractors", "officials", "neighbours", "commuters", "pensioners",
      "apprentices", "surveyors", "landlords", "nurses", "cyclists", "campaigners", "auditors", "firefighters",
      "dockers", "growers", "lorry drivers", "shopkeepers", "governors", "parents", "lifeguards", "walkers", "builders"};
  static final String[] PARTICIPLES = {"leaving", "prompting", "raising", "forcing", "ending", "reviving",
      "threatening", "delaying", "freeing", "angering", "easing", "complicating", "costing", "saving", "dividing"};
  static final String[] EVENTS = {"public inquiry", "budget vote", "spring election", "safety review",
      "winter storm", "court hearing", "council meeting", "funding round", "labour dispute", "heatwave",
      "consultation", "ministerial visit", "tender process", "annual audit", "harvest", "summer season"};
  static final String[] LANDMARKS = {"old town hall", "railway station", "cathedral square", "quayside", "bypass",
      "industrial estate", "market cross", "leisure centre", "ring road", "lighthouse", "county court", "riverbank",
      "community centre", "retail park", "war memorial", "lido", "allotments", "canal basin", "cattle market"};
  static final String[] SPEECH = {"said", "told reporters", "said in a statement", "told a meeting", "added",
      "wrote in a letter", "told local radio", "said on social media", "insisted", "warned", "argued", "conceded"};
  static final String[] FEELINGS = {"disappointed", "relieved", "delighted", "frustrated", "encouraged", "worried",
      "surprised", "confident", "angry", "hopeful", "sceptical", "grateful"};
  static final String[] WEEKDAYS = {"Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday"};
  static final String[] MONTHS = {"January", "February", "March", "April", "May", "June", "July", "August",
      "September", "October", "November", "December"};
  static final String[] MONTHS_SHORT = {"Jan", "Feb", "March", "April", "May", "June", "July", "Aug", "Sept", "Oct",
      "Nov", "Dec"};
  static final String[] AGENCIES = {"Reuters", "AFP", "AP", "PA", "dpa"};

  static String place(Rng r) {
    return r.pick(PLACE_HEAD) + r.pick(PLACE_TAIL);
  }

  static String person(Rng r) {
    return r.pick(FIRST) + " " + r.pick(LAST);
  }

  static String number(Rng r) {
    int magnitude = r.weighted(3, 4, 3, 1);
    int n = switch (magnitude) {
      case 0 -> r.between(3, 60);
      case 1 -> r.between(61, 900);
      case 2 -> r.between(901, 9800);
      default -> r.between(9801, 240000);
    };
    return String.format(Locale.ROOT, "%,d", n);
  }

  static String money(Rng r, String currency) {
    return switch (r.nextInt(3)) {
      case 0 -> currency + r.between(2, 95) + "." + r.nextInt(10) + "m";
      case 1 -> currency + String.format(Locale.ROOT, "%,d", r.between(12, 950) * 1000);
      default -> currency + r.between(1, 9) + "." + r.nextInt(10) + "bn";
    };
  }

  static String percent(Rng r) {
    return r.between(1, 38) + "." + r.nextInt(10) + "%";
  }

  static String capitalise(String s) {
    return s.isEmpty() ? s : Character.toUpperCase(s.charAt(0)) + s.substring(1);
  }

  /** Third person present of a base verb, for headlines. */
  static String present(String base) {
    if (base.endsWith("sh") || base.endsWith("ch") || base.endsWith("s") || base.endsWith("x")) {
      return base + "es";
    }
    return base + "s";
  }
}
