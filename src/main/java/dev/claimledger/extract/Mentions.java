package dev.claimledger.extract;

import dev.claimledger.domain.ActorKind;
import dev.claimledger.domain.Names;
import dev.claimledger.extract.Tokens.Tok;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.function.Predicate;

/**
 * The names an article mentions, read over the whole text before any statement is resolved, as a
 * reader who has seen the article once: what kind of actor each is, judged by its words and what
 * the text says around it ("the security firm Lattice Sentinel", "Corvalis Pay, the payments
 * company", "glaciologist Sunniva Rask"), which short forms stand for it ("Rask", "Corvalis"), and
 * where each is mentioned, so that "the company said" can point back to the last company named
 * even when it never spoke. Reading first also makes the result independent of sentence order:
 * the same article always resolves its speakers the same way.
 */
final class Mentions {

  /** A mention of a name: its full name, the kind the text suggests (null if it does not say), where. */
  record Mention(String name, ActorKind kind, int start, Set<String> descriptors) {}

  private static final Set<String> CONNECTORS = Lexicon.union(Lexicon.NAME_PARTICLES, "of", "for", "&");
  private static final Set<String> OUTLET_KINDS = Set.of("newspaper", "daily", "broadcaster", "outlet", "publication",
      "paper", "magazine", "weekly", "tabloid", "website", "channel", "station");

  private static final Set<String> DEMONYM_ENDINGS = Set.of("n", "an", "ian", "i", "ese", "ish");
  private static final Set<String> APPOSITIVE_DETERMINERS = Set.of("a", "an", "the", "its", "their", "our");
  /** Words that end an appositive before its noun: ", the company based in". */
  private static final Set<String> APPOSITIVE_STOPS = Set.of("based", "which", "who", "that", "in", "at", "of", "for",
      "with");
  /** Words after the noun that close an appositive. */
  private static final Set<String> APPOSITIVE_CLOSERS = Set.of("based", "which", "who", "that", "in", "at", "of",
      "with", "for", "and");
  private static final Set<String> ORGANIZATION_NOUNS = Set.of("watchdog", "charity", "nonprofit", "consultancy",
      "think-tank");

  private static final java.util.regex.Pattern SPACES_OR_DASHES = java.util.regex.Pattern.compile("[ -]+");
  private final List<Mention> mentions = new ArrayList<>();
  private final Map<String, String> fullNames = new HashMap<>();
  private final Map<String, ActorKind> kinds = new HashMap<>();
  private final Map<String, Set<String>> descriptors = new HashMap<>();
  private final List<Run> allRuns = new ArrayList<>();
  private final Set<String> words = new HashSet<>();
  private final Set<String> standalone = new HashSet<>();

  private Mentions() {}

  static Mentions scan(List<List<Tok>> sentences) {
    Mentions m = new Mentions();
    List<Run> runs = new ArrayList<>();
    Set<String> standalone = new HashSet<>();
    for (List<Tok> t : sentences) {
      for (int i = 0; i < t.size(); i++) {
        Tok x = t.get(i);
        if (!x.isWord() || !x.capitalized()) continue;
        m.words.add(Tokens.unpossessed(x.text()));
        // "The Directorate confirmed", "A Halvergate spokesman": alone after a capitalised article too.
        boolean alone = (i == 0 || !t.get(i - 1).capitalized() || t.get(i - 1).is("the") || t.get(i - 1).is("a"))
            && (i + 1 >= t.size() || !t.get(i + 1).capitalized());
        if (alone) standalone.add(Names.key(Tokens.unpossessed(x.text())));
      }
      runs.addAll(runs(t));
    }
    Map<String, Integer> priority = new HashMap<>();
    for (Run r : runs) {
      if (r.kind() == null) continue;
      String key = Names.key(r.name());
      if (r.priority() > priority.getOrDefault(key, -1)) {
        m.kinds.put(key, r.kind());
        priority.put(key, r.priority());
      }
      m.descriptors.computeIfAbsent(key, k -> new HashSet<>()).addAll(r.descriptors());
      if (r.expands() != null) m.fullNames.putIfAbsent(key, r.expands());
    }
    m.standalone.addAll(standalone);
    m.allRuns.addAll(runs);
    return m;
  }

