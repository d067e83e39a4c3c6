package dev.claimledger.extract;

import dev.claimledger.domain.ActorKind;
import dev.claimledger.domain.AffiliationRole;
import dev.claimledger.domain.Names;
import dev.claimledger.extract.Tokens.Tok;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Reads a speaker phrase ("Russian Foreign Ministry spokeswoman Maria Zakharova", "the United
 * States, South Korea and Japan", "Artyom Lukin of Far Eastern Federal University", "she", "the
 * ministry", "three people familiar with the matter") into speakers: known actors first, then
 * what the words say about a new one. Pronouns and "the ministry" point back to speakers named
 * before in the same article.
 */
final class SpeakerPhrases {

  /** Words before a title that belong to it, not a body: "Health Minister", "Opposition lawmaker". */
  static final Set<String> PORTFOLIOS = Set.of("opposition", "federal", "regional", "veteran", "senior", "junior",
      "former", "independent", "health", "finance", "foreign", "defence", "defense",
      "interior", "justice", "education", "transport", "energy", "environment", "economy", "trade", "agriculture",
      "labour", "labor", "home", "culture", "sports", "sport", "housing", "treasury", "industry", "tourism",
      "infrastructure", "digital", "climate", "fisheries", "security", "state", "economic", "social", "welfare");

  /** Publications of research whose findings are attributed to who made or published them. */
  private static final Set<String> STUDIES = Set.of("study", "report", "survey", "analysis", "paper", "review",
      "audit", "assessment", "research", "studies", "reports", "poll");

  /** Documents that speak for whoever issued them: "a statement from the ministry said". */
  private static final Set<String> DOCUMENTS = Set.of("statement", "letter", "release", "memo", "notice", "post",
      "filing", "communique", "communiqué", "email", "e-mail", "bulletin", "advisory", "circular");

  private static final Set<String> DETERMINERS = Set.of("the", "a", "an", "both", "some", "several", "many",
      "two", "three", "four", "five", "six", "seven", "eight", "nine", "ten", "other", "unnamed", "anonymous",
      "its", "his", "her", "their", "our", "multiple", "various", "numerous", "dozens", "hundreds", "of", "most",
      "all", "few", "a few", "one", "these", "those", "such", "another", "senior", "top", "independent", "outside",
      "state-run", "state", "official", "local", "leading", "prominent", "former");
  private static final Set<String> STATE_DESCRIPTORS = Set.of("state-run", "state", "official", "news", "agency",
      "local", "national", "daily", "newspaper", "broadcaster", "public", "independent", "online", "weekly");

  /** Verbs of "... by" that put a speaker behind a phrase: "the team, led by". */
  private static final List<String> LEAD_VERBS = List.of("led", "headed", "chaired", "run", "commissioned",
      "conducted");
  private static final Set<String> ORG_PREPOSITIONS = Set.of("at", "of", "from", "with", "in");
  private static final Set<String> APPOSITIVE_LINKS = Set.of("of", "at", "in", "for", "with", "based", "from");
  private static final Set<String> OUTLET_NOUNS = Set.of("newspaper", "broadcaster", "outlet", "publication",
      "paper");
  private static final Set<String> AGENCY_WORDS = Set.of("news", "agency", "newspaper", "daily", "broadcaster",
      "weekly");
  /** Lower-case words allowed inside a name ("Ministry of Health"). */
  private static final Set<String> NAME_PARTICLES = Lexicon.union(Lexicon.NAME_PARTICLES, "of", "for", "and");
  private static final Set<String> NAME_CONNECTORS = Lexicon.union(NAME_PARTICLES, "the", "&");

  private static final java.util.regex.Pattern LEADING_THE = java.util.regex.Pattern.compile("^[Tt]he ");
  private static final java.util.regex.Pattern HYPHENATED = java.util.regex.Pattern.compile("[a-z]+-[a-z]+");
  private static final java.util.regex.Pattern DIGITS = java.util.regex.Pattern.compile("\\d+");
  private final Map<String, Directory.Known> known;
  private final Map<String, List<String>> gazetteer = new HashMap<>();
  private final Map<String, String> demonyms = new HashMap<>();
  /** Speakers named so far in the article, by alias key: new ones, so "Osei" finds "Amara Osei". */
  private final Map<String, Speaker> local = new HashMap<>();
  private final List<Speaker> named = new ArrayList<>();
  /** How many of {@link #named} were named before the sentence being read. */
  private int namedInSentence;
  /** How many of {@link #named} were named before the sentence before it. */
  private int namedInPreviousSentence;
  private final Mentions mentions;
  /** Where the sentence being read starts: "the company" means a company named before it. */
  private int position;

  SpeakerPhrases(Map<String, Directory.Known> known, Mentions mentions) {
    this.known = known;
    this.mentions = mentions;
    gazetteer.putAll(Lexicon.STATE_BY_KEY);
    for (String[] d : new String[][] {{"russian", "Russia"}, {"north korean", "North Korea"},
        {"south korean", "South Korea"}, {"american", "United States"}, {"chinese", "China"}, {"japanese", "Japan"},
        {"ukrainian", "Ukraine"}, {"british", "United Kingdom"}, {"french", "France"}, {"german", "Germany"},
        {"iranian", "Iran"}, {"israeli", "Israel"}, {"turkish", "Turkey"}, {"indian", "India"},
        {"polish", "Poland"}, {"italian", "Italy"}, {"spanish", "Spain"}, {"canadian", "Canada"},
        {"australian", "Australia"}, {"egyptian", "Egypt"}, {"syrian", "Syria"}, {"iraqi", "Iraq"}}) {
      demonyms.put(d[0], d[1]);
    }
  }

  /** Every alias key a phrase could be looked up by: its word n-grams, and states' names for capitals. */
  static Set<String> candidateKeys(List<Tok> phrase) {
    // The key of words joined by spaces is their keys joined by spaces (a word with no key adds
    // nothing), and only the last word loses its possessive: each word is keyed once, not once per span.
    int n = phrase.size();
    String[] whole = new String[n];
    String[] last = new String[n];
    for (int i = 0; i < n; i++) {
      String text = phrase.get(i).text();
      whole[i] = Names.key(text);
      String unpossessed = Tokens.unpossessed(text);
      last[i] = unpossessed.equals(text) ? whole[i] : Names.key(unpossessed);
    }
    Set<String> keys = new HashSet<>();
    for (int i = 0; i < n; i++) {
      StringBuilder sb = new StringBuilder();
      for (int j = i; j < Math.min(n, i + 7); j++) {
        String k = last[j].isEmpty() ? sb.toString() : sb.length() == 0 ? last[j] : sb + " " + last[j];
        if (!k.isEmpty()) keys.add(k);
        if (!whole[j].isEmpty()) {
          if (sb.length() > 0) sb.append(' ');
          sb.append(whole[j]);
        }
      }
    }
    return keys;
  }

  /** The keys of the states the gazetteer maps these keys to, to look those up too. */
  static Set<String> gazetteerKeys(Set<String> keys) {
    Set<String> out = new HashSet<>();
    for (String key : keys) {
      List<String> state = Lexicon.STATE_BY_KEY.get(key);
      if (state != null) state.forEach(a -> out.add(Names.key(a)));
    }
    return out;
  }

  /** The place a demonym in the article stands for ("Velorian": "Veloria"), or null. */
  String placeOf(String demonym) {
    String known = demonyms.get(demonym.toLowerCase(java.util.Locale.ROOT));
    return known != null ? known : mentions.placeOf(demonym);
  }

  /** Reads the sentence that starts at {@code pos} next. */
  /** Public bodies a story may name by their field alone, with no name before: "the transport ministry". */
  private static final Set<String> UNNAMED_BODIES = Set.of("ministry", "authority", "council", "police", "department",
      "board", "commission", "court", "regulator", "prosecutors", "prosecutor", "inspectorate", "directorate", "agency",
      "office", "presidency", "secretariat", "bank", "panel", "tribunal", "committee", "watchdog", "inquiry");

  private static final Set<String> DATA_NOUNS = Set.of("figures", "data", "statistics", "numbers", "records",
      "estimates", "research", "analysis", "study", "survey", "report", "documents", "images", "results");

  /** Kinds of body written after the body's own name: "the Unite union", "the Labour party". */
  private static final Set<String> NAMED_KINDS = Set.of("union", "party", "movement", "alliance");
  /** "the Swiss group", "the Danish party": a nationality, not the body's name. */
  private static final Set<String> NATIONALITIES = Set.of("swiss", "dutch", "french", "british", "german", "chinese",
      "japanese", "danish", "swedish", "norwegian", "finnish", "polish", "spanish", "italian", "irish", "scottish",
      "welsh", "english", "turkish", "greek", "russian", "ukrainian", "american", "canadian", "australian", "indian",
      "brazilian", "mexican", "korean", "thai", "israeli", "iranian", "saudi", "egyptian", "nigerian", "kenyan",
      "austrian", "belgian", "portuguese", "czech", "hungarian", "romanian", "vietnamese", "indonesian",
      "pakistani", "argentine", "chilean", "colombian", "european", "african", "asian", "arab", "german-based");

  private static final Set<String> SPOKESPEOPLE = Set.of("spokesman", "spokeswoman", "spokesperson");
  private static final Set<String> SPOKES = Set.of("spokesman", "spokeswoman", "spokesperson", "official",
      "officials", "representative", "statement");

  private static final Set<String> WHEN_WORDS = Set.of("monday", "tuesday", "wednesday", "thursday", "friday",
      "saturday", "sunday", "week", "month", "year", "morning", "evening", "night", "weekend");
  private static final Set<String> WHEN_LEADS = Set.of("on", "last", "this", "late", "early");

  private static final Set<String> INTRO = Set.of("in", "on", "at", "during", "after", "earlier", "later");

  private int sentenceStart;
  private int previousSentenceStart;

  /** A new sentence begins at {@code start}: pronouns look back to it and the one before. */
  void sentence(int start) {
    previousSentenceStart = sentenceStart;
    sentenceStart = start;
    namedInPreviousSentence = namedInSentence;
    namedInSentence = named.size();
  }

  void at(int pos) {
    position = pos;
  }

  /** The speakers named so far, most recent last. */
  List<Speaker> named() {
    return named;
  }

  /** Records speakers as named, for pronouns, surnames and "the ministry" later on. */
  void remember(List<Speaker> speakers) {
    for (Speaker s : speakers) {
      named.add(s);
      local.putIfAbsent(Names.key(s.name()), s);
      for (String a : s.aliases()) local.putIfAbsent(Names.key(a), s);
      if (s.organization() != null) named.add(s.organization());
    }
  }

  /** Words that give a body's own name: "a group calling itself Grey Heron", "a collective known as Night Owl". */
  private static final Set<String> NAMING = Set.of("calling", "calls", "called", "known", "named", "styling");
  private static final Set<String> SELF = Set.of("itself", "themselves", "as");
  /** Heads of a body that names itself. */
  private static final Set<String> BODY_HEADS = Set.of("group", "collective", "network", "movement", "organisation",
      "organization", "gang", "militia", "faction", "outfit", "crew", "coalition", "campaign", "alliance", "cell");

  /** The first body (not a person, not an unnamed group) among {@link #named} [from, to), or null. */
  private Speaker firstBodyNamed(int from, int to) {
    for (int i = from; i < to; i++) {
      Speaker s = named.get(i);
      if (s.kind() != ActorKind.PERSON && s.kind() != ActorKind.UNNAMED_GROUP) return s;
    }
    return null;
  }

  /**
   * "The chief executive", "the council leader": the person last named with that title (and, for a
   * qualifier such as "council", in an organisation so named); null when there is none.
   */
  private Speaker byRole(List<Tok> p) {
    if (p.isEmpty() || p.size() > 3) return null;
    for (int i = 0; i < p.size(); i++) {
      Tok t = p.get(i);
      if (!t.isWord() || i > 0 && t.capitalized()) return null;
    }
    String last = p.get(p.size() - 1).lower();
    if (!Lexicon.ROLES.containsKey(last) && !ROLE_HEADS.contains(last)) return null;
    Set<String> words = new HashSet<>();
    for (Tok t : p) words.add(t.lower());
    for (int i = named.size() - 1; i >= 0; i--) {
      Speaker s = named.get(i);
      if (s.kind() != ActorKind.PERSON || s.title() == null || s.title().isEmpty()) continue;
      boolean titled = false;
      for (String w : Names.key(s.title()).split(" ")) titled |= words.contains(w);
      if (!titled) continue;
      String org = s.organization() == null ? "" : " " + Names.key(s.organization().name()) + " ";
      boolean qualified = true;
      for (String w : words) {
        if (!Lexicon.ROLES.containsKey(w) && !ROLE_HEADS.contains(w) && !org.contains(" " + w + " ")) qualified = false;
      }
      if (qualified) return s;
    }
    return null;
  }

  /**
   * A title the article gives a named person elsewhere, before it names them: "the leader of
   * Kellsborough City Council accused ..." when "council leader Harriet Lund" comes later. Null
   * when no one, or more than one, has such a title.
   */
  private Speaker titledElsewhere(List<Tok> phrase) {
    List<Tok> p = stripDeterminers(phrase);  // "The mayor denied ...": the article opens the sentence
    if (p.isEmpty() || p.size() > 6 || p.get(0).capitalized()) return null;
    String role;
    Set<String> qualifiers = new HashSet<>();
    if (p.size() > 2 && Lexicon.ROLES.containsKey(p.get(0).lower()) && (p.get(1).is("of") || p.get(1).is("at"))) {
      role = p.get(0).lower();
      for (Tok t : p.subList(2, p.size())) qualifiers.add(Tokens.unpossessed(t.lower()));
    } else if (p.stream().allMatch(t -> t.isWord() && !t.capitalized()) && Lexicon.ROLES.containsKey(p.get(p.size() - 1).lower())) {
      role = p.get(p.size() - 1).lower();
      for (Tok t : p.subList(0, p.size() - 1)) qualifiers.add(Tokens.unpossessed(t.lower()));
    } else {
      return null;
    }
    qualifiers.removeIf(w -> Lexicon.NOT_NAMES.contains(w));
    String name = mentions.personTitled(role, qualifiers);
    if (name == null) return null;
    Speaker known = lookup(Tokens.of(name, 0));
    return known != null ? known : newPerson(Tokens.of(name, 0));
  }

  /** Last words of a title that are no role on their own: "chief executive". */
  private static final Set<String> ROLE_HEADS = Set.of("executive", "officer");

  /** "A group calling itself Grey Heron": an organisation by the name it gives itself; null otherwise. */
  private Speaker selfNamed(List<Tok> p) {
    for (int i = 1; i + 1 < p.size() && i <= 4; i++) {
      if (!NAMING.contains(p.get(i).lower()) || !BODY_HEADS.contains(p.get(i - 1).lower())) continue;
      int from = i + 1;
      while (from < p.size() && SELF.contains(p.get(from).lower())) from++;
      if (from >= p.size() || !p.get(from).capitalized()) return null;
      int to = from;
      while (to < p.size() && (p.get(to).capitalized() || p.get(to).is("of") || p.get(to).is("the"))) to++;
      while (to > from && !p.get(to - 1).capitalized()) to--;
      if (to != p.size()) return null;  // the name ends the phrase
      Speaker known = lookup(p.subList(from, to));
      if (known != null) return known;
      Speaker s = local.get(Names.key(text(p.subList(from, to))));
      return s != null ? s : fresh(text(p.subList(from, to)), ActorKind.ORGANIZATION);
    }
    return null;
  }

  /** Resolves a phrase to speakers; empty when it names nobody (then it is not an attribution). */
  List<Speaker> resolve(List<Tok> phrase, Speaker publication) {
    List<Speaker> found = resolveWords(phrase, publication);
    List<Tok> raw = trimPunct(phrase);
    if (found.size() == 1 && found.get(0).isNew() && found.get(0).kind() == ActorKind.UNNAMED_GROUP && raw.size() > 1
        && (NUMBER_WORDS.contains(raw.get(0).lower()) || DIGITS.matcher(raw.get(0).lower()).matches())) {
      // "two former Halvergate employees": the description as the text gave it is a name of the group too.
      String asWritten = text(raw);
      Speaker s = found.get(0);
      if (!s.aliases().contains(asWritten) && !Names.key(asWritten).equals(Names.key(s.name()))) {
        List<String> aliases = new ArrayList<>(s.aliases());
        aliases.add(asWritten);
        return List.of(s.withAliases(aliases));
      }
    }
    return found;
  }

  private static final Set<String> REFLEXIVES = Set.of("himself", "herself", "itself", "themselves");
  private static final java.util.regex.Pattern AGED = java.util.regex.Pattern.compile("\\d{1,3}-year-old");

  /** Plural nouns for two bodies named before: "both banks", "the two companies". */
  private static final Map<String, ActorKind> PAIR_NOUNS = Map.ofEntries(Map.entry("banks", ActorKind.ORGANIZATION),
      Map.entry("companies", ActorKind.ORGANIZATION), Map.entry("firms", ActorKind.ORGANIZATION),
      Map.entry("clubs", ActorKind.ORGANIZATION), Map.entry("unions", ActorKind.ORGANIZATION),
      Map.entry("lenders", ActorKind.ORGANIZATION), Map.entry("airlines", ActorKind.ORGANIZATION),
      Map.entry("countries", ActorKind.STATE), Map.entry("governments", ActorKind.STATE),
      Map.entry("nations", ActorKind.STATE), Map.entry("outlets", ActorKind.MEDIA_OUTLET),
      Map.entry("newspapers", ActorKind.MEDIA_OUTLET));

  /**
   * "Both banks denied the report": the last two bodies of that kind the text named, Kalmar Bank
   * and Osprey Capital; null for other phrases, or when the text named fewer than two.
   */
  private List<Speaker> namedPair(List<Tok> bare) {
    int i = bare.size() >= 1 && bare.get(0).is("both") ? 1
        : bare.size() >= 2 && bare.get(0).is("the") && bare.get(1).is("two") ? 2 : -1;
    if (i < 0 || bare.size() != i + 1) return null;
    ActorKind kind = PAIR_NOUNS.get(bare.get(i).lower());
    if (kind == null) return null;
    List<Mentions.Mention> two = mentions.lastOfKind(kind, position, 2);
    if (two.size() != 2) return null;
    List<Speaker> out = new ArrayList<>();
    for (Mentions.Mention m : two) {
      Speaker known = lookup(Tokens.of(m.name(), 0));
      out.add(known != null ? known : fresh(m.name(), kind));
    }
    return out;
  }

  private List<Speaker> resolveWords(List<Tok> phrase, Speaker publication) {
    List<Tok> bare = trimPunct(phrase);
    if (bare.size() == 2 && bare.get(0).is("the") && NUMBER_WORDS.contains(bare.get(1).lower())) {
      // "the two also said": the sources cited last that the text counted so ("two former employees")
      String count = bare.get(1).lower() + " ";
      List<Speaker> counted = lastOf(s -> s.kind() == ActorKind.UNNAMED_GROUP
          && s.aliases().stream().anyMatch(a -> a.toLowerCase(java.util.Locale.ROOT).startsWith(count)));
      if (!counted.isEmpty()) return counted;
    }
    List<Speaker> pair = namedPair(bare);
    if (pair != null) return pair;
    if (bare.size() >= 2 && REFLEXIVES.contains(bare.get(bare.size() - 1).lower())) {
      return resolveWords(bare.subList(0, bare.size() - 1), publication);  // "Montenegro herself denied"
    }
    if (bare.size() == 2 && bare.get(0).is("the") && AGED.matcher(bare.get(1).lower()).matches()) {
      // "the 29-year-old said": the person the article named last, whether or not they spoke.
      Mentions.Mention m = mentions.lastPersonBefore(position, name -> true);
      if (m != null && m.start() >= previousSentenceStart) {
        Speaker known = lookup(Tokens.of(m.name(), 0));
        return List.of(known != null ? known : newPerson(Tokens.of(m.name(), 0)));
      }
      return List.of();
    }
    List<Tok> p = stripDeterminers(withoutTrailingAdverbs(trimPunct(phrase)));
    int n = p.size();
    if (n > 2 && WHEN_WORDS.contains(p.get(n - 1).lower()) && WHEN_LEADS.contains(p.get(n - 2).lower())) {
      return resolve(p.subList(0, n - 2), publication);  // "the Kellsborough Chronicle on Monday"
    }
    if (p.size() > 1 && (p.get(0).is("and") || p.get(0).is("but") || p.get(0).is("while"))) {
      return resolve(p.subList(1, p.size()), publication);  // "..., and Brevik has not commented"
    }
    if (p.isEmpty()) return List.of();
    if (p.size() == 2 && p.get(0).is("same") && Lexicon.GROUPS.contains(p.get(1).lower())) {
      // "The same people said ...": the unnamed sources cited last.
      List<Speaker> same = lastOf(s -> s.kind() == ActorKind.UNNAMED_GROUP);
      if (!same.isEmpty()) return same;
    }
    List<Tok> raw = trimPunct(phrase);
    for (int i = 1; i < raw.size(); i++) {
      // "two hospital staff who spoke on condition of anonymity", "a senior official, speaking on
      // condition of anonymity,": the source, without its clause.
      int head = raw.get(i - 1).is(",") && i > 1 ? i - 2 : i - 1;
      boolean clause = raw.get(i).is("who") || head < i - 1 && raw.get(i).isWord() && raw.get(i).lower().endsWith("ing");
      if (clause && raw.get(head).isWord() && !raw.get(head).capitalized()) {
        return resolve(raw.subList(0, head + 1), publication);
      }
    }
    Speaker single = unnamedSource(raw);
    if (single != null) return List.of(single);
    for (int i = 1; i + 1 < p.size() && i <= 3; i++) {
      // "Data protection authorities in Norway and Denmark": one group, whatever the list after it.
      if (Lexicon.GROUPS.contains(p.get(i).lower()) && ORG_PREPOSITIONS.contains(p.get(i + 1).lower())
          && p.subList(0, i).stream().allMatch(x -> x.isWord() && !x.capitalized() || x == p.get(0))) {
        Speaker group = group(p);
        if (group != null) return List.of(group);
      }
    }
    if (p.size() > 3 && p.get(0).is("neither")) {
      // "Neither Norvik Air nor the engine's manufacturer, Halvorsen Turbines": each of them.
      int nor = indexOf(p, "nor");
      if (nor > 1 && nor + 1 < p.size()) {
        List<Speaker> both = new ArrayList<>(resolve(p.subList(1, nor), publication));
        for (Speaker x : resolve(p.subList(nor + 1, p.size()), publication)) {
          if (both.stream().noneMatch(b -> b.identity().equals(x.identity()))) both.add(x);
        }
        return both;
      }
    }
    if (p.size() > 2 && DOCUMENTS.contains(p.get(0).lower())) {
      // "A statement from the authority said", "a letter signed by 40 scientists": who issued it speaks.
      int by = 1;
      while (by < p.size() - 1 && by <= 2 && !(p.get(by).is("from") || p.get(by).is("by") || p.get(by).is("of"))) by++;
      if (p.get(by).is("from") || p.get(by).is("by") || p.get(by).is("of")) {
        List<Speaker> issuer = resolve(p.subList(by + 1, p.size()), publication);
        if (!issuer.isEmpty()) return issuer;
      }
    }
    if (p.size() > 3 && STUDIES.contains(p.get(0).lower())) {
      // "a study published on Wednesday by the Nordvik Polar Institute": its authors' body speaks;
      // "a study published in the journal Cardiology Today": the journal that published it.
      for (int i = 1; i + 1 < p.size(); i++) {
        if (p.get(i).is("by")) {
          List<Speaker> by = resolve(p.subList(i + 1, p.size()), publication);
          if (!by.isEmpty()) return by;
        }
        if (p.get(i).is("journal") && p.get(i + 1).capitalized()) {
          List<Tok> name = stripDeterminers(trimPunct(p.subList(i + 1, p.size())));
          if (!name.isEmpty() && allCapitalized(name)) {
            Speaker known = lookup(name);
            return List.of(known != null ? known : fresh(text(name), ActorKind.MEDIA_OUTLET));
          }
        }
      }
    }
    Speaker selfNamed = selfNamed(p);
    if (selfNamed != null) return List.of(selfNamed);
    Speaker byRole = byRole(p);
    if (byRole != null) return List.of(byRole);
    Speaker titledLater = titledElsewhere(p);
    if (titledLater != null) return List.of(titledLater);
    if (p.size() > 2 && INTRO.contains(p.get(0).lower())) {
      // "In a statement it said", "In parliament, transport minister Irena Voss said": after the setting.
      for (int i = 2; i < p.size(); i++) {
        Tok x = p.get(i);
        if (x.is(",") || Lexicon.PERSON_PRONOUNS.contains(x.lower()) || x.is("it") || x.is("they")) {
          List<Speaker> who = resolve(p.subList(x.is(",") ? i + 1 : i, p.size()), publication);
          if (!who.isEmpty()) return who;
          break;  // only the first: each try resolves the rest again
        }
      }
    }
    Speaker whole = lookup(p);
    if (whole != null) return List.of(whole);
    String lower = text(p).toLowerCase(java.util.Locale.ROOT);
    if (p.size() == 1 && (Lexicon.PERSON_PRONOUNS.contains(lower))) {
      // "She said" after Harriet Lund and Colm Brannigan is Lund: a person the pronoun fits first.
      if (!named.isEmpty() && singleSources.contains(named.get(named.size() - 1).identity())
          && named.size() > namedInPreviousSentence) {
        return List.of(named.get(named.size() - 1));  // "A former engineer told the Herald ... 'It was', he said."
      }
      FirstNames.Gender gender = FirstNames.ofPronoun(lower);
      for (FirstNames.Gender g : gender == FirstNames.Gender.UNKNOWN ? List.of(gender) : List.of(gender,
          FirstNames.Gender.UNKNOWN)) {
        List<Speaker> spoke = lastOf(s -> s.kind() == ActorKind.PERSON && FirstNames.fits(s.name(), g));
        if (!spoke.isEmpty() && g != FirstNames.Gender.UNKNOWN && FirstNames.of(spoke.get(0).name()) != g) {
          // "Priya Raman appeared to rule out ... 'These charges ...', she told reporters": a woman named
          // just before outweighs the last speaker whose name tells nothing.
          Mentions.Mention near = mentions.lastPersonBefore(position, name -> FirstNames.of(name) == g);
          if (near != null && near.start() >= previousSentenceStart) {
            Speaker s = lookup(Tokens.of(near.name(), 0));
            return List.of(s != null ? s : newPerson(Tokens.of(near.name(), 0)));
          }
        }
        if (!spoke.isEmpty() && g != FirstNames.Gender.UNKNOWN && namedInSentence == namedInPreviousSentence) {
          // "Mayor Teodora Vallin will have none of it. 'Nobody has lost 52 million euros,' she said": the
          // sentence before spoke for no one but named her, after the last speaker.
          Mentions.Mention near = mentions.lastPersonBefore(position, name -> FirstNames.of(name) == g);
          if (near != null && near.start() >= previousSentenceStart && near.start() < sentenceStart
              && !Names.key(near.name()).equals(Names.key(spoke.get(0).name()))) {
            Speaker s = lookup(Tokens.of(near.name(), 0));
            return List.of(s != null ? s : newPerson(Tokens.of(near.name(), 0)));
          }
        }
        if (!spoke.isEmpty()) return spoke;
        // "She said ..." after a person the article only mentioned.
        Mentions.Mention m = mentions.lastPersonBefore(position, name -> FirstNames.fits(name, g));
        if (m != null) {
          Speaker s = lookup(Tokens.of(m.name(), 0));
          return List.of(s != null ? s : newPerson(Tokens.of(m.name(), 0)));
        }
      }
      return List.of();
    }
    if (p.size() == 1 && (lower.equals("it"))) {
      // "it" is the body this sentence or the one before began with ("Brevik Track Services, the
      // contractor, broke its silence. In a statement it said ..."), else the last body that spoke.
      // "A group calling itself Grey Heron claimed ... and posted what it said were ...": the body
      // that already spoke in this sentence.
      Speaker spoke = firstBodyNamed(namedInSentence, named.size());
      if (spoke != null) return List.of(spoke);
      Mentions.Mention m = mentions.firstBodyBetween(sentenceStart, position);
      if (m == null) {
        spoke = firstBodyNamed(namedInPreviousSentence, namedInSentence);
        if (spoke != null) return List.of(spoke);
        m = mentions.firstBodyBetween(previousSentenceStart, sentenceStart);
      }
      if (m != null) {
        Speaker s = lookup(Tokens.of(m.name(), 0));
        return List.of(s != null ? s : fresh(m.name(), m.kind()));
      }
      return lastOf(s -> s.kind() != ActorKind.PERSON && s.kind() != ActorKind.UNNAMED_GROUP);
    }
    if (p.size() == 1 && Lexicon.PLURAL_PRONOUNS.contains(lower)) {
      return lastOf(s -> s.kind() == ActorKind.UNNAMED_GROUP || s.kind() == ActorKind.COALITION);
    }
    List<Speaker> behind = behind(p, publication);
    if (behind != null) return behind;
    int allies = indexOfSeq(p, "and", "its", "allies");
    if (allies < 0) allies = indexOfSeq(p, "and", "its", "partners");
    if (allies > 0 && allies + 3 == p.size()) {
      return List.of(Speaker.fresh(LEADING_THE.matcher(text(phrase)).replaceFirst("the "), ActorKind.COALITION, List.of()));
    }
    int comma = indexOf(p, ",");
    int lastAnd = p.size() - 1;
    while (lastAnd >= 0 && !p.get(lastAnd).is("and")) lastAnd--;
    if (comma > 0 && lastAnd > comma) {
      // "The Civic Alliance, the Greens and the Independent Group": a list of names, each a speaker.
      List<List<Tok>> parts = splitList(p);
      if (parts.size() >= 3 && parts.stream().allMatch(x -> stripDeterminers(x).get(0).capitalized())) {
        List<Speaker> out = new ArrayList<>();
        for (List<Tok> part : parts) {
          Speaker s = one(stripDeterminers(part), publication);
          if (s == null) break;
          out.add(s);
        }
        if (out.size() == parts.size()) return out;
      }
    }
    if (comma > 0 && comma + 1 < p.size()) {
      Speaker titled = titledName(p.subList(0, comma), p.subList(comma + 1, p.size()), publication);
      if (titled != null) return List.of(titled);
    }
    // "The Harris County fire marshal, Delia Ocampo": a role may follow a place's name.
    boolean roleLast = comma > 1 && !p.get(comma - 1).capitalized()
        && Mentions.nounKind(p.get(comma - 1).lower()) == ActorKind.PERSON;
    if ((comma > 1 || comma == 1 && Lexicon.BACK_NOUNS.contains(p.get(0).lower())) && comma + 1 < p.size()
        && (roleLast || !p.subList(1, comma).stream().anyMatch(Tok::capitalized))
        && p.subList(0, comma).stream().anyMatch(t -> t.isWord() && !t.capitalized())
        && !stripDeterminers(p.subList(comma + 1, p.size())).isEmpty()
        && stripDeterminers(p.subList(comma + 1, p.size())).get(0).capitalized()) {
      // "two of the country's biggest lenders, Hestia Bank and Corran Savings": the names after the description.
      List<Speaker> named = resolve(p.subList(comma + 1, p.size()), publication);
      if (named.size() == 1 && named.get(0).kind() == ActorKind.PERSON && named.get(0).title().isEmpty()) {
        // "the company's chief technology officer, Raj Patel": what he is, said before his name.
        return List.of(affiliate(named.get(0), stripDeterminers(p.subList(0, comma)), publication));
      }
      if (!named.isEmpty()) return named;
    }
    if (comma > 0 && comma + 1 < p.size() && appositiveRole(p.subList(comma + 1, p.size()))) {
      Speaker s = one(p, publication);
      return s == null ? List.of() : List.of(s);
    }
    if (indexOf(p, "and") > 0 && mentions.kindOf(Names.key(text(p))) != null) {
      Speaker s = one(p, publication);  // "the Teachers' and Lecturers' Union": one name with an "and" in it
      if (s != null) return List.of(s);
    }
    if (comma > 0 && indexOf(p, "and") < 0 && indexOf(p, "or") < 0) {
      // "Brevik Track Services, the private contractor": a name and what it is.
      Speaker s = one(p.subList(0, comma), publication);
      if (s != null) return List.of(s);
    }
    List<List<Tok>> parts = splitList(p);
    if (parts.size() > 1) {
      List<Speaker> out = new ArrayList<>();
      for (List<Tok> part : parts) {
        Speaker s = one(stripDeterminers(part), publication);
        if (s == null) return List.of();
        out.add(s);
      }
      return out;
    }
    Speaker s = one(p, publication);
    return s == null ? List.of() : List.of(s);
  }

  /**
   * The one behind a phrase that names no speaker itself: "the team, led by glaciologist Sunniva
   * Rask", "satellite images released by the monitoring group Open Frontier Watch", "a 2021 study
   * by the Arden Climate Lab", "a spokesperson for the UN Marren Observer Mission". Null otherwise.
   */
  private List<Speaker> behind(List<Tok> p, Speaker publication) {
    for (String verb : LEAD_VERBS) {
      int at = indexOfSeq(p, verb, "by");
      if (at <= 0) continue;
      int e = at + 2;
      while (e < p.size() && !p.get(e).is(",")) e++;
      List<Speaker> who = resolve(p.subList(at + 2, e), publication);
      if (!who.isEmpty()) return who;
    }
    int last = p.size() - 1;
    if (last >= 1 && last <= 6 && DATA_NOUNS.contains(p.get(last).lower())) {
      // "The authority's figures show", "the ministry's own data": the owner's.
      int owner = last - 1;
      if (owner >= 1 && (p.get(owner).is("own") || p.get(owner).is("latest") || p.get(owner).is("new"))) owner--;
      String word = p.get(owner).lower();
      if (!Tokens.unpossessed(word).equals(word)) {
        List<Tok> who = new ArrayList<>(p.subList(0, owner));
        Tok o = p.get(owner);
        String bare = Tokens.unpossessed(o.text());
        who.add(new Tok(bare, Lexicon.lower(bare), o.start(), o.start() + bare.length()));
        List<Speaker> found = resolve(who, publication);
        if (!found.isEmpty()) return found;
      }
    }
    int from = indexOf(p, "from");
    if (from > 0 && from <= 2 && from + 1 < p.size() && DATA_NOUNS.contains(p.get(from - 1).lower())) {
      // "Figures from the OECD, the Paris-based policy body": the body the figures come from.
      List<Speaker> who = resolve(p.subList(from + 1, p.size()), publication);
      if (!who.isEmpty()) return who;
    }
    int by = indexOf(p, "by");
    if (by > 0 && by + 1 < p.size() && !namesBefore(p, by)) {
      List<Speaker> who = resolve(p.subList(by + 1, p.size()), publication);
      if (!who.isEmpty()) return who;
    }
    if (p.size() > 2 && Lexicon.ROLES.containsKey(p.get(0).lower())
        && (p.get(1).is("for") || p.get(1).is("of") || p.get(1).is("at"))) {
      // "a spokesperson for Helix Supplies, which provided the equipment": the body, before any aside.
      int comma = indexOf(p, ",");
      boolean aside = comma > 2 && comma + 1 < p.size() && !p.get(comma + 1).capitalized();
      if (comma < 0 || aside) {
        List<Tok> body = p.subList(2, comma < 0 ? p.size() : comma);
        Speaker org = organization(body, publication);
        if (org == null) org = namedBody(stripDeterminers(trimPunct(body)));
        if (org != null) return List.of(org);
      }
    }
    return null;
  }

  /**
   * A capitalised name a role belongs to ("a spokesperson for Helix Supplies"): a person when it
   * starts with a known first name, else a body; null when it is no name.
   */
  private Speaker namedBody(List<Tok> words) {
    if (words.isEmpty() || !allCapitalized(words) || words.size() > 6) return null;
    Speaker named = plainName(words);
    if (named == null) return null;
    if (named.kind() != ActorKind.PERSON || !named.isNew()) return named;
    return FirstNames.of(named.name()) != FirstNames.Gender.UNKNOWN ? named
        : fresh(text(words), ActorKind.ORGANIZATION);
  }

  /** Whether any word before {@code end} (but the first, capitalised for the sentence) is a name. */
  private static boolean namesBefore(List<Tok> p, int end) {
    for (int i = 1; i < end; i++) {
      if (p.get(i).capitalized() && !Lexicon.NOT_NAMES.contains(p.get(i).lower())) return true;
    }
    return false;
  }

  private static final Set<String> OF_ORG = Set.of("of", "at", "for");
  private static final Set<String> RELATIVES = Set.of("who", "whose", "whom", "which", "that", "where");

  /** "The board's chair, Ruth Abernathy-Cole": a title, then the name; the owner is the organisation. */
  private Speaker titledName(List<Tok> title, List<Tok> rest, Speaker publication) {
    List<Tok> name = stripHonorifics(trimPunct(rest));
    if (name.isEmpty() || name.size() > 4 || !allCapitalized(name)) return null;
    // "The leader of Kellsborough City Council, Harriet Lund": the role, then its organisation.
    int of = -1;
    for (int i = 1; i + 1 < title.size() && of < 0; i++) {
      if (!OF_ORG.contains(title.get(i).lower())) continue;
      int next = title.get(i + 1).is("the") ? i + 2 : i + 1;
      if (next < title.size() && title.get(next).capitalized()) of = i;
    }
    List<Tok> roleWords = of > 0 ? title.subList(0, of) : title;
    AffiliationRole role = null;
    String roleWord = "";
    for (Tok t : roleWords) {
      AffiliationRole r = Lexicon.ROLES.get(t.lower());
      if (r != null) {
        role = r;
        roleWord = t.lower();
      }
    }
    if (role == null && of < 0) {
      // "A local fisherman, Erik Dahl,": a description no role list holds, then a person's name.
      List<Tok> words = stripDeterminers(trimPunct(title));
      boolean described = !words.isEmpty() && words.size() <= 3 && words.stream().allMatch(t -> t.isWord() && !t.capitalized())
          && !Lexicon.BACK_NOUNS.contains(words.get(words.size() - 1).lower())
          && !Lexicon.ORG_WORDS.contains(words.get(words.size() - 1).lower())
          && !Lexicon.GROUPS.contains(words.get(words.size() - 1).lower());
      boolean personName = name.size() >= 2 && name.size() <= 3
          && name.stream().noneMatch(t -> Lexicon.ORG_WORDS.contains(t.lower()) || !t.isWord());
      if (described && personName) {
        Speaker person = lookup(name);
        return person != null ? person : newPerson(name).withAffiliation(null, null, text(words));
      }
      return null;
    }
    if (role == null || !roleWords.stream().allMatch(t -> !t.capitalized() || t == title.get(0) || t.lower().endsWith("'s"))) {
      return null;
    }
    Speaker person = lookup(name);
    if (person == null) person = newPerson(name);
    if (of > 0) {
      Speaker org = organization(title.subList(of + 1, title.size()), publication);
      return org == null || org.kind() == ActorKind.PERSON ? person : person.withAffiliation(org, role, roleWord);
    }
    for (int i = 0; i < title.size(); i++) {
      if (title.get(i).lower().endsWith("'s") || title.get(i).lower().endsWith("’s")) {
        Speaker org = organization(title.subList(0, i + 1), publication);
        return org == null || org.kind() == ActorKind.PERSON ? person : person.withAffiliation(org, role, roleWord);
      }
    }
    return person;
  }

  /** Whether words after a comma describe the name before it: "a researcher at ...", "the payments company". */
  private static boolean appositiveRole(List<Tok> words) {
    for (Tok t : words) {
      if (Lexicon.ROLES.containsKey(t.lower()) || Lexicon.BACK_NOUNS.contains(t.lower())) return true;
    }
    return false;
  }

  private List<Speaker> lastOf(java.util.function.Predicate<Speaker> fits) {
    for (int i = named.size() - 1; i >= 0; i--) {
      if (fits.test(named.get(i))) return List.of(named.get(i));
    }
    return List.of();
  }

  /**
   * The outlet last named anywhere before here, for "the newspaper's account" said sentences after
   * the report ("the newspaper said" looks only as far as the sentence before); null when none was.
   */
  Speaker lastOutlet() {
    Mentions.Mention m = mentions.lastOutletBetween(0, position);
    if (m == null) return null;
    Speaker s = lookup(Tokens.of(m.name(), 0));
    return s != null ? s : fresh(m.name(), ActorKind.MEDIA_OUTLET);
  }

  /** One speaker from a phrase that is not a list. */
  private Speaker one(List<Tok> p, Speaker publication) {
    if (p.isEmpty()) return null;
    Speaker k = lookup(p);
    if (k != null) return k;
    String lower = text(p).toLowerCase(java.util.Locale.ROOT);
    if (lower.equals("agency") && mentions.lastBefore(position, "agency", true) != null) {
      Speaker back = backReference("agency");  // "the agency added": the body just named, not the outlet
      if (back != null && back.kind() != ActorKind.PERSON) return back;
    }
    if (p.size() <= 2 && Lexicon.OUTLET_NOUNS.contains(lower) && !lower.equals("agency")) {
      // "According to a report in the daily Kystposten ... The newspaper said": the outlet just named.
      Mentions.Mention m = mentions.lastOutletBetween(previousSentenceStart, position);
      if (m != null) {
        Speaker s = lookup(Tokens.of(m.name(), 0));
        return s != null ? s : fresh(m.name(), ActorKind.MEDIA_OUTLET);
      }
    }
    if (publication != null && p.size() <= 2 && Lexicon.OUTLET_NOUNS.contains(lower)) return publication;
    // "citing": the speaker is the one cited, the outlet a relay (handled by the caller).
    String head = p.get(p.size() - 1).lower();
    if (p.size() == 2 && p.get(0).capitalized() && p.get(0).lower().endsWith("'s") && Lexicon.BACK_NOUNS.contains(head)) {
      // "Koster's group": the organisation that person speaks for.
      Speaker owner = lookup(p.subList(0, 1));
      if (owner != null && owner.organization() != null) return owner.organization();
      Speaker back = backReference(head);  // else the group the article last named or called so
      if (back != null && back.kind() != ActorKind.PERSON) return back;
    }
    if (p.size() == 1 && SPOKESPEOPLE.contains(lower)) {
      // "A spokesman said ...": for the body the article last spoke of, one that spoke if any.
      // Only a body that spoke: one merely named may be the other side ("sued Helix Media").
      List<Speaker> body = lastOf(s -> s.kind() == ActorKind.ORGANIZATION || s.kind() == ActorKind.STATE);
      if (!body.isEmpty()) return body.get(0);
    }
    if (p.size() == 2 && p.get(0).capitalized() && SPOKES.contains(p.get(1).lower())) {
      // "A Halvergate spokesman": the body that short name stands for speaks.
      Speaker body = lookup(p.subList(0, 1));
      if (body != null && body.kind() != ActorKind.PERSON) return body;
    }
    if (p.size() == 2 && (!p.get(0).capitalized() || lookup(p.subList(0, 1)) == null)
        && Lexicon.BACK_NOUNS.contains(p.get(0).lower()) && SPOKES.contains(p.get(1).lower())) {
      // "a council spokesman", "a Commission spokesperson" after the European Commission was named
      Speaker back = backReference(p.get(0).lower());  // "a council spokesman": the council speaks
      if (back != null) return back;
    }
    Speaker body = qualifiedBody(p);
    if (body != null) return body;
    if (p.size() == 2 && UNNAMED_BODIES.contains(head) && p.stream().allMatch(x -> x.isWord() && !x.capitalized())
        && !Lexicon.NOT_NAMES.contains(p.get(0).lower()) && !OUTLET_NOUNS.contains(p.get(0).lower())) {
      // "the environment agency" is the body named with that word, not any agency named before.
      Speaker back = backReference(head);
      if (back != null && Names.key(back.name()).contains(Tokens.unpossessed(p.get(0).lower()))) return back;
      return fresh(text(p), ActorKind.ORGANIZATION);
    }
    if (p.size() <= 2 && Lexicon.BACK_NOUNS.contains(head) && !p.get(p.size() - 1).capitalized()) {
      Speaker back = backReference(head);
      if (back != null) return back;
    }
    if (p.size() >= 2 && p.size() <= 3 && UNNAMED_BODIES.contains(head) && p.stream().allMatch(x -> x.isWord() && !x.capitalized())
        && !Lexicon.NOT_NAMES.contains(p.get(0).lower())) {
      return fresh(text(p), ActorKind.ORGANIZATION);  // "the transport ministry", "the regional health authority"
    }
    Speaker group = group(p);
    if (group != null) return group;
    Speaker withRole = personWithRole(p, publication);
    if (withRole != null) return withRole;
    return plainName(p);
  }

  /**
   * A body named by a place adjective and common nouns: "the Velorian government" is Veloria,
   * "the Salderan health ministry" a ministry of that name. Null for other phrases.
   */
  private Speaker qualifiedBody(List<Tok> p) {
    if (p.size() < 2 || p.size() > 5 || !p.get(0).capitalized()) return null;
    int named = 1;
    while (named < p.size() && named < 3 && p.get(named).capitalized() && p.get(named).isWord()
        && Tokens.unpossessed(p.get(named - 1).text()).equals(p.get(named - 1).text())) {
      named++;
    }
    for (int i = named; i < p.size(); i++) {
      if (p.get(i).capitalized() || !p.get(i).isWord()) return null;
    }
    if (named == p.size()) return null;
    if (named > 1 || p.size() > 4) {
      // "the Hollin Ford health centre", "the Kessa district hospital": a place's body named by its kind.
      String last = p.get(p.size() - 1).lower();
      return p.size() - named <= 2 && Lexicon.ORG_WORDS.contains(last) && !Lexicon.OUTLET_NOUNS.contains(last)
          ? fresh(text(p), ActorKind.ORGANIZATION) : null;
    }
    String head = p.get(p.size() - 1).lower();
    if (!Lexicon.ORG_WORDS.contains(head) && !Lexicon.BACK_NOUNS.contains(head)) return null;
    String adjective = p.get(0).text();
    if (!head.equals("government") && !Tokens.unpossessed(adjective).equals(adjective)) {
      return fresh(text(p), ActorKind.ORGANIZATION);  // "Orland's foreign ministry"
    }
    if (head.equals("government") && p.size() == 2) {
      String demonym = demonyms.get(adjective.toLowerCase(java.util.Locale.ROOT));
      if (demonym != null) return state(demonym);
      String place = mentions.placeOf(adjective);
      if (place != null) {
        Speaker known = lookup(Tokens.of(place, 0));
        return known != null ? known : fresh(place, ActorKind.STATE);
      }
      return null;
    }
    if (demonyms.containsKey(adjective.toLowerCase(java.util.Locale.ROOT)) || mentions.placeOf(adjective) != null
        || p.size() == 3 && Lexicon.ORG_WORDS.contains(head) && !Lexicon.OUTLET_NOUNS.contains(head)) {
      return fresh(text(p), ActorKind.ORGANIZATION);  // ... and "the Kessa district hospital"
    }
    if (p.size() == 2 && NAMED_KINDS.contains(head) && !Lexicon.NOT_NAMES.contains(adjective.toLowerCase(java.util.Locale.ROOT))
        && !NATIONALITIES.contains(adjective.toLowerCase(java.util.Locale.ROOT))
        && !demonyms.containsKey(adjective.toLowerCase(java.util.Locale.ROOT))) {
      // "the Unite union", "the Labour party": the body's own name, then what kind of body it is.
      Speaker known = lookup(p.subList(0, 1));
      return known != null ? known : fresh(adjective, ActorKind.ORGANIZATION);
    }
    return null;
  }

  /** "the ministry": the last speaker (or its organisation) whose name has that word, else the last organisation. */
  private Speaker backReference(String noun) {
    boolean company = COMPANY_NOUNS.contains(noun) || Lexicon.TRADE_NOUNS.contains(noun);
    Mentions.Mention m = mentions.lastBefore(position, noun, false);
    if (m == null && company) {
      // No body is named or described by the noun: "the company" stays the one the article already
      // called so, not a contractor named since; failing that, the last business named.
      Speaker before = calledSo.get(noun);
      if (before != null) return before;
      m = mentions.lastBefore(position, noun, true);
    }
    if (m != null) {
      Speaker s = lookup(Tokens.of(m.name(), 0));
      if (s == null) s = fresh(m.name(), m.kind());
      calledSo.put(noun, s);
      return s;
    }
    for (int i = named.size() - 1; i >= 0; i--) {
      Speaker s = named.get(i);
      if (s.kind() != ActorKind.PERSON && Mentions.headed(s.name(), noun)) return s;
    }
    if (company) {
      for (int i = named.size() - 1; i >= 0; i--) {
        Speaker s = named.get(i);
        // "the company" is no university or ministry that spoke before.
        if (s.kind() == ActorKind.ORGANIZATION && !Mentions.publicBody(s.name())) return s;
      }
    }
    if (noun.equals("government")) return lastOf(s -> s.kind() == ActorKind.STATE).stream().findFirst().orElse(null);
    return null;
  }

  private static final Set<String> NUMBER_WORDS = Set.of("two", "three", "four", "five", "six", "seven", "eight",
      "nine", "ten", "several", "a", "one");

  /** "the Civic Alliance, the Green List and the Ratepayers' Group jointly": the adverb is no name. */
  private static List<Tok> withoutTrailingAdverbs(List<Tok> p) {
    while (p.size() > 1 && p.get(p.size() - 1).isWord() && !p.get(p.size() - 1).capitalized()
        && TRAILING_ADVERBS.matcher(p.get(p.size() - 1).lower()).matches()) {
      p = trimPunct(p.subList(0, p.size() - 1));
    }
    return p;
  }

  private static final java.util.regex.Pattern TRAILING_ADVERBS = java.util.regex.Pattern.compile(
      "jointly|separately|also|again|together|both|all|later|then|since|previously|repeatedly|initially|"
          + "publicly|privately|immediately|subsequently|recently|formally|officially|quickly|swiftly|firmly|"
          + "strongly|angrily|flatly|repeatedly|earlier");

  /** What "the company", "the firm" ... last meant in this article. */
  private final Map<String, Speaker> calledSo = new HashMap<>();

  private static final Set<String> COMPANY_NOUNS = Set.of("company", "firm", "club", "team", "side", "group",
      "startup", "insurer", "lender", "carrier", "retailer", "manufacturer", "operator", "developer", "maker",
      "chain", "giant", "agency", "organisation", "organization", "association", "body");

  /** Heads of a single unnamed source: "a senior official", "a former Norvik Air engineer". */
  private static final Set<String> SOURCE_HEADS = Set.of("official", "diplomat", "source", "engineer", "employee",
      "worker", "resident", "witness", "doctor", "nurse", "officer", "executive", "insider", "investigator",
      "lawyer", "aide", "adviser", "advisor", "staffer", "member", "analyst", "expert", "scientist", "researcher",
      "manager", "teacher", "pilot", "soldier", "commander", "negotiator", "regulator", "banker", "trader",
      "association", "group", "union", "organisation", "organization", "charity", "whistleblower");
  /** Sources named once with an indefinite article, by actor identity: "he said" after one means that source. */
  private final Set<String> singleSources = new HashSet<>();

  /**
   * A source the text does not name, introduced as one person: "A former Norvik Air engineer",
   * "a senior official"; recorded as an unnamed group of that description. Null for other phrases.
   */
  private Speaker unnamedSource(List<Tok> p) {
    if (p.size() < 2 || p.size() > 9 || !(p.get(0).is("a") || p.get(0).is("an") || p.get(0).is("one"))) return null;
    int end = p.size();
    for (int i = 2; i < p.size(); i++) {
      // "a source in the ministry", "an official at the embassy": the head before its place.
      if (ORG_PREPOSITIONS.contains(p.get(i).lower()) && SOURCE_HEADS.contains(p.get(i - 1).lower())) {
        end = i;
        break;
      }
    }
    Tok head = p.get(end - 1);
    if (!head.isWord() || head.capitalized() || !SOURCE_HEADS.contains(head.lower())) return null;
    for (Tok t : p) {
      if (!t.isWord() && !t.is("'") && !t.is("\u2019") || Lexicon.VERBS.containsKey(t.lower())) return null;
    }
    Speaker s = freshOrLocal(text(p.subList(1, p.size())), ActorKind.UNNAMED_GROUP);
    singleSources.add(s.identity());
    return s;
  }

  /** The sides of a trial, speaking as such. */
  private static final Set<String> SIDES = Set.of("defence", "defense", "prosecution");

  /** Those who speak for a person: "the family of Marcus Adeyemi". */
  private static final Set<String> KIN = Set.of("family", "relatives", "parents", "friends", "lawyers", "widow",
      "children", "supporters", "representatives", "aides", "attorneys");

  /** Unnamed groups: "analysts", "people familiar with the matter", "Western officials". */
  private Speaker group(List<Tok> p) {
    String lower = text(p).toLowerCase(java.util.Locale.ROOT);
    boolean people = lower.startsWith("people ") || lower.startsWith("sources ") || lower.startsWith("officials ")
        || lower.startsWith("a person ") || lower.startsWith("a source ") || lower.startsWith("persons ")
        || lower.startsWith("person ") || lower.startsWith("source ");
    String last = p.get(p.size() - 1).lower();
    if (people && (lower.contains(" familiar with") || lower.contains(" close to") || lower.contains(" with knowledge")
        || lower.contains(" briefed on") || lower.contains(" involved in"))) {
      return freshOrLocal(lower, ActorKind.UNNAMED_GROUP);
    }
    if (p.size() > 3 && p.size() <= 6 && KIN.contains(p.get(0).lower()) && (p.get(1).is("of") || p.get(1).is("for"))
        && p.subList(2, p.size()).stream().allMatch(x -> x.isWord() && x.capitalized())) {
      // "the family of Marcus Adeyemi", "lawyers for Anna Berg"; not "Friends of the Earth".
      return freshOrLocal("the " + lower, ActorKind.UNNAMED_GROUP);
    }
    if (p.size() > 2 && Lexicon.GROUPS.contains(p.get(0).lower())
        && ORG_PREPOSITIONS.contains(p.get(1).lower())) {
      return freshOrLocal(p.get(0).lower(), ActorKind.UNNAMED_GROUP);
    }
    for (int i = 1; i + 2 < p.size() && i <= 2; i++) {
      // "Health officials in Lindmark", "senior officials at the ministry": the group, qualified.
      if (Lexicon.GROUPS.contains(p.get(i).lower()) && ORG_PREPOSITIONS.contains(p.get(i + 1).lower())
          && p.subList(0, i).stream().allMatch(t -> t.isWord() && !Lexicon.VERBS.containsKey(t.lower()))) {
        return freshOrLocal(text(p.subList(0, i + 1)).toLowerCase(java.util.Locale.ROOT), ActorKind.UNNAMED_GROUP);
      }
    }
    if (p.size() == 1 && SIDES.contains(last) && !p.get(0).capitalized()) {
      return freshOrLocal(last, ActorKind.UNNAMED_GROUP);  // "the defence argued": not the Ministry of Defence
    }
    if (!Lexicon.GROUPS.contains(last)) return null;
    if (p.size() > 1 && p.get(p.size() - 1).capitalized() && p.get(p.size() - 2).capitalized()) return null;  // "School Leaders"
    if (p.size() > 3 && p.stream().anyMatch(t -> ORG_PREPOSITIONS.contains(t.lower()) || t.is("to"))) {
      return null;  // "a draft budget paper circulated to senior councillors" is a paper, not the councillors
    }
    for (Tok t : p) {
      // "she rejected opposition": a clause, not a group's name.
      if (!t.isWord() || Lexicon.VERBS.containsKey(t.lower()) || Lexicon.PERSON_PRONOUNS.contains(t.lower())) return null;
    }
    // "Velorian officials" keeps its qualifier; "legal experts" too; bare heads stay bare.
    return freshOrLocal(p.size() <= 3 ? lower : last, ActorKind.UNNAMED_GROUP);
  }

  private Speaker freshOrLocal(String name, ActorKind kind) {
    Speaker s = local.get(Names.key(name));
    return s != null ? s : Speaker.fresh(name, kind, List.of());
  }

  /**
   * "Russian Foreign Ministry spokeswoman Maria Zakharova", "Defense Minister Sergei Shoigu",
   * "Artyom Lukin of Far Eastern Federal University", "Dr. Amara Osei, the ministry's spokeswoman".
   */
  private Speaker personWithRole(List<Tok> p, Speaker publication) {
    int comma = indexOf(p, ",");
    if (comma > 0) {
      Speaker person = plainName(p.subList(0, comma));
      List<Tok> appositive = stripDeterminers(trimPunct(p.subList(comma + 1, p.size())));
      int head = appositive.size() - 1;
      for (int i = 1; i < appositive.size(); i++) {
        if (APPOSITIVE_LINKS.contains(appositive.get(i).lower())) {
          head = i - 1;
          break;
        }
      }
      // "Ana Petrović, whose city hosts the hospital": a relative clause, not what the name is.
      boolean relative = !appositive.isEmpty() && RELATIVES.contains(appositive.get(0).lower());
      if (person != null && person.isNew() && !appositive.isEmpty() && !relative
          && Lexicon.BACK_NOUNS.contains(appositive.get(head).lower())) {
        String kindWord = appositive.get(head).lower();
        boolean news = OUTLET_NOUNS.contains(kindWord) || head > 0 && appositive.get(head - 1).is("news");
        ActorKind kind = news ? ActorKind.MEDIA_OUTLET : ActorKind.ORGANIZATION;
        return Speaker.fresh(person.name(), kind, List.of());
      }
      if (person != null && person.kind() == ActorKind.PERSON) return affiliate(person, appositive, publication);
      return person;
    }
    for (int i = 0; i < p.size(); i++) {
      if (!p.get(i).is("of") && !p.get(i).is("at") && !p.get(i).is("from") && !p.get(i).is("with")) continue;
      Speaker person = plainName(p.subList(0, i));
      if (person != null && person.kind() == ActorKind.PERSON && i + 1 < p.size()) {
        Speaker org = organization(p.subList(i + 1, p.size()), publication);
        return org == null ? person : person.withAffiliation(org, AffiliationRole.EMPLOYEE, "");
      }
      break;
    }
    // A role word, then a capitalised name: everything before the role is the organisation.
    for (int i = p.size() - 2; i >= 0; i--) {
      for (int len = Math.min(3, i + 1); len >= 1; len--) {
        String role = text(p.subList(i - len + 1, i + 1)).toLowerCase(java.util.Locale.ROOT);
        AffiliationRole r = Lexicon.ROLES.get(role);
        if (r == null) continue;
        List<Tok> name = stripHonorifics(p.subList(i + 1, p.size()));
        // "a spokesperson for Helix Supplies": a role of the body, no person's name; "The Premier
        // Division": a body's name that starts with a title word.
        if (name.isEmpty() || !allCapitalized(name) || OF_ORG.contains(name.get(0).lower())
            || Lexicon.ORG_WORDS.contains(Tokens.unpossessed(name.get(name.size() - 1).lower()))) {
          continue;
        }
        Speaker person = lookup(name);
        if (person == null) person = newPerson(name);
        int titleFrom = i - len + 1;
        // "Health Minister Petra Lund": the portfolio is part of the title, not an organisation.
        while (titleFrom > 0 && PORTFOLIOS.contains(p.get(titleFrom - 1).lower()) && p.get(titleFrom - 1).capitalized()) {
          titleFrom--;
        }
        List<Tok> orgWords = stripDeterminers(p.subList(0, titleFrom));
        if (titleFrom == 1 && orgWords.size() == 1 && Lexicon.BACK_NOUNS.contains(orgWords.get(0).lower())
            && lookup(orgWords) == null) {
          // "Union leader Sara Nilsen": the union the article named before, else a title with no body.
          Speaker back = backReference(orgWords.get(0).lower());
          String title = text(p.subList(0, i + 1));
          return back != null ? person.withAffiliation(back, r, text(p.subList(titleFrom, i + 1)))
              : person.withAffiliation(null, null, title);
        }
        Speaker org = orgWords.isEmpty() ? null : organization(orgWords, publication);
        if (org == null) org = unnamedBody(orgWords);  // "Health ministry spokeswoman ...", first word capitalised
        String title = text(p.subList(titleFrom, i + 1));
        if (org == null) return person.withAffiliation(null, null, orgWords.isEmpty() ? title : text(p.subList(0, i + 1)));
        return person.withAffiliation(org, r, title);
      }
    }
    return describedPerson(p);
  }

  /**
   * "Tennis star Mia Laurent", "opposition candidate Irina Volkova": a description no title list
   * holds, then a person's name (its first name a known one). Null for other phrases.
   */
  private Speaker describedPerson(List<Tok> p) {
    int from = p.size();
    while (from > 0 && p.get(from - 1).isWord() && p.get(from - 1).capitalized()) from--;
    int names = p.size() - from;
    if (names < 2 || names > 3 || from < 1 || from > 3) return null;
    for (int i = 0; i < from; i++) {
      Tok w = p.get(i);
      if (!w.isWord() || (i > 0 && w.capitalized()) || Lexicon.NOT_NAMES.contains(w.lower())
          || !Tokens.unpossessed(w.lower()).equals(w.lower())) {
        return null;
      }
    }
    // "the conservation group Brenna Watch": a body's description, whatever its name looks like.
    String described = p.get(from - 1).lower();
    ActorKind descriptionKind = Mentions.nounKind(described);
    if (descriptionKind != null && descriptionKind != ActorKind.PERSON || Lexicon.BACK_NOUNS.contains(described)
        || Lexicon.ORG_WORDS.contains(described)) {
      return null;
    }
    List<Tok> name = stripHonorifics(p.subList(from, p.size()));
    String last = Tokens.unpossessed(name.get(name.size() - 1).lower());
    if (name.size() < 2 || Lexicon.ORG_WORDS.contains(last) || Lexicon.MEDIA_WORDS.contains(last)
        || FirstNames.of(text(name)) == FirstNames.Gender.UNKNOWN && mentions.kindOf(Names.key(text(name))) != ActorKind.PERSON) {
      return null;
    }
    Speaker person = lookup(name);
    if (person == null) person = newPerson(name);
    return person.kind() == ActorKind.PERSON ? person.withAffiliation(null, null, text(p.subList(0, from))) : null;
  }

  /**
   * "health ministry" in "health ministry spokeswoman Dr. Amara Osei": a body the text names only by
   * its kind, the one named before with that word in its name ("the Halden Health Ministry"), else
   * a body of that name. Null for other words.
   */
  private Speaker unnamedBody(List<Tok> words) {
    if (words.size() < 2 || words.size() > 3) return null;
    String head = words.get(words.size() - 1).lower();
    if (!UNNAMED_BODIES.contains(head)) return null;
    for (int i = 0; i < words.size(); i++) {
      Tok w = words.get(i);
      if (!w.isWord() || (i > 0 && w.capitalized()) || Lexicon.NOT_NAMES.contains(w.lower())
          || OUTLET_NOUNS.contains(w.lower())) {
        return null;
      }
    }
    Speaker back = backReference(head);
    if (back != null && Names.key(back.name()).contains(Tokens.unpossessed(words.get(0).lower()))) return back;
    return fresh(text(words), ActorKind.ORGANIZATION);
  }

  private Speaker affiliate(Speaker person, List<Tok> appositive, Speaker publication) {
    for (int i = 0; i < appositive.size(); i++) {
      String w = appositive.get(i).lower();
      AffiliationRole r = Lexicon.ROLES.get(w);
      if (r == null) continue;
      int first = i;
      // "chief executive of Helix Supplies": a title of two role words, then its organisation.
      while (i + 1 < appositive.size() && Lexicon.ROLES.containsKey(appositive.get(i + 1).lower())) i++;
      if (i > first) {
        w = text(appositive.subList(first, i + 1)).toLowerCase(java.util.Locale.ROOT);
        r = Lexicon.ROLES.getOrDefault(w, Lexicon.ROLES.get(appositive.get(i).lower()));
      }
      List<Tok> rest = appositive.subList(i + 1, appositive.size());
      if (!rest.isEmpty() && (rest.get(0).is("of") || rest.get(0).is("at") || rest.get(0).is("for"))) {
        Speaker org = organization(stripDeterminers(rest.subList(1, rest.size())), publication);
        if (org != null) return person.withAffiliation(org, r, w);
      }
      i = first;
      if (i > 0) {
        Speaker org = organization(appositive.subList(0, i), publication);
        // "the association's campaigns director": the owner is the possessive, the rest is the title.
        for (int k = i - 1; org == null && k >= 0; k--) {
          String owner = appositive.get(k).lower();
          if (!Tokens.unpossessed(owner).equals(owner)) org = organization(appositive.subList(0, k + 1), publication);
        }
        if (org != null) return person.withAffiliation(org, r, w);
      }
      // No organisation found, but the title stays: "the chief executive" later means this person.
      return person.withAffiliation(null, null, roleTitle(appositive, i));
    }
    return person;
  }

  /** The title starting at {@code from}: its lower-case words, up to three ("chief executive"). */
  private static String roleTitle(List<Tok> words, int from) {
    StringBuilder b = new StringBuilder();
    for (int i = from; i < words.size() && i < from + 3; i++) {
      Tok t = words.get(i);
      if (!t.isWord() || t.capitalized() || OF_ORG.contains(t.lower())) break;
      if (b.length() > 0) b.append(' ');
      b.append(t.lower());
    }
    return b.toString();
  }

  /** An organisation named by words: known, a demonym's state, "the ministry", or a new one. */
  private Speaker organization(List<Tok> words, Speaker publication) {
    List<Tok> w = stripDeterminers(trimPunct(words));
    if (w.isEmpty()) return null;
    // "russia's Far Eastern Federal University": the owner is dropped.
    for (int i = 0; i < w.size() - 1; i++) {
      // "St. Luke's Hospital" keeps its saint: the owner is dropped only before a name of its own.
      if (w.get(i).lower().endsWith("'s") && w.size() - i - 1 >= 2) {
        Speaker owned = organization(w.subList(i + 1, w.size()), publication);
        if (owned != null) return owned;
      }
    }
    if (w.size() >= 1) {
      String last = Tokens.unpossessed(w.get(w.size() - 1).lower());
      if (w.size() == 1 || (w.size() <= 2 && !w.get(0).capitalized())) {
        Speaker back = Lexicon.BACK_NOUNS.contains(last) ? backReference(last) : null;
        if (back != null) return back;
      }
    }
    Speaker k = lookup(w);
    if (k != null) return k;
    String demonym = demonyms.get(text(w).toLowerCase(java.util.Locale.ROOT));
    if (demonym != null) return state(demonym);
    if (!w.get(0).capitalized()) {
      // "the security firm Lattice Sentinel": the name after the descriptor.
      return w.size() > 1 && w.get(w.size() - 1).capitalized() ? plainName(w) : unnamedBody(w);
    }
    // "a spokeswoman for the Halden health ministry": a place's body named by its kind.
    Speaker qualified = Tokens.unpossessed(w.get(0).text()).equals(w.get(0).text()) ? qualifiedBody(w) : null;
    if (qualified != null) return qualified;
    Speaker named = plainName(w);
    // "Sports lawyer Hanne Solvik": a word before a title is no organisation unless the text says so.
    return named != null && named.kind() == ActorKind.PERSON && named.isNew() ? null : named;
  }

  /** A capitalised name with no role: a known alias, a state, an outlet, an organisation or a person. */
  private Speaker plainName(List<Tok> words) {
    List<Tok> w = stripHonorifics(stripDeterminers(trimPunct(words)));
    if (w.isEmpty()) return null;
    for (int i = 0; i + 1 < w.size(); i++) {
      // "Estrava's National Cyber Security Centre": the owner's name is not part of the body's.
      if (w.get(i).capitalized() && w.get(i).lower().endsWith("'s") && allCapitalized(w.subList(i + 1, w.size()))
          && w.size() - i - 1 >= 2) {
        return plainName(w.subList(i + 1, w.size()));
      }
    }
    Speaker k = lookup(w);
    if (k != null) return k;
    // Descriptors around a name: "the state-run KCNA news agency".
    List<Tok> core = new ArrayList<>();
    for (Tok t : w) {
      if (t.capitalized() || !STATE_DESCRIPTORS.contains(t.lower())) core.add(t);
    }
    if (!core.isEmpty() && core.size() < w.size()) {
      k = lookup(core);
      if (k != null) return k;
    }
    // "the security firm Lattice Sentinel", "the state-run news agency VNA": the name after the noun.
    for (int i = w.size() - 2; i >= 0; i--) {
      if (w.get(i).capitalized() || !w.get(i).isWord()) continue;
      if (Mentions.nounKind(w.get(i).lower()) != null && allCapitalized(w.subList(i + 1, w.size()))) {
        Speaker tail = plainName(w.subList(i + 1, w.size()));
        if (tail != null) return tail;
      }
      break;
    }
    // "the opposition Green Union": lower-case words before a name describe it.
    if (!w.get(0).capitalized() && w.get(w.size() - 1).capitalized()) {
      int lead = 0;
      while (lead < w.size() && !w.get(lead).capitalized()) lead++;
      if (lead <= 3 && allCapitalized(w.subList(lead, w.size()))
          && w.subList(0, lead).stream().noneMatch(t -> Lexicon.NOT_NAMES.contains(t.lower()) && !t.is("the"))) {
        Speaker tail = plainName(w.subList(lead, w.size()));
        if (tail != null) return tail;
      }
    }
    // "the state-run KCNA news agency" is KCNA, whether or not the ledger knows it yet.
    if (!core.isEmpty() && core.size() < w.size() && allCapitalized(core)
        && w.stream().anyMatch(t -> AGENCY_WORDS.contains(t.lower()))) {
      return fresh(text(core), ActorKind.MEDIA_OUTLET);
    }
    if (!allCapitalized(w)) {
      // Lower-case words are allowed inside a name only as connectors ("Ministry of Health").
      for (Tok t : w) {
        if (!t.capitalized() && !NAME_CONNECTORS.contains(t.lower())
            && !HYPHENATED.matcher(t.lower()).matches()) {
          return null;
        }
      }
      if (!w.get(0).capitalized()) return null;
    }
    String name = Tokens.unpossessed(text(w));  // "Norvik Air's chief operating officer"
    for (Tok t : w) {
      if (Lexicon.NOT_NAMES.contains(t.lower()) && t == w.get(0)) return null;
    }
    String lastWord = Tokens.unpossessed(w.get(w.size() - 1).lower());
    ActorKind said = mentions.kindOf(Names.key(name));
    if (said == ActorKind.PERSON) return newPerson(w);
    if (said != null) return fresh(name, said);
    if (w.stream().anyMatch(t -> Lexicon.MEDIA_WORDS.contains(t.lower()))) return fresh(name, ActorKind.MEDIA_OUTLET);
    if (w.stream().anyMatch(t -> Lexicon.ORG_WORDS.contains(Tokens.unpossessed(t.lower())))) {
      return fresh(name, ActorKind.ORGANIZATION);
    }
    if (w.size() == 1) {
      String only = Tokens.unpossessed(w.get(0).text());
      Speaker person = bySurname(only);
      if (person != null) return person;
      if (only.length() > 1 && only.equals(only.toUpperCase(java.util.Locale.ROOT))
          && !Mentions.NOT_BODIES.contains(only.toLowerCase(java.util.Locale.ROOT))) {
        return fresh(only, ActorKind.ORGANIZATION);
      }
      if (Lexicon.NOT_NAMES.contains(lastWord)) return null;
      return fresh(only, ActorKind.PERSON);
    }
    if (w.size() <= 4) return newPerson(w);
    return fresh(name, ActorKind.ORGANIZATION);
  }

  private Speaker newPerson(List<Tok> name) {
    Speaker k = lookup(name);
    if (k != null) return k;
    String full = text(name);
    Speaker prior = local.get(Names.key(full));
    if (prior != null) return prior;
    String surname = Tokens.unpossessed(name.get(name.size() - 1).text());
    return Speaker.fresh(full, ActorKind.PERSON, name.size() > 1 ? List.of(surname) : List.of());
  }

  private Speaker bySurname(String surname) {
    Speaker s = local.get(Names.key(surname));
    if (s != null) return s;
    for (int i = named.size() - 1; i >= 0; i--) {
      Speaker n = named.get(i);
      if (n.kind() == ActorKind.PERSON && Names.key(n.name()).endsWith(" " + Names.key(surname))) return n;
    }
    return null;
  }

  private Speaker fresh(String name, ActorKind kind) {
    Speaker prior = local.get(Names.key(name));
    if (prior != null) return prior;
    List<String> aliases = mentions.shortForms(name).stream().map(k -> shortForm(name, k)).toList();
    return Speaker.fresh(name, kind, aliases);
  }

  /** A state by its gazetteer name: the ledger's actor for it when known, else a new state. */
  private Speaker state(String name) {
    List<String> aliases = gazetteer.get(Names.key(name));
    for (String a : aliases) {
      Directory.Known k = known.get(Names.key(a));
      if (k != null) return Speaker.known(k);
    }
    return fresh(aliases.get(0), ActorKind.STATE).withAliases(aliases.subList(1, aliases.size()));
  }

  /** A known actor for the words: the directory, then this article's speakers, then the gazetteer. */
  private Speaker lookup(List<Tok> words) {
    if (words.isEmpty()) return null;
    String key = Names.key(Tokens.unpossessed(text(words)));
    if (key.isEmpty()) return null;
    Directory.Known k = known.get(key);
    if (k != null) return Speaker.known(k);
    Speaker s = local.get(key);
    if (s != null) return s;
    if (gazetteer.containsKey(key)) return state(gazetteer.get(key).get(0));
    String full = mentions.fullName(key);
    if (full != null && !Names.key(full).equals(key)) {
      Directory.Known fk = known.get(Names.key(full));
      if (fk != null) return Speaker.known(fk);
      Speaker fs = local.get(Names.key(full));
      return fs != null ? fs : mentioned(full);
    }
    // A name the article spells out elsewhere ("Russian Foreign Ministry"), here in lower case.
    String spelled = mentions.nameOf(key);
    return spelled != null && !words.get(0).capitalized() ? mentioned(spelled) : null;
  }

  /** A new speaker for a name the article mentions, with its kind and the short forms it uses. */
  private Speaker mentioned(String full) {
    ActorKind kind = mentions.kindOf(Names.key(full));
    if (kind == ActorKind.STATE && gazetteer.containsKey(Names.key(full))) return state(full);
    List<String> aliases = mentions.shortForms(full).stream().map(k -> shortForm(full, k)).toList();
    return Speaker.fresh(full, kind == null ? ActorKind.PERSON : kind, aliases);
  }

  /** The short form's own spelling, taken from the full name ("rask" is "Rask" in "Sunniva Rask"). */
  private static String shortForm(String full, String key) {
    for (String word : full.split(" ")) {
      if (Names.key(word).equals(key)) return word;
    }
    return key;
  }

  private static List<List<Tok>> splitList(List<Tok> p) {
    List<List<Tok>> parts = new ArrayList<>();
    int start = 0;
    for (int i = 0; i < p.size(); i++) {
      Tok t = p.get(i);
      // "the Union of Rail and Transport Workers", "the Vineyard and Orchard Workers' Union": one name
      if (t.is("and") && (ofBodyName(p, i) || sharedHead(p, i, start))) continue;
      // "Pemberton & Hale", "Mail & Guardian": an ampersand joins one name, not two.
      if (t.is(",") || t.is("and") || t.is("or")) {
        if (i > start) parts.add(p.subList(start, i));
        start = i + 1;
      }
    }
    if (start < p.size()) parts.add(p.subList(start, p.size()));
    if (parts.size() < 2) return List.of(p);
    for (List<Tok> part : parts) {
      // A part is a name of a few words; one with its own "and" ("the Vineyard and Orchard Workers'
      // Union", 7 tokens) a few more.
      if (part.size() > (indexOf(part, "and") >= 0 ? 8 : 6)) return List.of(p);
    }
    return parts;
  }

  /**
   * Whether the "and" at {@code and} joins two words that share the body's head after them: "the
   * Vineyard and Orchard Workers' Union" (one or two capitalised words, then capitalised words ending
   * in a body's word, with no article between).
   */
  private static boolean sharedHead(List<Tok> p, int and, int start) {
    int from = start;
    while (from < and && (p.get(from).is("the") || p.get(from).is("The"))) from++;  // ", the Vineyard and ..."
    int left = and - from;
    if (left < 1 || left > 2) return false;
    for (int k = from; k < and; k++) if (!p.get(k).isWord() || !p.get(k).capitalized()) return false;
    // "Hestia Bank and Corran Savings": a whole name before the "and" is a name of its own
    if (Lexicon.ORG_WORDS.contains(Tokens.unpossessed(p.get(and - 1).lower()))) return false;
    int end = and + 1;
    while (end < p.size() && (p.get(end).isWord() && p.get(end).capitalized()
        || (p.get(end).is("'") || p.get(end).is("\u2019")) && end > and + 1)) {
      end++;  // "Workers' Union": the apostrophe of a plural owner is its own token
    }
    if (end - (and + 1) < 2 || end < p.size() && !p.get(end).is(",") && !p.get(end).is("and")) return false;
    String head = Tokens.unpossessed(p.get(end - 1).lower());
    if (!p.get(end - 1).isWord()) return false;
    return Lexicon.ORG_WORDS.contains(head) && !DETERMINERS.contains(p.get(and + 1).lower());
  }

  /**
   * Whether the "and" at {@code and} joins two fields inside one body's name: "Union of Rail and
   * Transport Workers", "Department of Health and Social Care" (a body's head word, "of", then
   * capitalised words on both sides of the "and", with no comma in the name).
   */
  private static boolean ofBodyName(List<Tok> p, int and) {
    // Two capitalised words after the "and" at least: "the Bank of England and Barclays" are two bodies.
    if (and < 1 || and + 2 >= p.size() || !p.get(and + 1).capitalized() || !p.get(and + 2).capitalized()
        || !p.get(and - 1).capitalized()) {
      return false;
    }
    for (int k = and - 1; k >= 1; k--) {
      Tok x = p.get(k);
      if (x.is("of") || x.is("for")) {
        return Lexicon.ORG_WORDS.contains(p.get(k - 1).lower()) || Lexicon.BACK_NOUNS.contains(p.get(k - 1).lower());
      }
      if (!x.capitalized()) return false;
    }
    return false;
  }

  private static List<Tok> stripDeterminers(List<Tok> p) {
    int i = 0;
    while (i < p.size() - 1 && (DETERMINERS.contains(p.get(i).lower()) || DIGITS.matcher(p.get(i).lower()).matches())) {
      // "the Independent Group", "the State Council": a capitalised word before a name is part of it.
      if (NAME_ADJECTIVES.contains(p.get(i).lower()) && p.get(i).capitalized() && p.get(i + 1).capitalized()) break;
      i++;
    }
    return p.subList(i, p.size());
  }

  private static final Set<String> NAME_ADJECTIVES = Set.of("independent", "state", "local", "official", "senior",
      "top", "leading", "outside", "national");

  private static List<Tok> stripHonorifics(List<Tok> p) {
    int i = 0;
    while (i < p.size() - 1 && (Lexicon.HONORIFICS.contains(p.get(i).lower())
        || (p.get(i).is(".") && i > 0)
        // "Station Commander Aileen Marsh", "Detective Inspector Ruth Ellinger": a word before a title is part of it
        || i + 2 < p.size() && p.get(i).capitalized() && Mentions.TITLE_HEADS.contains(p.get(i + 1).lower())
        || i + 1 < p.size() && Mentions.TITLE_HEADS.contains(p.get(i).lower()) && p.get(i + 1).capitalized())) i++;
    return p.subList(i, p.size());
  }

  private static List<Tok> trimPunct(List<Tok> p) {
    int s = 0;
    int e = p.size();
    while (s < e && !p.get(s).isWord()) s++;
    while (e > s && !p.get(e - 1).isWord()) e--;
    return p.subList(s, e);
  }

  private static boolean allCapitalized(List<Tok> p) {
    for (Tok t : p) {
      if (t.isWord() && !t.capitalized() && !NAME_PARTICLES.contains(t.lower())) {
        return false;
      }
    }
    return true;
  }

  private static int indexOf(List<Tok> p, String word) {
    for (int i = 0; i < p.size(); i++) {
      if (p.get(i).is(word)) return i;
    }
    return -1;
  }

  private static int indexOfSeq(List<Tok> p, String... words) {
    outer:
    for (int i = 0; i + words.length <= p.size(); i++) {
      for (int j = 0; j < words.length; j++) {
        if (!p.get(i + j).is(words[j])) continue outer;
      }
      return i;
    }
    return -1;
  }

  /** The words as they stand, joined by single spaces (punctuation attached). */
  static String text(List<Tok> p) {
    StringBuilder sb = new StringBuilder();
    for (int i = 0; i < p.size(); i++) {
      Tok t = p.get(i);
      if (i > 0 && t.isWord() && !p.get(i - 1).is("-")) sb.append(' ');
      else if (i > 0 && (t.is("&") || t.is("("))) sb.append(' ');
      sb.append(t.text());
    }
    return sb.toString();
  }
}