  /** Completes what the text left open with what the ledger knows (the kind of an actor named before). */
  void learn(Map<String, Directory.Known> known) {
    for (Run r : allRuns) {
      String key = Names.key(r.name());
      Directory.Known k = known.get(key);
      if (k != null && !kinds.containsKey(key) && r.words().size() > 1) kinds.put(key, k.kind());
    }
    acronyms();
    for (String w : words) {
      // "Ostravia said" where the text also says "Ostravian": a place, not a person named once.
      if (hasDemonym(w)) kinds.putIfAbsent(Names.key(w), ActorKind.STATE);
    }
    // Short forms: a surname for a person, a first word for an organisation when the text uses it alone.
    for (Run r : allRuns) {
      String key = Names.key(r.name());
      ActorKind kind = kinds.get(key);
      if (r.words().size() < 2 || kind == null) continue;
      String first = Tokens.unpossessed(r.words().get(0).text());
      String last = Tokens.unpossessed(r.words().get(r.words().size() - 1).text());
      if (kind == ActorKind.PERSON) fullNames.putIfAbsent(Names.key(last), r.name());
      // "The Directorate" for the Agricultural Chemicals Directorate; but "Scientists" is no short form
      // of the Union of Concerned Scientists: a plural head names no one body.
      else if (kind == ActorKind.ORGANIZATION && standalone.contains(Names.key(last))
          && (r.words().size() == 2 || !last.toLowerCase(Locale.ROOT).endsWith("s"))
          && !Lexicon.NOT_NAMES.contains(last.toLowerCase(Locale.ROOT)) && placeOf(last) == null
          && !GENERIC_HEADS.contains(last.toLowerCase(Locale.ROOT))) {
        fullNames.putIfAbsent(Names.key(last), r.name());  // "Rovers" for Ashmoor Rovers, used alone
      }
      else if (kind == ActorKind.ORGANIZATION && standalone.contains(Names.key(first))
          && !Lexicon.NOT_NAMES.contains(first.toLowerCase(Locale.ROOT)) && placeOf(first) == null
          // "Association of School Leaders" is no "association": a common noun names no one body
          && !GENERIC_HEADS.contains(first.toLowerCase(Locale.ROOT))
          && !Lexicon.BACK_NOUNS.contains(first.toLowerCase(Locale.ROOT))) {
        fullNames.putIfAbsent(Names.key(first), r.name());
      }
      ministryAlias(r, this);
    }
    for (Run r : allRuns) {
      String full = fullNames.getOrDefault(Names.key(r.name()), r.name());
      ActorKind kind = kinds.get(Names.key(full));
      if (kind != null) {
        mentions.add(new Mention(full, kind, r.start(), descriptors.getOrDefault(Names.key(full), Set.of())));
      }
    }
    mentions.sort(java.util.Comparator.comparingInt(Mention::start));  // in text order, for firstAt
  }

  /** The place a demonym the article uses comes from: "Velorian" is "Veloria" when the text names it. */
  private static final Set<String> SPORTS_NOUNS = Set.of("club", "team", "side");
  /** Words of a sports club's name. */
  private static final Set<String> CLUB_WORDS = Set.of("fc", "united", "city", "rovers", "athletic", "wanderers",
      "town", "county", "albion", "rangers", "hotspur", "sporting", "real", "dynamo", "athletico", "atletico", "cf",
      "sc", "ac", "afc", "rfc", "olympique");

  /** Acronyms that name no body. */
  static final Set<String> NOT_BODIES = Set.of("vat", "gdp", "cpi", "ipo", "ceo", "cfo", "coo", "ai", "hiv", "aids",
      "covid", "lng", "etf", "pdf", "usb", "gps", "dna", "rna", "mri", "pcr", "atm", "suv", "ev", "evs", "tv", "it",
      "ok", "us", "usd", "eur", "gbp", "am", "pm", "q1", "q2", "q3", "q4", "faq", "id", "phd", "mp", "mps");

  /** Heads of names too generic to stand for one body alone: "the Council", "the Ministry". */
  private static final Set<String> GENERIC_HEADS = Set.of("council", "ministry", "department", "agency", "board",
      "committee", "commission", "court", "police", "government", "office", "authority", "university", "party",
      "union", "group", "company", "bank", "institute", "league", "association", "service", "services");

  /** Words that make a title another one: a deputy leader is not the leader. */
  private static final Set<String> RANK_WORDS = Set.of("deputy", "vice", "acting", "assistant", "former", "interim",
      "associate");

  /** A one-word name shaped like a country's: Vardania, Kestolia, Norland (not Garcia or Nvidia). */
  private static final java.util.regex.Pattern PLACE_NAME = java.util.regex.Pattern.compile(
      "\\p{Lu}\\p{Ll}{3,}(?:ania|enia|onia|avia|ovia|olia|aria|uria|inia|istan|land)");

  /** Honorifics that are no title of office: "Dr. Amara Osei" is no doctor to look up as "the doctor". */
  private static final Set<String> COURTESY = Set.of("dr", "mr", "mrs", "ms", "prof", "sir", "dame", "doctor");

  /** The prefix of a person's title among the descriptors of a name. */
  private static final String TITLE = "title:";

  /**
   * The one person the text gives a title with {@code role} and, if any are given, one of the
   * {@code qualifiers} ("council leader Harriet Lund" for the leader of Kellsborough City Council); null
   * when none or several.
   */
  String personTitled(String role, Set<String> qualifiers) {
    String found = null;
    for (var e : descriptors.entrySet()) {
      for (String d : e.getValue()) {
        if (!d.startsWith(TITLE)) continue;
        List<String> words = List.of(d.substring(TITLE.length()).split(" "));
        if (!words.contains(role) || !qualifiers.isEmpty() && qualifiers.stream().noneMatch(words::contains)) continue;
        // "the council leader" is not the deputy council leader.
        if (words.stream().anyMatch(w -> RANK_WORDS.contains(w) && !qualifiers.contains(w))) continue;
        String name = fullNames.getOrDefault(e.getKey(), nameOf(e.getKey()));
        if (name == null) continue;
        if (found != null && !Names.key(found).equals(Names.key(name))) return null;
        found = name;
      }
    }
    return found;
  }

  /** Whether the text uses a demonym of {@code name} ("Velorian" for "Veloria", "Dastani" for "Dastan"). */
  private boolean hasDemonym(String name) {
    if (name.length() < 4 || !Character.isUpperCase(name.charAt(0))) return false;
    for (String ending : DEMONYM_ENDINGS) {
      if (words.contains(name + ending)) return true;
    }
    return false;
  }

  String placeOf(String demonym) {
    if (demonym.length() < 5) return null;
    for (int len = demonym.length() - 1; len >= Math.max(4, demonym.length() - 3); len--) {
      String w = demonym.substring(0, len);
      // "Velorian" from "Veloria", "Dastani" from "Dastan"; "Morrison" is no demonym of "Morris".
      if (words.contains(w) && DEMONYM_ENDINGS.contains(demonym.substring(len))) return w;
    }
    return null;
  }

  /** "AIU" is the Athletics Integrity Unit, "WADA" the World Anti-Doping Agency, when the article names them. */
  private void acronyms() {
    Map<String, String> byInitials = new HashMap<>();
    for (Run r : allRuns) {
      if (r.words().size() < 2 || kinds.get(Names.key(r.name())) == null) continue;
      StringBuilder initials = new StringBuilder();
      for (String w : SPACES_OR_DASHES.split(r.name())) {
        if (!w.isEmpty() && Character.isUpperCase(w.charAt(0))) initials.append(w.charAt(0));
      }
      byInitials.putIfAbsent(initials.toString(), r.name());
    }
    for (Run a : allRuns) {
      String acr = a.name();
      if (a.words().size() != 1 || acr.length() < 2 || !acr.equals(acr.toUpperCase(Locale.ROOT))) continue;
      String full = byInitials.get(acr);
      if (full != null) fullNames.putIfAbsent(Names.key(acr), full);
    }
  }

  /** "Velorian Ministry of Defence" is also "the Velorian defence ministry". */
  private static void ministryAlias(Run r, Mentions m) {
    List<Tok> w = r.words();
    for (int i = 0; i + 2 < w.size(); i++) {
      if ((w.get(i).is("ministry") || w.get(i).is("department")) && w.get(i + 1).is("of")) {
        String before = SpeakerPhrases.text(w.subList(0, i));
        String after = SpeakerPhrases.text(w.subList(i + 2, w.size()));
        String alias = (before.isEmpty() ? "" : before + " ") + after + " " + w.get(i).lower();
        m.fullNames.putIfAbsent(Names.key(alias), r.name());
      }
    }
  }

  /** The name as the article spells it, for a name of two words or more whose kind the text tells, or null. */
  String nameOf(String key) {
    if (!kinds.containsKey(key)) return null;
    if (spelled == null) {
      spelled = new HashMap<>();
      for (Run r : allRuns) {
        if (r.words().size() > 1) spelled.putIfAbsent(Names.key(r.name()), r.name());
      }
    }
    return spelled.get(key);
  }

  private Map<String, String> spelled;

  /** The full name a short form or alias stands for ("Rask": "Sunniva Rask"), or null. */
  String fullName(String key) {
    return fullNames.get(key);
  }

  /** The short forms the article uses for a full name. */
  List<String> shortForms(String fullName) {
    List<String> out = new ArrayList<>();
    fullNames.forEach((k, v) -> {
      if (v.equals(fullName) && !k.equals(Names.key(fullName))) out.add(k);
    });
    return out;
  }

  /** The kind the article suggests for a name, or null. */
  ActorKind kindOf(String key) {
    String full = fullNames.get(key);
    return kinds.get(full != null ? Names.key(full) : key);
  }

  /** Every name and short form the article mentions, to look up in the ledger. */
  Set<String> keys() {
    Set<String> out = new HashSet<>(kinds.keySet());
    out.addAll(fullNames.keySet());
    for (Run r : allRuns) out.add(Names.key(r.name()));
    return out;
  }

  /**
   * The last mention before {@code pos} that "the {noun}" can mean: one whose name has the noun,
   * then one the text described with it, then (for a company-like noun) any organisation.
   */
  Mention lastBefore(int pos, String noun, boolean anyOrganization) {
    // By name or by what the article called it ("Brenna Watch, the conservation group"), whichever came last.
    Mention m = last(pos, x -> headed(x.name(), noun) || x.descriptors().contains(noun));
    if (m == null && SPORTS_NOUNS.contains(noun)) {
      // "the club": a body with a club's name ("Ashmoor Rovers", "Kingsmere Athletic"), not the league's panel.
      m = last(pos, x -> x.kind() == ActorKind.ORGANIZATION && java.util.Arrays.stream(Names.key(x.name()).split(" "))
          .anyMatch(CLUB_WORDS::contains));
    }
    if (m == null && anyOrganization) {
      boolean commercial = commercial(noun);
      m = last(pos, x -> x.kind() == ActorKind.ORGANIZATION && !(commercial && (publicBody(x.name())
          || x.descriptors().stream().anyMatch(d -> !commercial(d)))));
    }
    return m;
  }

  /**
   * Whether a name has {@code noun} for its head: "Kellsborough City Council" and "Ministry of
   * Health" are a council and a ministry; "Club Finance Panel" is a panel, not a club.
   */
  static boolean headed(String name, String noun) {
    String[] w = Names.key(name).split(" ");
    if (w[w.length - 1].equals(noun)) return true;
    for (int i = 1; i < w.length; i++) {
      if ((w[i].equals("of") || w[i].equals("for") || w[i].equals("on")) && w[i - 1].equals(noun)) return true;
    }
    return false;
  }

  /** Nouns for a business or a club, which a ministry, board or court is not. */
  private static final Set<String> COMMERCIAL = Set.of("company", "firm", "startup", "insurer", "lender", "carrier",
      "retailer", "manufacturer", "operator", "developer", "maker", "chain", "giant", "club", "team", "side");

  private static boolean commercial(String noun) {
    return COMMERCIAL.contains(noun) || Lexicon.TRADE_NOUNS.contains(noun);
  }

  static boolean publicBody(String name) {
    for (String w : Names.key(name).split(" ")) {
      if (PUBLIC_BODY_WORDS.contains(w)) return true;
    }
    return false;
  }

  /** Words that make a name a public body, a union or a party: not "the company". */
  private static final Set<String> PUBLIC_BODY_WORDS = Set.of("ministry", "board", "agency", "commission",
      "authority", "council", "court", "police", "government", "department", "regulator", "parliament", "league",
      "federation", "organization", "organisation", "office", "bureau", "institute", "university", "mission",
      "union", "party", "association", "society", "foundation", "committee", "alliance", "coalition");

  /** The last person the article mentions before {@code pos}, or null. */
  /** The first organisation or state the text names in [from, to), or null: a sentence's likely subject. */
  Mention firstBodyBetween(int from, int to) {
    for (int i = firstAt(from); i < mentions.size() && mentions.get(i).start() < to; i++) {
      Mention m = mentions.get(i);
      if (m.start() >= from && (m.kind() == ActorKind.ORGANIZATION || m.kind() == ActorKind.STATE)) return m;
    }
    return null;
  }

  /** The last outlet the text names in [from, to), or null. */
  Mention lastOutletBetween(int from, int to) {
    Mention found = null;
    for (int i = firstAt(from); i < mentions.size() && mentions.get(i).start() < to; i++) {
      Mention m = mentions.get(i);
      if (m.start() >= from && m.kind() == ActorKind.MEDIA_OUTLET) found = m;
    }
    return found;
  }

  /** The last {@code n} differently named mentions of a kind before {@code before}, in text order. */
  List<Mention> lastOfKind(ActorKind kind, int before, int n) {
    List<Mention> found = new ArrayList<>();
    Set<String> names = new HashSet<>();
    for (int i = firstAt(before) - 1; i >= 0 && found.size() < n; i--) {
      Mention m = mentions.get(i);
      if (m.kind() == kind && names.add(Names.key(m.name()))) found.add(0, m);
    }
    return found;
  }

  /** The index of the first mention at or after {@code pos} (mentions are in text order), by bisection. */
  private int firstAt(int pos) {
    int lo = 0;
    int hi = mentions.size();
    while (lo < hi) {
      int mid = (lo + hi) >>> 1;
      if (mentions.get(mid).start() < pos) lo = mid + 1;
      else hi = mid;
    }
    return lo;
  }

  Mention lastPersonBefore(int pos, Predicate<String> nameFits) {
    for (int i = mentions.size() - 1; i >= 0; i--) {
      Mention m = mentions.get(i);
      if (m.start() < pos && m.kind() == ActorKind.PERSON && nameFits.test(m.name())) return m;
    }
    return null;
  }

  private Mention last(int pos, Predicate<Mention> fits) {
    for (int i = mentions.size() - 1; i >= 0; i--) {
      Mention m = mentions.get(i);
      if (m.start() < pos && m.kind() != ActorKind.PERSON && fits.test(m)) return m;
    }
    return null;
  }

  // ---- Reading the runs of capitalised words.

  /** A run of capitalised words, the kind its context suggests, and the nouns that describe it. */
  private record Run(List<Tok> words, String name, ActorKind kind, int priority, int start, Set<String> descriptors,
      String expands) {
    Run(List<Tok> words, String name, ActorKind kind, int priority, int start, Set<String> descriptors) {
      this(words, name, kind, priority, start, descriptors, null);
    }
  }

  private static List<Run> runs(List<Tok> t) {
    List<Run> out = new ArrayList<>();
    int i = 0;
    while (i < t.size()) {
      if (!t.get(i).isWord() || !t.get(i).capitalized()) {
        i++;
        continue;
      }
      int s = i;
      int e = i;
      while (e < t.size()) {
        Tok x = t.get(e);
        if (x.isWord() && x.capitalized()) {
          e++;
          // "Estrava's National Cyber Security Centre": the owner is a name of its own.
          if (x.lower().endsWith("'s") && e < t.size() && t.get(e).capitalized()) break;
        } else if (x.is(".") && e > s && Lexicon.HONORIFICS.contains(t.get(e - 1).lower() + ".")) e++;
        else if (CONNECTORS.contains(x.lower()) && e + 1 < t.size() && t.get(e + 1).capitalized() && e > s) e++;
        else if (CONNECTORS.contains(x.lower()) && e + 2 < t.size() && CONNECTORS.contains(t.get(e + 1).lower())
            && t.get(e + 2).capitalized() && e > s) {
          e += 2;  // "Pieter van der Berg", "Maria de la Cruz"
        }
        else if (x.is("and") && e > s && e + 1 < t.size() && t.get(e + 1).capitalized() && oneNameWithAnd(t, s, e)) e++;
        else if ((x.is("'") || x.is("\u2019")) && e > s && t.get(e - 1).lower().endsWith("s") && e + 1 < t.size()
            && (t.get(e + 1).is("and") || t.get(e + 1).capitalized()) && e - 1 >= s) {
          e++;  // "the Teachers' and Lecturers' Union": a plural owner inside the name
        }
        else break;
      }
      Run r = run(t, s, e);
      if (r != null) out.add(r);
      // "the Athletics Integrity Unit (AIU)": the letters in brackets are its short form.
      // "HOLLIN FORD, Dravenia (AP)": a credit after a dateline's place, not Dravenia's initials.
      if (r != null && e + 2 < t.size() && t.get(e).is("(") && t.get(e + 2).is(")") && t.get(e + 1).isWord()
          && t.get(e + 1).text().equals(t.get(e + 1).text().toUpperCase(Locale.ROOT))
          && s >= datelineEnd(t)) {
        out.add(new Run(r.words(), t.get(e + 1).text(), r.kind(), r.priority(), t.get(e + 1).start(), r.descriptors(),
            r.name()));
      }
      i = e;
    }
    return out;
  }

  /**
   * Whether the "and" at {@code and} joins one name, not two: "the Union of Rail and Transport
   * Workers (URTW)" (its initials in brackets), "the Teachers' and Lecturers' Union" (a plural
   * owner before it, a body's noun at the end).
   */
  private static boolean oneNameWithAnd(List<Tok> t, int s, int and) {
    int e = and + 1;
    while (e < t.size() && (t.get(e).isWord() && t.get(e).capitalized()
        || CONNECTORS.contains(t.get(e).lower()) && e + 1 < t.size() && t.get(e + 1).capitalized())) {
      e++;
    }
    if (e + 2 < t.size() && t.get(e).is("(") && t.get(e + 2).is(")")) {
      StringBuilder initials = new StringBuilder();
      for (int k = s; k < e; k++) {
        if (t.get(k).isWord() && t.get(k).capitalized() && !Lexicon.NOT_NAMES.contains(t.get(k).lower())) {
          initials.append(t.get(k).text().charAt(0));
        }
      }
      if (initials.length() >= 3 && initials.toString().equals(t.get(e + 1).text())) return true;
    }
    String before = t.get(and - 1).text();
    if (!(before.equals("'") || before.equals("\u2019"))) return false;
    // The name goes on over a second plural owner to a body's noun: "Lecturers' Union".
    int end = and + 1;
    while (end < t.size() && (t.get(end).isWord() && t.get(end).capitalized() || t.get(end).is("'")
        || t.get(end).is("\u2019"))) {
      end++;
    }
    return end - 1 > and && Lexicon.ORG_WORDS.contains(t.get(end - 1).lower());
  }

  /** Words that join or start another noun phrase: "Helix Supplies and the hospital" describe no one. */
  private static final Set<String> LIST_WORDS = Set.of("and", "or", "nor", "the", "a", "an", "but");

  /** Titles a portfolio or place can stand before: "Health Minister", "Foreign Secretary". */
  static final Set<String> TITLE_HEADS = Set.of("minister", "secretary", "commander", "inspector", "chief",
      "superintendent", "sergeant", "captain", "constable", "officer", "commissioner", "marshal");

  private static Run run(List<Tok> t, int s, int e) {
    // "LUBUMBASHI, March 3 (Reuters) -": a dateline's place in capitals is no body's initials.
    if (s == 0 && e <= datelineEnd(t)) return null;
    // Drop sentence-initial function words and titles: "The", "Dr.", "Prime Minister", "Colonel".
    int from = s;
    boolean titled = false;
    boolean bodyName = e - s >= 2 && Lexicon.ORG_WORDS.contains(Tokens.unpossessed(t.get(e - 1).lower()));
    while (from < e && (Lexicon.NOT_NAMES.contains(t.get(from).lower()) || t.get(from).is(".")
        || (Lexicon.HONORIFICS.contains(t.get(from).lower()) || nounKind(t.get(from).lower()) == ActorKind.PERSON)
        && from + 1 < e && !bodyName
        // "Finance Minister Karl Odegaard": a capitalised portfolio before the title is part of it.
        || from + 2 < e && TITLE_HEADS.contains(t.get(from + 1).lower()))) {
      if (from + 1 < e && TITLE_HEADS.contains(t.get(from + 1).lower())) titled = true;
      // "Glaciologist Sunniva Rask", "Dr. Lior Bensaken": a title, not part of the name
      if (Lexicon.HONORIFICS.contains(t.get(from).lower()) || nounKind(t.get(from).lower()) == ActorKind.PERSON) {
        titled = true;
      }
      from++;
    }
    int to = e;
    while (to > from && !t.get(to - 1).isWord()) to--;
    if (from >= to) return null;
    List<Tok> words = t.subList(from, to);
    if (words.size() == 1 && !words.get(0).text().equals(words.get(0).text().toUpperCase(Locale.ROOT))
        && (Lexicon.ORG_WORDS.contains(words.get(0).lower()) || Lexicon.BACK_NOUNS.contains(words.get(0).lower())
        || Lexicon.MEDIA_WORDS.contains(words.get(0).lower()))) {
      return null;  // "Ministry spokeswoman ...": a common noun that starts the sentence
    }
    String name = Tokens.unpossessed(SpeakerPhrases.text(words));
    boolean sentenceStart = from == firstWord(t);
    Set<String> described = new HashSet<>();
    if (titled) {
      // "Mayor Diane Foster": the title, so "the mayor" can find her, as for "council leader Harriet Lund".
      List<String> title = new ArrayList<>();
      for (Tok w : t.subList(s, from)) {
        if (w.isWord() && !LIST_WORDS.contains(w.lower()) && !COURTESY.contains(w.lower())) {
          title.add(w.lower());
        }
      }
      if (!title.isEmpty()) described.add(TITLE + String.join(" ", title));
    }
    ActorKind kind = ownKind(words);
    // The words before: "the security firm Lattice Sentinel", "glaciologist Sunniva Rask".
    ActorKind before = null;
    if (from > 1 && (t.get(from - 1).is("of") || t.get(from - 1).is("for") || t.get(from - 1).is("at"))
        && t.get(from - 2).isWord() && Lexicon.ROLES.containsKey(t.get(from - 2).lower())
        && FirstNames.of(t.get(from).text()) == FirstNames.Gender.UNKNOWN) {
      before = ActorKind.ORGANIZATION;  // "chief executive of Helix Supplies", "a spokesman for Tarsk"
    } else if (namedKind(t, from) != null) {
      // "a group calling itself Grey Heron", "a company called Velta": "the group" is Grey Heron.
      before = namedKind(t, from);
      described.add(t.get(namedBy(t, from)).lower());
    } else if (from > 0 && t.get(from - 1).isWord() && !t.get(from - 1).capitalized()) {
      String w = t.get(from - 1).lower();
      if (nounKind(w) == ActorKind.PERSON && Lexicon.ROLES.containsKey(w)) {
        // "council leader Harriet Lund": the title, so "the leader of the council" can find her.
        int k = from - 1;
        while (k > 0 && from - k < 3 && t.get(k - 1).isWord() && !t.get(k - 1).capitalized()
            && !Lexicon.NOT_NAMES.contains(t.get(k - 1).lower()) && !Lexicon.VERBS.containsKey(t.get(k - 1).lower())) {
          k--;
        }
        if (k > 0 && RANK_WORDS.contains(t.get(k - 1).lower())) k--;  // "Deputy council leader Joseph Adeyemi"
        described.add(TITLE + SpeakerPhrases.text(t.subList(k, from)).toLowerCase(Locale.ROOT));
      }
      before = w.equals("agency") && from > 1 && t.get(from - 2).is("news") ? ActorKind.MEDIA_OUTLET : nounKind(w);
      if (before != null && before != ActorKind.PERSON) described.add(w);
    } else if (from > 1 && t.get(from - 1).is(",") && t.get(from - 2).isWord() && !t.get(from - 2).capitalized()) {
      // "The company, Brightline Rail, said": the noun before the comma.
      String w = t.get(from - 2).lower();
      ActorKind n = nounKind(w);
      if (n != null && n != ActorKind.PERSON) {
        before = n;
        described.add(w);
      }
    }
    // The words after: "Corvalis Pay, the mobile payments company", "Dana Okafor, a researcher".
    ActorKind after = null;
    if (to + 1 < t.size() && t.get(to).is(",") && (APPOSITIVE_DETERMINERS.contains(t.get(to + 1).lower()) || nounKind(t.get(to + 1).lower()) != null)) {
      for (int k = to + 1; k < Math.min(t.size(), to + 8); k++) {
        Tok x = t.get(k);
        if (!x.isWord() || APPOSITIVE_STOPS.contains(x.lower())
            || Lexicon.VERBS.containsKey(x.lower())) {
          break;
        }
        ActorKind n = x.capitalized() ? null : nounKind(x.lower());
        // The noun must close the appositive: ", the payments company based in", not ", the ministry said".
        boolean closes = k + 1 >= t.size() || !t.get(k + 1).isWord()
            || APPOSITIVE_CLOSERS.contains(t.get(k + 1).lower());
        if (n != null && closes) {
          after = n;
          if (n != ActorKind.PERSON) described.add(x.lower());
        }
      }
      if (to + 1 < t.size() && t.get(to + 1).is("who")) after = ActorKind.PERSON;
    }
    // "The Red Meridian aid group": lower-case words right after the name that end in a kind noun.
    if (before == null && to - from >= 2 && to + 1 < t.size() && !t.get(to).capitalized() && t.get(to).isWord()) {
      for (int k = to; k < Math.min(t.size(), to + 3); k++) {
        if (!t.get(k).isWord() || t.get(k).capitalized() || Lexicon.VERBS.containsKey(t.get(k).lower())
            || Lexicon.PRE_CUE.contains(t.get(k).lower()) || LIST_WORDS.contains(t.get(k).lower())) {
          break;  // "Mary Jones said the company would appeal": past the verb is another phrase
        }
        ActorKind n = nounKind(t.get(k).lower());
        boolean ends = k + 1 >= t.size() || !t.get(k + 1).isWord() || Lexicon.VERBS.containsKey(t.get(k + 1).lower())
            || Lexicon.PRE_CUE.contains(t.get(k + 1).lower());
        if (n != null && n != ActorKind.PERSON && ends && k > to) {
          before = n;
          described.add(t.get(k).lower());
          break;
        }
      }
    }
    // What the text says around a name outweighs what its words suggest ("the security firm Lattice Sentinel").
    int priority = 0;
    if ((titled || before != null) && !(kind != null && (titled || before == ActorKind.PERSON))) {
      // "glaciologist Sunniva Rask", "the security firm Lattice Sentinel"; but "the reigning champion
      // Westbrook City" keeps the kind its own words give it.
      kind = titled ? ActorKind.PERSON : before;
      priority = 3;
    } else if (kind != null && kind != ActorKind.MEDIA_OUTLET) {
      priority = 2;
    } else if (after != null) {
      kind = after;
      priority = 2;
    } else if (kind != null) {
      priority = 1;
    }
    if (kind == null && before == null && after == null && FirstNames.of(name) == FirstNames.Gender.UNKNOWN
        && !SpeakerPhrases.PORTFOLIOS.contains(name.toLowerCase(Locale.ROOT))) {
      // "Vaxgen chief executive Lena Ruiz": a name, then a title and a person, is the person's body.
      int k = to;
      while (k < t.size() && k - to < 3 && t.get(k).isWord() && !t.get(k).capitalized()
          && nounKind(t.get(k).lower()) == ActorKind.PERSON) {
        k++;
      }
      if (k > to && k < t.size() && t.get(k).capitalized() && t.get(k).isWord()
          && Lexicon.ROLES.containsKey(t.get(k - 1).lower())) {
        kind = ActorKind.ORGANIZATION;
        priority = 2;
      }
    }
    if (kind == null && words.size() == 1 && sentenceStart) return null;
    if (kind == null && words.size() >= 2 && words.size() <= 3 && to < t.size()
        && Lexicon.VERBS.containsKey(t.get(to).lower())) {
      kind = ActorKind.PERSON;  // "Mirela Dobrescu said": two or three plain names that speak.
    }
    return new Run(words, name, kind, priority, t.get(from).start(), described);
  }

  /**
   * Where the dateline that opens a sentence ends ("HOLLIN FORD, Dravenia (AP) —": at the bracket),
   * or -1: a place in capitals, a comma, and within a few words a bracket or a dash. "NASA, the
   * space agency, said" has none.
   */
  private static int datelineEnd(List<Tok> t) {
    int comma = 0;
    while (comma < t.size() && comma < 4 && t.get(comma).isWord() && t.get(comma).text().length() > 1
        && t.get(comma).text().equals(t.get(comma).text().toUpperCase(Locale.ROOT))) {
      comma++;
    }
    if (comma == 0 || comma >= t.size() || !t.get(comma).is(",")) return -1;
    for (int k = comma + 1; k < t.size() && k <= comma + 8; k++) {
      Tok x = t.get(k);
      if (x.is("(") || x.is("-") || x.is("\u2014") || x.is("\u2013")) return k;
    }
    return -1;
  }

  private static int firstWord(List<Tok> t) {
    int i = 0;
    while (i < t.size() && !t.get(i).isWord()) i++;
    return i;
  }

  /** The kind a name's own words mark: an outlet, an organisation, a state. */
  private static ActorKind ownKind(List<Tok> words) {
    if (words.stream().anyMatch(x -> Lexicon.MEDIA_WORDS.contains(x.lower()))) return ActorKind.MEDIA_OUTLET;
    if (words.stream().anyMatch(x -> Lexicon.ORG_WORDS.contains(Tokens.unpossessed(x.lower())))) {
      return ActorKind.ORGANIZATION;
    }
    if (Lexicon.STATE_BY_KEY.containsKey(Names.key(SpeakerPhrases.text(words)))) return ActorKind.STATE;
    if (words.size() == 1 && PLACE_NAME.matcher(words.get(0).text()).matches() && !FirstNames.listed(words.get(0).text())) {
      return ActorKind.STATE;  // "Vardania said its troops ...": a country's name, not a woman's
    }
    if (words.size() >= 3 && words.get(0).lower().endsWith("s") && words.get(0).lower().length() > 4
        && words.stream().anyMatch(x -> x.is("for") || x.is("against") || x.is("without"))
        && words.stream().noneMatch(x -> FirstNames.listed(x.text()))) {  // not "Lawyers for Anna Berg"
      return ActorKind.ORGANIZATION;  // "Physicians for Safer Farming", "Mothers Against Drunk Driving"
    }
    if (words.size() == 1 && words.get(0).text().length() > 1
        && words.get(0).text().equals(words.get(0).text().toUpperCase(Locale.ROOT))
        && !NOT_BODIES.contains(words.get(0).lower())) {
      return ActorKind.ORGANIZATION;  // an acronym: "VNA", "NASA"; not "VAT" or "GDP"
    }
    return null;
  }

  /** The kind of body {@link #namedBy} names, or null when there is none or it names a person. */
  private static ActorKind namedKind(List<Tok> t, int from) {
    int noun = namedBy(t, from);
    ActorKind kind = noun > 0 ? nounKind(t.get(noun).lower()) : null;
    return kind == ActorKind.PERSON ? null : kind;
  }

  /**
   * Where the noun of "a group calling itself X", "a company called X", "a militia known as X" is,
   * for the name starting at {@code from}; -1 when no such words come before it.
   */
  private static int namedBy(List<Tok> t, int from) {
    int k = from - 1;
    if (k >= 1 && t.get(k).is("itself") && (t.get(k - 1).is("calling") || t.get(k - 1).is("styling"))) k -= 2;
    else if (k >= 1 && t.get(k).is("as") && t.get(k - 1).is("known")) k -= 2;
    else if (k >= 0 && (t.get(k).is("called") || t.get(k).is("named"))) k -= 1;
    else return -1;
    return k >= 1 && t.get(k).isWord() && !t.get(k).capitalized()
        && (t.get(k - 1).is("a") || t.get(k - 1).is("an") || t.get(k - 1).is("the")) ? k : -1;
  }

  /** The kind a common noun next to a name gives it: "firm" an organisation, "glaciologist" a person. */
  static ActorKind nounKind(String w) {
    if (OUTLET_KINDS.contains(w)) return ActorKind.MEDIA_OUTLET;
    if (Lexicon.ROLES.containsKey(w) || Lexicon.HONORIFICS.contains(w) || w.endsWith("ologist")) {
      return ActorKind.PERSON;
    }
    if (Lexicon.BACK_NOUNS.contains(w) || ORGANIZATION_NOUNS.contains(w)) {
      return ActorKind.ORGANIZATION;
    }
    return null;
  }
}
