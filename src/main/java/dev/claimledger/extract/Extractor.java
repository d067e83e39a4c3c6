package dev.claimledger.extract;

import dev.claimledger.domain.ActorKind;
import dev.claimledger.domain.Names;
import dev.claimledger.domain.StanceKind;
import dev.claimledger.extract.Sentences.Sentence;
import dev.claimledger.extract.Tokens.Tok;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Finds attributed statements in English news text with rules a careful reader applies: a
 * reporting cue ("said", "denied", "declined to comment", "according to", "drew criticism from"),
 * the speaker before it, after it or cited by it, and the reported words on the other side. Denials
 * and silences that name no claim of their own ("denied these accusations") refer back to the last
 * claim someone else made; hedged words make support SUGGESTS; a list of speakers is a stance of
 * each. Pure: the ledger is consulted only through a {@link Directory} of known names.
 */
public final class Extractor {

  /**
   * How many statements back a reference ("denied these accusations") may point: news answers
   * what was said shortly before, and a bound keeps a book-length text linear.
   */
  private static final int RECALL = 40;
  private static final int MAX_SENTENCE_TOKENS = 300;

  /** Recorded with every extracted stance; bump when the rules change what they find. */
  public static final String VERSION = "rules-1.6";

  private static final Set<String> BOUNDARY = Set.of("that", "as", "while", "when", "after", "because", "but",
      "amid", "since", "although", "whereas", "where", "who", "which", "if", "though", "despite", "before", "yet",
      "coming", "with", "whom", "so", "than", "until", "unless", "whether", "once", "why", "how", "what");
  private static final Set<String> CONTENT_CUTS = Set.of("but", "yet", "while", "although", "though", "whereas",
      "coming", "pledging", "saying", "adding", "noting", "citing", "vowing", "accusing", "calling", "insisting",
      "denying", "warning", "arguing", "according", "including", "dismissing", "rejecting", "stressing",
      "explaining", "promising", "claiming", "refusing", "declining", "urging", "prompting");
  private static final Set<String> SENTENCE_OPENERS = Set.of("meanwhile", "however", "separately", "earlier",
      "later", "elsewhere", "instead", "still", "yet", "also", "now", "then", "previously", "overnight");

  private static final Set<String> PASSIVE_AUXILIARIES_BE = Set.of("been", "being");
  private static final Pattern MONEY_LEADS = Pattern.compile("[£$€¥]");
  private static final Set<String> ASIDE_PARTICIPLES = Set.of("accused", "charged", "suspected", "convicted");
  private static final Set<String> NOT_AFTER_THAN = Set.of("expected", "predicted", "forecast", "estimated");

  /** Words that open a time after a cue: "reported at the weekend", "said on Monday". */
  private static final Set<String> TIME_LEADS = Set.of("at", "on", "last", "this", "late", "early", "earlier", "in");
  private static final Set<String> NOUN_BEFORE = Set.of("the", "a", "an", "these", "those", "this", "its", "his",
      "her", "their", "such", "any", "no", "our", "whose", "new", "earlier", "latest", "recent", "first");
  /** Verbs that report only with a clause after them ("the study found that ..."); alone they narrate. */
  private static final Set<String> CLAUSE_ONLY = Set.of("found", "finds", "showed", "shows", "believes", "believe",
      "believed", "thinks", "think", "expects", "expected", "estimated", "estimates", "claims", "reports",
      "charged", "concluded", "concludes", "observed", "agreed", "agrees", "recalled", "blamed", "blames",
      "put", "puts", "notes", "states", "contested", "contests", "dispute", "claim", "tell", "indicated",
      "indicates", "announce", "confirm", "maintain", "vow", "suggest", "repeated", "repeats", "show");
  /** Words before a cue that make it no statement: "to deny", "could confirm", "did not deny". */
  private static final Set<String> NOT_STATED = Set.of("to", "will", "would", "could", "may", "might", "should",
      "must", "can", "cannot", "not", "never", "n't", "didn't", "doesn't", "won't", "wouldn't", "refused");
  private static final Set<String> ADJUNCT = Set.of("on", "in", "a", "an", "the", "statement", "monday", "tuesday",
      "wednesday", "thursday", "friday", "saturday", "sunday", "last", "week", "late", "earlier", "this",
      "month", "year", "today", "yesterday", "night", "morning", "evening", "afternoon", "recently", "later",
      "separately", "also", "interview", "briefing", "post", "told", "reporters", "journalists",
      "news", "conference", "press", "release", "social", "media", "email", "emailed", "written", "at", "to",
      "weekend", "earlier,");
  /** Words after which an -ing cue still reports: ", telling the Herald that". */
  private static final Set<String> BEFORE_PARTICIPLE = Set.of(",", "and", "but", "while", "after", "before");
  /** Clause-only verbs that report a clause ahead without "that": "believes the toll will rise". */
  private static final Set<String> CLAUSE_VERBS = Set.of("believe", "believes", "believed", "think", "thinks",
      "expect", "expects", "expected", "estimated", "estimates", "found", "finds", "showed", "shows");
  /** Words whose "'s" is "is" or "has": "he's denied", "it's said". */
  private static final Set<String> CONTRACTED = Set.of("he", "she", "it", "who", "that", "there", "what", "where");

  private static final Set<String> SUBJECT_PRONOUNS = Set.of("it", "they", "he", "she", "we", "i");

  /** Prepositions that open the setting of a report before its "that": "said in an interview with ... that". */
  private static final Set<String> SETTING_LEADS = Set.of("in", "during", "at", "on", "after", "before", "via",
      "through", "while", "when");
  /** Words an elliptical clause ends with: "and it always has been", "and it still is". */
  private static final Set<String> ELLIPSIS_WORDS = Set.of("been", "be", "not", "so", "too", "always", "never",
      "still", "also");
  private static final Set<String> TIME_PREPOSITIONS = Set.of("in", "on", "at", "during");
  /** Where or when a speaker spoke, after a postposed "said": "said outside the court", "said after the meeting". */
  private static final Set<String> PLACE_PREPOSITIONS = Set.of("outside", "after", "before", "inside");
  /** Between a passive subject and its cue: "was widely reported". */
  private static final Set<String> PASSIVE_AUXILIARIES = Set.of("as", "was", "were", "is", "are", "been", "has",
      "have", "widely", "also", ",", "and");
  private static final Set<String> ARTICLES = Set.of("the", "a", "an");
  /** Words that lead a date after a cue: "on Monday", "late last week". */
  private static final Set<String> DATE_LEADS = Set.of("on", "late", "early", "last", "this");
  /** Report nouns that are pronouns and may stand for anything. */
  private static final Set<String> PRONOUNS = Set.of("that", "this", "it", "them", "those", "these", "everything",
      "any");
  /** Adjectives "with" completes ("familiar with"): no clause boundary. */
  private static final Set<String> ACQUAINTED = Set.of("familiar", "involved", "associated", "acquainted", "close");
  /** Lower-case words allowed between the capitalised words of a speaker name. */
  private static final Set<String> NAME_JOINERS = Set.of("the", "and", "of", "its");
  private static final Set<String> HAVE_FORMS = Set.of("has", "have", "had");
  /** After ", as": no new clause ("as well", "as the", "as it"). */
  private static final Set<String> AS_NO_CLAUSE = Set.of("well", "the", "it");
  /** What a declined comment may be about: "on", "about", "whether". */
  private static final Set<String> TOPIC_WORDS = Set.of("on", "about", "regarding", "whether", "over");
  private static final Set<String> DEMONSTRATIVES = Set.of("that", "this", "these", "those");
  /** Words that lead the object of a denial or condemnation, not part of it. */
  private static final Set<String> OBJECT_LEADS = Set.of("specifically", "publicly", "directly", "further",
      "immediately", "the", "these", "those", "this", "that", "such", "any", "all", "a", "an", "its", "his", "her",
      "their", "earlier", "latest", "new", "recent", "previous", "reported", "alleged", "so-called", "repeated",
      "widespread");
  /** Words after "as" that begin a characterisation: "as a fabrication". */
  private static final Set<String> CHARACTERISATION_LEADS = Set.of("a", "an", "pure", "baseless", "\"", "\u201c",
      "politically");
  private static final Set<String> TOPIC_LINKS = Set.of("over", "of", "about", "that", "regarding", "on");
  private static final Set<String> BE_FORMS = Set.of("was", "were", "is", "are");
  /** Words that lead an occasion rather than a claim: "amid", "after", "despite". */
  private static final Set<String> OCCASION_WORDS = Set.of("amid", "after", "following", "over", "despite");
  private static final Set<String> INTENSIFIERS = Set.of("pure", "complete", "total", "utter", "absolute");
  private static final Set<String> INDEFINITE_ARTICLES = Set.of("a", "an");
  private static final Set<String> RELATIVE_PRONOUNS = Set.of("which", "who", "whose");

  private static final Pattern WHITESPACE = Pattern.compile("\\s+");
  private static final Pattern NOT_LETTER_OR_DIGIT = Pattern.compile("[^\\p{L}\\p{N}]+");
  private static final Pattern UP_TO_THREE_DIGITS = Pattern.compile("\\d{1,3}");
  private static final Pattern HAS_DIGIT = Pattern.compile(".*\\d.*");
  /** "it was too early", "it is unclear": an impersonal clause, no claim about "it". */
  private static final Pattern IMPERSONAL = Pattern.compile("(?i)(?:is|was|would be|will be|could be|may be|might be) (?:not )?(?:too|likely|unlikely|unclear|clear|possible|impossible|important|necessary|time|hard|difficult|early|premature|expected|understood|believed|thought|known|certain|yet|immediately)\\b.*");
  /** "There was no evidence (that) X": X denied. */
  private static final Pattern NO_EVIDENCE = Pattern.compile(
      "(?i)there (?:is|was|has been|had been|were) (?:no|not any|not a shred of) (?:evidence|proof|indication|sign|suggestion)s? (?:that |of )?(.+)");
  private static final Pattern HEADER_CREDIT = Pattern.compile(
      "\\b(?:writes|reports|said|reported)\\s+([A-Z][\\w.&' -]{1,60}?)\\s+citing\\s+([A-Z][\\w.&' -]{1,60}?)[.,]");
  private static final Pattern DATELINE = Pattern.compile("^[A-Z][A-Za-z0-9 .,'-]{1,60}\\((Reuters|AP|AFP|Bloomberg|Xinhua|Yonhap)\\)\\s*[-\u2013\u2014]");

  /** A cue found in a sentence, and how its speaker and reported words lie around it. */
  private enum Shape { SUBJECT_FIRST, SPEAKER_AFTER, PASSIVE, ACCORDING_TO, PUBLICATION }

  private record Frame(Shape shape, int cueAt, int cueEnd, Lexicon.Cue cue, String cueText, List<Tok> speaker,
      List<Tok> cited, int contentFrom, int contentTo) {}

  public Extraction extract(String text, Directory directory, Speaker publisher, List<Speaker> relays) {
    List<Sentence> sentences = Sentences.split(text);
    List<List<Tok>> tokens = new ArrayList<>();
    List<List<Frame>> frames = new ArrayList<>();
    Set<String> keys = new HashSet<>();
    for (Sentence s : sentences) {
      List<Tok> toks = InterruptedQuote.join(Tokens.of(s.text(), s.start()));
      tokens.add(toks);
      List<Frame> fs = frames(toks);
      frames.add(fs);
      for (Frame f : fs) {
        keys.addAll(SpeakerPhrases.candidateKeys(f.speaker()));
        keys.addAll(SpeakerPhrases.candidateKeys(f.cited()));
      }
    }
    Credit credit = credit(text);
    if (credit != null) {
      keys.addAll(SpeakerPhrases.candidateKeys(Tokens.of(credit.publisher(), 0)));
      keys.addAll(SpeakerPhrases.candidateKeys(Tokens.of(credit.relay(), 0)));
    }
    Mentions mentions = Mentions.scan(tokens);
    keys.addAll(mentions.keys());
    keys.addAll(SpeakerPhrases.gazetteerKeys(keys));
    Map<String, Directory.Known> known = directory.find(keys);
    mentions.learn(known);
    SpeakerPhrases phrases = new SpeakerPhrases(known, mentions);
    Speaker creditedPublisher = null;
    List<Speaker> creditedRelays = List.of();
    if (credit != null) {
      List<Speaker> p = phrases.resolve(Tokens.of(credit.publisher(), 0), null);
      List<Speaker> r = phrases.resolve(Tokens.of(credit.relay(), 0), null);
      if (p.size() == 1) creditedPublisher = asOutlet(p.get(0));
      if (r.size() == 1) creditedRelays = List.of(asOutlet(r.get(0)));
    }
    if (publisher == null) publisher = creditedPublisher;
    if (relays.isEmpty()) relays = creditedRelays;
    Speaker publication = !relays.isEmpty() ? relays.get(relays.size() - 1) : publisher;
    Reader reader = new Reader(text, phrases, publication, publisher, relays);
    for (int i = 0; i < sentences.size(); i++) reader.read(sentences.get(i), tokens.get(i), frames.get(i));
    List<String> notes = new ArrayList<>();
    if (reader.statements.isEmpty()) notes.add("no attributed statements found");
    return new Extraction(reader.statements, creditedPublisher, creditedRelays, notes);
  }

  private static Speaker asOutlet(Speaker s) {
    return s.isNew() && s.kind() != ActorKind.MEDIA_OUTLET ? Speaker.fresh(s.name(), ActorKind.MEDIA_OUTLET, s.aliases()) : s;
  }

  /** "writes UNN citing Reuters": the publisher and the outlet it relays. */
  private record Credit(String publisher, String relay) {}

  private static Credit credit(String text) {
    String head = text.length() > 3000 ? text.substring(0, 3000) : text;
    // The pattern needs "citing": most texts have none, and searching them for it costs a scan per word.
    Matcher m = head.contains("citing") ? HEADER_CREDIT.matcher(head) : null;
    if (m != null && m.find()) return new Credit(m.group(1).strip(), m.group(2).strip());
    Matcher d = DATELINE.matcher(head);
    return d.find() ? new Credit(d.group(1), d.group(1)) : null;
  }

  // ---- Finding cues and the shape around them.

  private static List<Frame> frames(List<Tok> t) {
    List<Frame> out = new ArrayList<>();
    // No news sentence runs this long: a list or a dump, read as narration (and the rules stay linear).
    if (t.size() > MAX_SENTENCE_TOKENS) return out;
    for (int i = 0; i < t.size(); i++) {
      if (!t.get(i).isWord()) continue;
      if (t.get(i).is("according") && i + 1 < t.size() && t.get(i + 1).is("to")) {
        out.add(according(t, i, i + 2));
        i++;
        continue;
      }
      if (t.get(i).is("as") && i + 1 < t.size() && t.get(i + 1).is("per")) {
        out.add(according(t, i, i + 2));
        i++;
        continue;
      }
      if ((t.get(i).is("quoted") || t.get(i).is("quotes")) && i > 0) {
        Frame q = quotedAsSaying(t, i);
        if (q != null) {
          out.add(q);
          i = q.contentFrom() - 1;
          continue;
        }
      }
      int[] len = new int[1];
      Lexicon.Cue cue = cueAt(t, i, len);
      if (cue == null) continue;
      Frame f = frame(t, i, i + len[0], cue);
      if (f != null) out.add(f);
      i += len[0] - 1;
    }
    return out;
  }

  /**
   * "Iranian state media quoted the defence minister as saying ...": the one quoted speaks, the
   * quoting outlet relays (read as "[outlet] citing [speaker]"); null for other uses of "quoted".
   */
  private static Frame quotedAsSaying(List<Tok> t, int at) {
    int as = at + 1;
    while (as < t.size() - 2 && as - at <= 30 && !t.get(as).is("as") && !t.get(as).is(".")) as++;
    if (as >= t.size() - 2 || !t.get(as).is("as") || !t.get(as + 1).is("saying") || as == at + 1) return null;
    List<Tok> outlet = subjectBefore(t, at, false);
    if (outlet.isEmpty()) return null;
    List<Tok> speaker = new ArrayList<>(outlet);
    Tok q = t.get(at);
    speaker.add(new Tok("citing", "citing", q.start(), q.end()));
    speaker.addAll(t.subList(at + 1, as));
    int from = as + 2;
    if (from < t.size() && t.get(from).is("that")) from++;
    return new Frame(Shape.SUBJECT_FIRST, at, as + 2, new Lexicon.Cue(StanceKind.ASSERTS, false), "quoted", speaker,
        List.of(), from, contentEnd(t, from));
  }

  private static Lexicon.Cue cueAt(List<Tok> t, int i, int[] len) {
    if (!CUE_STARTS.contains(t.get(i).lower())) return null;
    // The first listed phrase that matches here: only those that begin with this word can.
    for (var e : Lexicon.PHRASE_WORDS_BY_FIRST.getOrDefault(t.get(i).lower(), List.of())) {
      String[] words = e.getKey();
      if (i + words.length > t.size()) continue;
      boolean match = true;
      for (int k = 0; k < words.length && match; k++) match = t.get(i + k).is(words[k]);
      if (match) {
        len[0] = words.length;
        return e.getValue();
      }
    }
    String w = t.get(i).lower();
    Lexicon.Cue cue = Lexicon.VERBS.get(w);
    boolean callsFor = i + 1 < t.size() && (t.get(i + 1).is("on") || t.get(i + 1).is("for") || t.get(i + 1).is("off"));
    if (callsFor && (w.equals("called") || w.equals("calling"))) return null;  // "called on police to stop ..."
    if (cue == null && (w.equals("called") || w.equals("calling")) && blameWordAhead(t, i + 1, 8)) {
      cue = new Lexicon.Cue(StanceKind.CONDEMNS, false);  // "a step Aurex called disproportionate"
    }
    if (cue == null && w.equals("called") && falseWordAhead(t, i + 1, 8)) cue = new Lexicon.Cue(StanceKind.DENIES, false);
    if ((w.equals("described") || w.equals("describes") || w.equals("branded") || w.equals("labelled")
        || w.equals("labeled")) && asFalseAhead(t, i + 1)) {
      cue = new Lexicon.Cue(StanceKind.DENIES, false);  // "described the association's claim as 'simply wrong'"
    }
    if (cue == null && w.equals("calling") && falseWordAhead(t, i + 1, 8)) cue = new Lexicon.Cue(StanceKind.DENIES, false);
    if (cue == null && DOUBT_VERBS.contains(w) && reportNounAhead(t, i + 1)) {
      cue = new Lexicon.Cue(StanceKind.DENIES, false);  // "questioned the findings", "challenged the figures"
    }
    if (cue == null) return null;
    if (i > 1 && t.get(i - 1).is(",") && ASIDE_PARTICIPLES.contains(w) && i + 1 < t.size()
        && (t.get(i + 1).is("of") || t.get(i + 1).is("with"))) {
      return null;  // "Lena Ruiz, accused of fraud by prosecutors, denied ...": an aside about her
    }
    int before = i - 1;
    while (before >= 0 && isQuote(t.get(before))) before--;
    if (before >= 0 && PASSIVE_AUXILIARIES_BE.contains(t.get(before).lower()) && !wordAhead(t, i + 1, 4, "by")) {
      return null;  // "the weighting had been 'clarified'", "bidders had been told of it": no one reports
    }
    if (before >= 0 && BE_FORMS.contains(t.get(before).lower()) && w.endsWith("ed") && !w.equals("quoted")
        && !wordAhead(t, i + 1, 4, "by")) {
      return null;  // "Hackers were blamed for the outage", "the deal was announced on Monday": no one speaks
    }
    if (w.equals("explained") && before >= 0 && (t.get(before).is("be") || PASSIVE_AUXILIARIES_BE.contains(t.get(before).lower()))) {
      return null;  // "the signal could be explained by activity on the star": a cause, not a speaker
    }
    if ((w.equals("claimed") || w.equals("claims")) && moneyAhead(t, i + 1)) {
      return null;  // "claimed more than £48,000 in expenses": money claimed, no words
    }
    if ((w.equals("add") || w.equals("adds")) && i + 1 < t.size() && (t.get(i + 1).is("up") || t.get(i + 1).is("to"))) {
      return null;  // "the numbers do not add up", "will add to the pressure"
    }
    if (i > 0 && NOT_AFTER_THAN.contains(w) && (t.get(i - 1).is("than")
        || t.get(i - 1).is("as") && !(i + 1 < t.size() && t.get(i + 1).is("by")))) {
      return null;  // "damage was worse than expected", "as expected": no one is reported
    }
    if (RESPONSE_VERBS.contains(w) && negatedSubject(t, i)) {
      cue = new Lexicon.Cue(StanceKind.DECLINES_TO_COMMENT, false);  // "Neither X nor Y responded to requests for comment"
    }
    if (w.endsWith("ing") && !(i > 0 && BEFORE_PARTICIPLE.contains(t.get(i - 1).lower())
        && !(t.get(i - 1).is("before") || t.get(i - 1).is("after")))) {
      return null;  // "waiting two weeks before telling customers": no report; ", telling the Herald that" is
    }
    if (i > 0 && NOUN_BEFORE.contains(t.get(i - 1).lower())) return null;  // "the claims", "a report"
    if (i > 0 && !t.get(i - 1).lower().equals(Tokens.unpossessed(t.get(i - 1).lower())) && t.get(i - 1).isWord()
        && !CONTRACTED.contains(Tokens.unpossessed(t.get(i - 1).lower()))) {
      return null;  // "Ortega's claim that ...", "Rovers' declared spending": a noun after its owner
    }
    if (i > 1 && (t.get(i - 1).is("'") || t.get(i - 1).is("\u2019")) && t.get(i - 2).isWord()
        && t.get(i - 2).lower().endsWith("s")) {
      return null;  // the plural owner split from its apostrophe
    }
    if (i > 0 && NOT_STATED.contains(t.get(i - 1).lower()) && cue.kind() != StanceKind.DECLINES_TO_COMMENT) return null;
    if (t.get(i).capitalized() && i > 0) return null;  // part of a name
    if (i > 0 && (t.get(i - 1).is("that") || t.get(i - 1).is("which")) && !namedWhich(t, i - 1)) {
      return null;  // "a contractor that maintains"; but "Lestrian State Railways, which confirmed that ..."
    }
    if (embedded(t, i)) return null;  // "whether the company had warned", "if it finds that"

    boolean byNext = i + 1 < t.size() && t.get(i + 1).is("by");
    if (CLAUSE_ONLY.contains(w) && !byNext) {
      boolean that = i + 1 < t.size() && (t.get(i + 1).is("that") || t.get(i + 1).is(":"));
      boolean at = (w.equals("put") || w.equals("puts") || w.startsWith("estimate")) && wordAhead(t, i + 1, 12, "at");
      boolean with = (w.equals("charged") || w.equals("charges")) && wordAhead(t, i + 1, 6, "with")
          // "blamed a third-party vendor for the breach", "blamed the delays on a strike"
          || w.startsWith("blame") && (wordAhead(t, i + 1, 10, "for") || wordAhead(t, i + 1, 10, "on"));
      boolean clause = CLAUSE_VERBS.contains(w) && clauseAhead(t, i + 1);
      // "repeated the union's argument that ...": a report noun and its clause.
      boolean reportClause = (w.startsWith("repeat") || w.startsWith("show")) && reportNounThat(t, i + 1);
      if (!that && !at && !with && !clause && !reportClause && !postposed(t, i + 1)) return null;
    }
    len[0] = 1;
    return cue;
  }

  /** Verbs that dispute a report only when a report is their object: "questioned the findings". */
  private static final Set<String> DOUBT_VERBS = Set.of("questioned", "questions", "challenged", "challenges");

  /** Every word a cue can start with; any other word is passed over at once (most words are). */
  private static final Set<String> CUE_STARTS;

  static {
    Set<String> starts = new HashSet<>(Lexicon.PHRASE_WORDS_BY_FIRST.keySet());
    starts.addAll(Lexicon.VERBS.keySet());
    starts.addAll(List.of("called", "calling", "described", "describes", "branded", "labelled", "labeled"));
    starts.addAll(DOUBT_VERBS);
    CUE_STARTS = Set.copyOf(starts);
  }


  /** Whether a report noun ("findings", "the union's figures") is the object starting at {@code from}. */
  private static boolean reportNounAhead(List<Tok> t, int from) {
    for (int k = from; k < Math.min(t.size(), from + 4); k++) {
      String w = t.get(k).lower();
      // "the union's figures": the noun, not its owner ("the study's independence" questions no study).
      if (!Tokens.unpossessed(w).equals(w)) continue;
      if (Lexicon.REPORT_NOUNS.contains(w) && !PRONOUNS.contains(w) && !VAGUE_REPORT_NOUNS.contains(w)) return true;
      if (!t.get(k).isWord()) return false;
    }
    return false;
  }

  /** Report nouns too vague to mark a disputed report: "questioned the move", "challenged the demand". */
  private static final Set<String> VAGUE_REPORT_NOUNS = Set.of("step", "move", "demand", "demands", "words");

  private static final Set<String> RESPONSE_VERBS = Set.of("responded", "replied", "commented", "answered",
      "returned");

  /** Whether the subject before the cue at {@code i} is "neither ... nor ...", "no one" or "none of ...". */
  private static boolean negatedSubject(List<Tok> t, int i) {
    for (int k = 0; k < i; k++) {
      if (t.get(k).is("neither") || t.get(k).is("none") || t.get(k).is("nobody")
          || t.get(k).is("no") && k + 1 < i && t.get(k + 1).is("one")) {
        return true;
      }
    }
    return false;
  }

  /** Whether the cue's clause hangs from "whether" or "if": a question or condition, not a statement. */
  private static boolean embedded(List<Tok> t, int i) {
    for (int k = i - 1; k >= Math.max(0, i - 6); k--) {
      Tok x = t.get(k);
      if (x.is("whether") || x.is("if")) return true;
      if (!x.isWord() || BOUNDARY.contains(x.lower()) || Lexicon.VERBS.containsKey(x.lower())) return false;
    }
    return false;
  }

  private static boolean supportsCue(Lexicon.Cue cue) {
    return cue.kind() == StanceKind.ASSERTS || cue.kind() == StanceKind.SUGGESTS;
  }

  /** Whether a clause with its own verb follows: "believe the merger could collapse". */
  /** Whether the "which" at {@code which} follows a name and a comma: "Lestrian State Railways, which". */
  private static boolean namedWhich(List<Tok> t, int which) {
    return t.get(which).is("which") && which >= 2 && t.get(which - 1).is(",") && t.get(which - 2).capitalized()
        && t.get(which - 2).isWord();
  }

  private static boolean reportNounThat(List<Tok> t, int from) {
    for (int k = from; k < Math.min(t.size() - 1, from + 5); k++) {
      if (Lexicon.REPORT_NOUNS.contains(Tokens.unpossessed(t.get(k).lower())) && t.get(k + 1).is("that")) return true;
    }
    return false;
  }

  private static boolean clauseAhead(List<Tok> t, int from) {
    for (int k = from + 1; k < Math.min(t.size(), from + 7); k++) {
      if (!t.get(k).isWord() && !t.get(k).is("'")) return false;
      if (FINITE.contains(t.get(k).lower())) return true;
    }
    return false;
  }

  private static boolean falseWordAhead(List<Tok> t, int from, int span) {
    for (int k = from; k < Math.min(t.size(), from + span); k++) {
      if (Lexicon.FALSE_WORDS.contains(t.get(k).lower())) return true;
      // called the figure "not supported by any count we have seen"
      if (isQuote(t.get(k)) && k + 1 < t.size() && (t.get(k + 1).is("not") || t.get(k + 1).is("never"))) return true;
    }
    return false;
  }

  /** Whether "as" and a word of falsehood follow within a few words: "the claim as 'simply wrong'". */
  private static boolean asFalseAhead(List<Tok> t, int from) {
    for (int k = from; k < Math.min(t.size() - 1, from + 8); k++) {
      if (t.get(k).is("as")) return falseWordAhead(t, k + 1, 4);
    }
    return false;
  }

  private static boolean blameWordAhead(List<Tok> t, int from, int span) {
    for (int k = from; k < Math.min(t.size(), from + span); k++) {
      if (Lexicon.BLAME_WORDS.contains(t.get(k).lower())) return true;
      if (Lexicon.FALSE_WORDS.contains(t.get(k).lower())) return false;
    }
    return false;
  }

  private static boolean wordAhead(List<Tok> t, int from, int span, String word) {
    for (int k = from; k < Math.min(t.size(), from + span); k++) {
      if (t.get(k).is(word)) return true;
    }
    return false;
  }

  /** Whether only adjuncts ("on Monday", "in a statement") stand between {@code from} and a clause end. */
  private static boolean postposed(List<Tok> t, int from) {
    int k = from;
    while (k < t.size() && t.get(k).isWord() && ADJUNCT.contains(t.get(k).lower())) k++;
    boolean place = from < t.size() && from > 0 && PLACE_PREPOSITIONS.contains(t.get(from).lower())
        && SAY.contains(t.get(from - 1).lower());
    if (k < t.size() && from < t.size() && (TIME_PREPOSITIONS.contains(t.get(from).lower()) || place)) {
      // "said in a video posted on the company's website."
      int e = from;
      while (e < t.size() && !t.get(e).is("that") && !t.get(e).is(",") && !t.get(e).is(".") && e - from < 12) e++;
      if (e < t.size() && (t.get(e).is(".") || t.get(e).is(",")) || e >= t.size()) k = e;
    }
    return k >= t.size() || t.get(k).is(",") || t.get(k).is(".") || t.get(k).is(";") || t.get(k).is("!")
        || t.get(k).is("\u2014") || t.get(k).is("-") || t.get(k).is("?");
  }

  private static Frame according(List<Tok> t, int at, int after) {
    int end = after;
    while (end < t.size() && !t.get(end).is(",") && !t.get(end).is(".") && !t.get(end).is(";")) end++;
    if (end < t.size() && t.get(end).is(",") && end > after && !t.get(end - 1).capitalized()) {
      // "According to the Kharkiv regional governor, Oleh Syniehubov, 17 people": the title, then the name.
      int name = end + 1;
      while (name < t.size() && t.get(name).isWord() && t.get(name).capitalized()) name++;
      if (name - end - 1 >= 2 && name < t.size() && t.get(name).is(",")) end = name;
    }
    List<Tok> speaker = t.subList(after, end);
    List<Tok> cited = List.of();
    if (end + 2 < t.size() && t.get(end).is(",") && (t.get(end + 1).is("which") || t.get(end + 1).is("who"))
        && !(t.get(end + 2).is("cited") || t.get(end + 2).is("quoted"))) {
      // "a report in the Sporting Chronicle, which first revealed the investigation in November, the firm ...":
      // the relative clause describes the source; the words come after it.
      int e2 = end + 2;
      while (e2 < t.size() && !t.get(e2).is(",") && !t.get(e2).is(".")) e2++;
      if (e2 < t.size() && t.get(e2).is(",")) end = e2;
    }
    // "a report in the Lakeside Gazette, which cited three people familiar with the matter"
    int k = end;
    if (k + 2 < t.size() && t.get(k).is(",") && t.get(k + 1).is("which") && (t.get(k + 2).is("cited")
        || t.get(k + 2).is("quoted"))) {
      int e2 = k + 3;
      while (e2 < t.size() && !t.get(e2).is(",") && !t.get(e2).is(".")) e2++;
      cited = t.subList(k + 3, e2);
      end = e2;
    }
    boolean leading = at == 0 || (at <= 2 && !t.get(0).isWord()) || allIntroBefore(t, at);
    Lexicon.Cue cue = new Lexicon.Cue(StanceKind.ASSERTS, false);
    if (leading) {
      int from = end < t.size() && t.get(end).is(",") ? end + 1 : end;
      return new Frame(Shape.ACCORDING_TO, at, after, cue, "according to", speaker, cited, from, t.size());
    }
    int to = at > 0 && t.get(at - 1).is(",") ? at - 1 : at;
    return new Frame(Shape.ACCORDING_TO, at, after, cue, "according to", speaker, cited, -1, to);
  }

  private static boolean allIntroBefore(List<Tok> t, int at) {
    return at > 0 && at < 4 && t.subList(0, at).stream().noneMatch(x -> x.is(","));
  }

  private static Frame frame(List<Tok> t, int at, int end, Lexicon.Cue cue) {
    String cueText = SpeakerPhrases.text(t.subList(at, end));
    boolean passive = end < t.size() && t.get(end).is("by") && !cueText.startsWith("declin");
    if (cueText.endsWith(" from") || cueText.endsWith(" by")) passive = true;
    if (passive) {
      int s = cueText.endsWith(" from") || cueText.endsWith(" by") ? end : end + 1;
      int e = s;
      while (e < t.size() && !t.get(e).is(".") && !t.get(e).is(";") && !(t.get(e).is(",") && e + 1 < t.size()
          && !t.get(e + 1).capitalized() && !t.get(e + 1).is("and"))) {
        if (t.get(e).is("and") && e + 2 < t.size() && Lexicon.VERBS.containsKey(t.get(e + 1).lower())
            && t.get(e + 2).is("by")) break;
        if (t.get(e).is("as") && e > s) break;  // "dismissed by the league as pure speculation"
        e++;
      }
      int to = at;
      while (to > 0 && PASSIVE_AUXILIARIES.contains(t.get(to - 1).lower())) to--;
      if (cueText.startsWith("accus") || cueText.startsWith("charg")) {
        // "The army was accused by Human Rights Monitor of shelling Orsk": the agent, then what of.
        String joint = cueText.startsWith("accus") ? "of" : "with";
        for (int k = s + 1; k < e; k++) {
          if (t.get(k).is(joint)) return new Frame(Shape.PASSIVE, at, end, cue, cueText, t.subList(s, k), List.of(), k + 1, e);
        }
        return null;
      }
      return new Frame(Shape.PASSIVE, at, end, cue, cueText, t.subList(s, e), List.of(), -1, to);
    }
    // ", said Artyom Lukin of ..." / "\"...,\" said Lukin."
    if (at > 0 && (t.get(at - 1).is(",") || isQuote(t.get(at - 1))) && end < t.size() && t.get(end).isWord()
        && SAY.contains(cueText) && (t.get(end).capitalized() || ARTICLES.contains(t.get(end).lower())
            || titledNameAhead(t, end))
        && nounPhraseOnly(t, end)) {
      int e = end;
      while (e < t.size() && !t.get(e).is(".") && !t.get(e).is(";") && !t.get(e).is("!")) e++;
      int to = at - 1;
      while (to > 0 && (t.get(to - 1).is(",") || isQuote(t.get(to - 1)))) to--;
      if (isQuote(t.get(at - 1)) && to > 0 && t.get(to - 1).is(",")) to--;
      return new Frame(Shape.SPEAKER_AFTER, at, end, cue, cueText, t.subList(end, e), List.of(), -1, at - 1);
    }
    // "as indicated", "as reported": the publication speaks.
    if (at > 0 && t.get(at - 1).is("as") && (end >= t.size() || t.get(end).is(",")) ) {
      return new Frame(Shape.PUBLICATION, at, end, new Lexicon.Cue(StanceKind.ASSERTS, false), cueText, List.of(), List.of(), 0, t.size());
    }
    // "..., the state-run KCNA news agency reported Monday." / "the country is ..., the publication said."
    boolean coordinated = at > 1 && (t.get(at - 1).is("and") || t.get(at - 1).is("but"));
    boolean topic = cue.kind() == StanceKind.DECLINES_TO_COMMENT && end < t.size() && t.get(end).isWord();
    if (cue.kind() == StanceKind.DECLINES_TO_COMMENT && !coordinated) {
      // "..., and Seacrest declined to comment.": a silence of its own, not a speaker after the words.
      int k = at - 1;
      while (k > 0 && t.get(k).isWord() && !t.get(k).is("and") && !t.get(k).is("but") && at - k < 6) k--;
      if (k > 0 && (t.get(k).is("and") || t.get(k).is("but")) && t.get(k - 1).is(",")) coordinated = true;
    }
    if (!coordinated && !topic && postposed(t, cueText.startsWith("tol") ? afterListener(t, end) : end)) {
      int k = at - 1;
      while (k >= 0 && Lexicon.PRE_CUE.contains(t.get(k).lower()) && !t.get(k).is("that")) k--;
      int speakerEnd = k + 1;
      if (k > 0 && t.get(k).is(",")) {
        // "“...,” its managing director, Owen Castellane, said": a speaker with an appositive, after a quote.
        int q = k - 1;
        while (q >= 0 && !isQuote(t.get(q)) && !t.get(q).is(";") && k - q < 14) q--;
        if (q > 0 && isQuote(t.get(q)) && k - q > 1) {
          return new Frame(Shape.SPEAKER_AFTER, at, end, cue, cueText, t.subList(q + 1, k), List.of(), -1, q);
        }
        // "..., his agent, Bruno Keller, said": a name with its description, between commas.
        int described = describedName(t, k);
        if (described > 0) {
          return new Frame(Shape.SPEAKER_AFTER, at, end, cue, cueText, t.subList(described + 1, k), List.of(), -1,
              described);
        }
      }
      while (k >= 0 && !t.get(k).is(",") && !isQuote(t.get(k)) && !t.get(k).is(";")) k--;
      // "Separately, the Caldermere Post reported ... that": an opening adverb, not reported words
      boolean opener = k == 1 && t.get(0).isWord() && (t.get(0).lower().endsWith("ly")
          || SENTENCE_OPENERS.contains(t.get(0).lower()));
      if (k > 0 && !opener && speakerEnd - k - 1 >= 1 && speakerEnd - k - 1 <= 12) {
        List<Tok> speaker = t.subList(k + 1, speakerEnd);
        boolean relative = speaker.get(0).is("which") || speaker.size() > 2
            && ARTICLES.contains(speaker.get(0).lower()) && Lexicon.REPORT_NOUNS.contains(speaker.get(1).lower());
        if (relative && cue.kind() != StanceKind.ASSERTS) {
          // "..., an accusation the agency rejected": the object is the statement before it.
          List<Tok> who = speaker.get(0).is("which") ? speaker.subList(1, speaker.size()) : speaker;
          return new Frame(Shape.SUBJECT_FIRST, at, end, cue, cueText, who, List.of(), end, end);
        }
        int contentTo = k;
        while (contentTo > 0 && (t.get(contentTo - 1).is(",") || isQuote(t.get(contentTo - 1)))) contentTo--;
        return new Frame(Shape.SPEAKER_AFTER, at, end, cue, cueText, speaker, List.of(), -1, k);
      }
      if (cue.kind() != StanceKind.DECLINES_TO_COMMENT && k < 0 && speakerEnd > 0 && end < t.size()
          && !t.get(end).is(",")) {
        // "Wrenfield rejected the accusation." handled below as subject-first with no object.
      }
    }
    boolean participle = cueText.endsWith("ing") && at > 0
        && (t.get(at - 1).is(",") || BOUNDARY.contains(t.get(at - 1).lower()) || t.get(at - 1).is("and"));
    // "... and said", "... but declined to say": a second verb of the same speaker.
    int before = at - 1;
    while (before >= 0 && Lexicon.PRE_CUE.contains(t.get(before).lower()) && !t.get(before).is("that")) before--;
    if (before > 0 && (t.get(before).is("and") || t.get(before).is("but"))) participle = true;
    List<Tok> subject = participle ? List.of() : subjectBefore(t, at, cue.kind() == StanceKind.DECLINES_TO_COMMENT);
    if (!subject.isEmpty() && isQuote(t.get(0)) && !wordAhead(t, end, 12, "that")) {
      // "“...,” Foreign Minister Jana Holub told a news conference in the capital": the quote is what was said.
      int close = t.indexOf(subject.get(0)) - 1;
      while (close > 0 && !isQuote(t.get(close))) close--;
      if (close > 1) return new Frame(Shape.SPEAKER_AFTER, at, end, cue, cueText, subject, List.of(), 0, close);
    }
    int from = end;
    // "told reporters that", "told the Gazette on Monday that"
    if (wordAhead(t, end, 9, "that")) {
      // "told reporters that", "said on Monday that", "told the Gazette in an interview that"
      int k = end;
      while (k < t.size() && !t.get(k).is("that") && (ADJUNCT.contains(t.get(k).lower()) || t.get(k).capitalized()
          || Reader.FRAMING.contains(t.get(k).lower()) || cueText.startsWith("tol"))) k++;
      if (k < t.size() && t.get(k).is("that")) from = k;
    }
    if (from == end && end < t.size() && SETTING_LEADS.contains(t.get(end).lower())) {
      // "said in an interview with the Tromsdal Herald that", "said during a visit to the plant that",
      // "said in a statement: ...": the setting.
      for (int k = end + 1; k < Math.min(t.size(), end + 16); k++) {
        if (t.get(k).is("that") || t.get(k).is(":")) {
          from = k;
          break;
        }
        if (!t.get(k).isWord() && !t.get(k).is("'") && !t.get(k).is("\u2019") || FINITE.contains(t.get(k).lower())) break;
      }
    }
    if (from == end && (cueText.startsWith("tol") || cueText.equals("telling"))) from = afterListener(t, end);
    while (from + 1 < t.size() && DATE_LEADS.contains(t.get(from).lower())
        && Reader.TIME_WORDS.contains(t.get(from + 1).lower()) && !t.get(from + 1).is("the")) {
      from += 2;  // "said on Monday it had ordered ...": the day is no part of the claim
    }
    while (from < t.size() && (t.get(from).is("that") && !(from + 1 < t.size() && (reportNoun(t.get(from + 1).lower())
        && !(supportsCue(cue) && clauseAhead(t, from + 1))  // "wrote that demand for the vaccine had doubled"
        || t.get(from + 1).is(",") || t.get(from + 1).is(".")))  // "disputed that, saying ...": a demonstrative
        || t.get(from).is(":") || t.get(from).is(","))) {
      from++;  // "said that ...", but "rejected that claim" keeps its demonstrative
    }
    // "reported at the weekend, citing ...": a time after the cue comes before the citation
    int cited = end;
    while (cited < t.size() && cited - end < 5 && !t.get(cited).is(",") && t.get(cited).isWord()
        && (TIME_LEADS.contains(t.get(cited).lower()) || cited > end)) {
      cited++;
    }
    if (cited > end && !(cited + 1 < t.size() && t.get(cited).is(",") && t.get(cited + 1).is("citing"))) cited = end;
    if (cited + 2 < t.size() && t.get(cited).is(",") && t.get(cited + 1).is("citing")) {
      // "The Kronberg Times had reported, citing two officials, that ...": the officials speak, the paper relays.
      end = cited;
      int comma = end + 2;
      while (comma < t.size() && !t.get(comma).is(",") && !t.get(comma).is(".") && comma - end < 14) comma++;
      if (comma + 1 < t.size() && t.get(comma).is(",")) {
        int words = t.get(comma + 1).is("that") ? comma + 2 : comma + 1;
        return new Frame(Shape.SUBJECT_FIRST, at, end, cue, cueText, subject, t.subList(end + 2, comma), words,
            contentEnd(t, words));
      }
    }
    int to = contentEnd(t, from);
    if (at >= 3 && namedWhich(t, at - 1)) {
      // "X, which says it has logged 46 complaints, argues that ...": the relative clause ends at the main verb.
      for (int k = from + 1; k + 1 < to; k++) {
        if (t.get(k).is(",") && (Lexicon.VERBS.containsKey(t.get(k + 1).lower()) || FINITE.contains(t.get(k + 1).lower()))) {
          to = k;
          break;
        }
      }
    }
    return new Frame(Shape.SUBJECT_FIRST, at, end, cue, cueText, subject, List.of(), from, to);
  }

  /** Whether a lower-case title, then a name, starts at {@code from}: "said lead author Dr. Miriam Osei". */
  /**
   * The comma before "his agent, Bruno Keller" or "Raj Patel, the chief technology officer" ending at
   * the comma {@code k}: a name (capitalised words) and a description (lower-case words after a
   * determiner) on either side of one comma. -1 when the words before {@code k} are not that.
   */
  private static int describedName(List<Tok> t, int k) {
    int mid = k - 1;
    while (mid > 0 && !t.get(mid).is(",") && k - mid <= 6) mid--;
    if (mid <= 0 || !t.get(mid).is(",") || k - mid < 2) return -1;
    int start = mid - 1;
    while (start > 0 && !t.get(start).is(",") && mid - start <= 6) start--;
    if (start <= 0 || !t.get(start).is(",") || mid - start < 2) return -1;
    List<Tok> a = t.subList(start + 1, mid);
    List<Tok> b = t.subList(mid + 1, k);
    return name(a) && description(b) || description(a) && name(b) ? start : -1;
  }

  private static boolean name(List<Tok> words) {
    return words.size() <= 4 && words.stream().allMatch(w -> w.isWord() && w.capitalized());
  }

  private static boolean description(List<Tok> words) {
    String first = words.get(0).lower();
    if (!(ARTICLES.contains(first) || POSSESSIVE_DETERMINERS.contains(first) || first.endsWith("'s"))) return false;
    for (Tok w : words) {
      String x = w.lower();
      if (!w.isWord() || FINITE.contains(x) || x.equals("who") || x.equals("which") || x.equals("that")) return false;
    }
    return words.size() >= 2;
  }

  private static final Set<String> POSSESSIVE_DETERMINERS = Set.of("his", "her", "its", "their", "our", "my", "your");

  /** "claimed more than £48,000 in expenses": a sum of money right after the verb. */
  private static boolean moneyAhead(List<Tok> t, int from) {
    for (int k = from; k < Math.min(t.size(), from + 4); k++) {
      String w = t.get(k).lower();
      if (MONEY_LEADS.matcher(w).matches() || MONEY_WORDS.contains(w)) return true;
      if (FINITE.contains(w)) return false;
    }
    return false;
  }

  private static final Set<String> MONEY_WORDS = Set.of("pounds", "dollars", "euros", "expenses", "damages",
      "compensation", "allowances");

  private static boolean titledNameAhead(List<Tok> t, int from) {
    for (int k = from; k < Math.min(t.size() - 1, from + 4); k++) {
      if (!t.get(k).isWord() || t.get(k).capitalized()) return false;
      if (Mentions.nounKind(t.get(k).lower()) == ActorKind.PERSON && t.get(k + 1).capitalized()) return true;
      // "said opposition candidate Irina Volkova": a description, then a known first name.
      if (t.get(k + 1).capitalized() && k + 2 < t.size() && t.get(k + 2).capitalized()
          && FirstNames.of(t.get(k + 1).text()) != FirstNames.Gender.UNKNOWN) {
        return true;
      }
    }
    return false;
  }

  /** Whether the words from {@code from} to the clause end hold no verb: ", said a spokesman for the club." */
  private static boolean nounPhraseOnly(List<Tok> t, int from) {
    for (int k = from; k < t.size() && !t.get(k).is(",") && !t.get(k).is("."); k++) {
      String w = t.get(k).lower();
      if (FINITE.contains(w) || Lexicon.HEDGES.contains(w) || Lexicon.VERBS.containsKey(w) && k > from + 1
          || w.equals("that") || k > from + 1 && w.endsWith("ed") && w.length() > 4 && !t.get(k).capitalized()
          || k - from > 10) {
        return false;  // ", says the plant released waste": a clause, not a speaker
      }
    }
    return true;
  }

  /** Verbs that put their speaker after them: ", said the ministry", ", added Lukin". */
  private static final Set<String> SAY = Set.of("said", "says", "added", "adds", "wrote", "writes", "noted", "stated",
      "explained", "reported", "continued", "insisted", "argued", "warned", "asked", "recalled", "declared");

  private static final Set<String> FINITE = Set.of("is", "was", "were", "are", "had", "has", "have", "would", "will",
      "could", "can", "should", "did", "does", "do", "appeared", "seemed", "may", "might", "must");

  static boolean isQuote(Tok t) {
    return t.is("\"") || t.is("\u201c") || t.is("\u201d");
  }

  /** A noun that names a statement ("claim", "report"), not a pronoun that may stand for anything. */
  static boolean reportNoun(String w) {
    return Lexicon.REPORT_NOUNS.contains(w) && !PRONOUNS.contains(w);
  }

  /** "told reporters the inquiry would ...", "told AP the toll had risen": where the told words begin. */
  private static int afterListener(List<Tok> t, int from) {
    int k = from;
    if (k < t.size() && (t.get(k).is("the") || t.get(k).is("a") || t.get(k).is("an"))) k++;
    int words = 0;
    while (k < t.size() && words < 4 && t.get(k).isWord() && (t.get(k).capitalized() || LISTENERS.contains(t.get(k).lower()))) {
      k++;
      words++;
    }
    return words > 0 ? k : from;
  }

  private static final Set<String> LISTENERS = Set.of("reporters", "journalists", "lawmakers", "parliament", "news",
      "conference", "briefing", "committee", "audience", "crowd", "staff", "supporters", "us", "him", "her", "them",
      "me", "investors", "analysts", "radio", "television", "broadcaster", "newspaper", "agency", "court");

  /** The first comma in [from, to), or -1. */
  private static int commaAt(List<Tok> t, int from, int to) {
    for (int i = from; i < to; i++) if (t.get(i).is(",")) return i;
    return -1;
  }

  /** The speaker phrase that ends before the cue, within its clause. */
  private static List<Tok> subjectBefore(List<Tok> t, int at, boolean silence) {
    if (at >= 3 && namedWhich(t, at - 1)) {
      // "..., on Lestrian State Railways, which confirmed that ...": the name before the comma.
      int k = at - 3;
      while (k >= 0 && (t.get(k).isWord() && t.get(k).capitalized() || k > 0 && (t.get(k).is("of")
          || t.get(k).is("'") || t.get(k).is("\u2019")) && t.get(k - 1).capitalized())) {
        k--;  // "the Household Consumers' Association, which says ..."
      }
      return t.subList(k + 1, at - 2);
    }
    int j = at - 1;
    while (j >= 0 && Lexicon.PRE_CUE.contains(t.get(j).lower()) && !t.get(j).is("that")
        && !(t.get(j).capitalized() && j > 0 && t.get(j - 1).capitalized() && t.get(j - 1).isWord())) {
      j--;  // "the journal Cardiology Today found": a capitalised word after a name is part of it
    }
    if (j > 1 && t.get(j).is(")")) {
      // "The Athletics Integrity Unit (AIU) said": the brackets belong to the name.
      int open = j - 1;
      while (open > 0 && !t.get(open).is("(") && j - open < 6) open--;
      if (t.get(open).is("(")) j = open - 1;
    }
    int end = j + 1;
    int k = j;
    while (k >= 0) {
      Tok x = t.get(k);
      if (x.is(";") || x.is(":") || isQuote(x) || x.is("(") || x.is(")") || x.is("-") || x.is("\u2014")) break;
      if (silence && k < j && SAY.contains(x.lower()) && SUBJECT_PRONOUNS.contains(t.get(k + 1).lower())) {
        break;  // "The agency said it would not comment": the subject of "would not comment" is "it"
      }
      if (k >= 3 && (t.get(k - 1).is("speaking") || t.get(k - 1).is("talking")) && t.get(k - 2).is(",")) {
        k -= 3;  // "A senior official, speaking on condition of anonymity, said": the aside is no boundary
        continue;
      }
      if (!x.capitalized() && BOUNDARY.contains(x.lower()) && !(x.is("with") && k > 0
          && ACQUAINTED.contains(t.get(k - 1).lower()))) {
        break;
      }
      int clauseEnd = k < j && k > 0 && !t.get(k - 1).is(",") && !x.capitalized() && Lexicon.VERBS.containsKey(x.lower())
          ? commaAt(t, k + 1, Math.min(end - 1, k + 4)) : -1;
      if (clauseEnd >= 0) {
        // "..., researchers reported on Monday, a finding the manufacturer rejected": a clause of its
        // own ends there; the subject starts after it.
        k = clauseEnd;
        break;
      }
      k--;
    }
    if (k > 0 && !(t.get(k).is("who") || t.get(k).is("which")) && end - 1 > k && t.get(end - 1).is(",")) {
      // "The Ministry of Education, which publishes a framework but leaves pay to councils, declined":
      // the relative clause has a "but" of its own; its "which" is further back.
      for (int w = k - 1; w > 0; w--) {
        if (isQuote(t.get(w)) || t.get(w).is(";") || t.get(w).is(":")) break;
        if ((t.get(w).is("which") || t.get(w).is("who")) && t.get(w - 1).is(",")
            || t.get(w).is("that") && t.get(w - 1).isWord() && !t.get(w - 1).capitalized()
            && !Lexicon.VERBS.containsKey(t.get(w - 1).lower())) {
          k = w;  // "..., the private contractor that has maintained the points since 2021, did not respond"
          break;
        }
      }
    }
    if (k > 0 && (t.get(k).is("who") || t.get(k).is("which") || t.get(k).is("that")) && end - 1 > k
        && t.get(end - 1).is(",")) {
      // "NASA, which runs a separate mission, declined": the speaker is before the relative clause.
      end = t.get(k - 1).is(",") ? k - 1 : k;
      k = end - 1;
      while (k >= 0) {
        Tok x = t.get(k);
        if (x.is(";") || x.is(":") || isQuote(x) || x.is("(") || x.is(")") || x.is("-") || x.is("\u2014")) break;
        if (!x.capitalized() && BOUNDARY.contains(x.lower())) break;
        k--;
      }
    }
    List<Tok> phrase = afterTimeLead(t.subList(k + 1, end));
    if (phrase.isEmpty()) return phrase;
    if (k >= 0 && INTRO_PREPOSITIONS.contains(t.get(k).lower()) && t.get(0).capitalized()
        && (INTRO_PREPOSITIONS.contains(t.get(0).lower()) || INTRO_PARTICIPLES.contains(t.get(0).lower()))
        ) {
      // "In an interview with the Daily Courier, Foreign Minister Walid Haddad said": the words
      // up to the comma end the opening phrase; the subject comes after it (unless it goes on as a
      // list: "after Kalmar Bank, Osprey Capital and Helix Finance said").
      int comma = 0;
      while (comma < phrase.size() && !phrase.get(comma).is(",")) comma++;
      if (comma + 1 < phrase.size() && phrase.get(comma + 1).capitalized()
          && !usedBetween(phrase, comma + 1, phrase.size(), "and")) {
        phrase = phrase.subList(comma + 1, phrase.size());
      }
    }
    int n = phrase.size();
    if (n >= 4 && phrase.get(n - 1).is(",") && UP_TO_THREE_DIGITS.matcher(phrase.get(n - 2).lower()).matches() && phrase.get(n - 3).is(",")) {
      return phrase.subList(0, n - 3);  // "Arvesen, 27, denied": the age is no speaker
    }
    if (phrase.get(phrase.size() - 1).is(",")) return appositive(phrase);
    // Keep a list of names ("the U.S., South Korea, and Japan"), drop an introduction ("Further, ...").
    int start = phrase.size();
    int segEnd = phrase.size();
    for (int i = phrase.size() - 1; i >= -1; i--) {
      if (i == -1 || phrase.get(i).is(",")) {
        List<Tok> seg = phrase.subList(i + 1, segEnd);
        boolean last = segEnd == phrase.size();
        if (!last && !nameLike(seg)) break;
        start = i + 1;
        segEnd = i;
      }
    }
    return phrase.subList(start, phrase.size());
  }

  private static final Set<String> INTRO_PARTICIPLES = Set.of("speaking", "responding", "talking", "writing",
      "replying", "asked");

  private static final Set<String> INTRO_PREPOSITIONS = Set.of("with", "to", "in", "at", "on", "from", "after",
      "before", "during");

  private static final Set<String> TIME_LEAD_WORDS = Set.of("on", "in", "at", "late", "early", "earlier", "later",
      "last", "this", "by");
  private static final Set<String> TIME_NOUNS = Set.of("monday", "tuesday", "wednesday", "thursday", "friday",
      "saturday", "sunday", "morning", "afternoon", "evening", "night", "week", "weekend", "month", "year", "day",
      "january", "february", "march", "april", "may", "june", "july", "august", "september", "october",
      "november", "december");

  /** A subject without the time that opens its sentence: "On Monday the Daily Courier" is the Courier. */
  private static List<Tok> afterTimeLead(List<Tok> phrase) {
    int i = 0;
    while (i < phrase.size() && i < 2 && TIME_LEAD_WORDS.contains(phrase.get(i).lower())) i++;
    if (i == 0) return phrase;
    int times = 0;
    // "Last week April Jones said": a month that is a first name, before a capitalised word, is a name.
    while (i < phrase.size() && TIME_NOUNS.contains(phrase.get(i).lower()) && times < 2
        && !(FirstNames.listed(phrase.get(i).text()) && i + 1 < phrase.size() && phrase.get(i + 1).capitalized())) {
      i++;
      times++;
    }
    if (times == 0) return phrase;
    if (i < phrase.size() && phrase.get(i).is(",")) i++;
    return i < phrase.size() ? phrase.subList(i, phrase.size()) : phrase;
  }

  /** "Amara Osei, the ministry's spokeswoman," — the name with its appositive, for the role reader. */
  private static List<Tok> appositive(List<Tok> phrase) {
    int first = -1;
    for (int i = phrase.size() - 2; i >= 0; i--) {
      if (phrase.get(i).is(",")) {
        first = i;
        break;
      }
    }
    if (first < 0) return phrase.subList(0, phrase.size() - 1);
    if (first == 0) return phrase.subList(1, phrase.size() - 1);
    int nameStart = first - 1;
    while (nameStart > 0 && !phrase.get(nameStart - 1).is(",")) nameStart--;
    return phrase.subList(nameStart, phrase.size() - 1);
  }

  private static boolean nameLike(List<Tok> seg) {
    int words = 0;
    for (Tok x : seg) {
      if (!x.isWord()) continue;
      words++;
      if (Lexicon.NOT_NAMES.contains(x.lower()) && !x.is("the") && !x.is("and")) return false;
      if (!x.capitalized() && !NAME_JOINERS.contains(x.lower())) return false;
    }
    return words > 0 && words <= 6;  // "The Vineyard and Orchard Workers' Union"
  }

  /** Where reported words that begin at {@code from} end: at a new clause, a new speaker or the sentence end. */
  private static boolean usedBetween(List<Tok> t, int from, int to, String word) {
    for (int k = from; k < to; k++) {
      if (t.get(k).lower().equals(word)) return true;
    }
    return false;
  }

  private static int contentEnd(List<Tok> t, int from) {
    for (int k = from; k < t.size(); k++) {
      Tok x = t.get(k);
      if (x.is(";")) return k;
      if (x.is(",") && k + 1 < t.size() && CONTENT_CUTS.contains(t.get(k + 1).lower())) return k;
      if (x.is("and") && k + 1 < t.size() && HAVE_FORMS.contains(t.get(k + 1).lower())
          && !usedBetween(t, from, k, t.get(k + 1).lower())) {
        return k;  // "said the water was safe and has ordered tests"; but "said the group had paid X and had tried Y"
      }
      // "... was the most likely source and urged residents to boil water": a new act, not reported words.
      int before = k - 1;
      if (before > from && isQuote(t.get(before))) before--;  // "... "overwhelming" and described ..."
      // But "the spill had been contained and posed no threat", "forces crossed the line and opened
      // fire": the reported clause goes on; only a speaker's own act ("urged", "vowed") starts anew.
      if (x.is("and") && k + 1 < t.size() && k > from && t.get(k + 1).lower().endsWith("ed")
          && (SPEAKER_ACTS.contains(t.get(k + 1).lower()) || !pastPerfect(t, from, k))
          && !t.get(before).lower().endsWith("ed") && t.get(before).isWord()
          && !Lexicon.VERBS.containsKey(t.get(k + 1).lower()) && k + 2 < t.size() && !t.get(k + 2).is("by")
          // "scorched sockets and melted plugs": a second participle before a noun, as the first was
          && !(before - 1 >= from && t.get(before - 1).lower().endsWith("ed"))) {
        return k;
      }
      if (x.is(",") && k + 1 < t.size() && t.get(k + 1).is("as") && k + 2 < t.size()
          && AS_NO_CLAUSE.contains(t.get(k + 2).lower()) == false && from < k) {
        if (k + 2 < t.size() && t.get(k + 2).isWord() && Lexicon.VERBS.containsKey(t.get(k + 2).lower())) return k;
      }
    }
    int e = t.size();
    while (e > from && !t.get(e - 1).isWord() && !isQuote(t.get(e - 1))) e--;
    return e;
  }

  /** Whether reported words up to {@code to} are told in the past perfect, with no modal ("forces had crossed"). */
  private static boolean pastPerfect(List<Tok> t, int from, int to) {
    boolean had = false;
    for (int k = from; k < to; k++) {
      String w = t.get(k).lower();
      if (w.equals("had")) had = true;
      if (MODALS.contains(w)) return false;
    }
    return had;
  }

  private static final Set<String> MODALS = Set.of("would", "will", "could", "can", "may", "might", "should", "must");

  /** Acts of a speaker after what it said: "... and urged residents to boil water". */
  private static final Set<String> SPEAKER_ACTS = Set.of("urged", "called", "appealed", "asked", "promised",
      "pledged", "vowed", "warned", "added", "insisted", "demanded", "announced", "declined", "refused",
      "apologised", "apologized", "thanked", "praised", "welcomed", "told", "noted", "stressed", "acknowledged",
      "admitted", "conceded", "offered", "advised", "recommended", "ordered", "instructed", "encouraged",
      "expressed", "voiced", "described", "blamed", "accused", "criticised", "criticized", "condemned",
      "rejected", "dismissed", "denied", "confirmed", "explained", "suggested", "predicted", "estimated",
      "threatened", "signalled", "signaled", "hinted", "repeated", "reiterated", "questioned", "defended",
      "referred", "pointed", "cited", "issued", "released", "published", "posted", "wrote", "resigned", "unveiled",
      "launched", "left", "stepped", "walked");

  // ---- Resolving frames into statements, in reading order.

  private static final class Reader {
    final String text;
    final SpeakerPhrases phrases;
    final Speaker publication;
    final Speaker publisher;
    final List<Speaker> relays;
    final List<Statement> statements = new ArrayList<>();
    /** Statements the one being read implies, to record right after it. */
    final List<Statement> following = new ArrayList<>();
    List<Speaker> lastQuoteSpeakers = List.of();
    int lastQuoteParagraph = -1;

    Reader(String text, SpeakerPhrases phrases, Speaker publication, Speaker publisher, List<Speaker> relays) {
      this.text = text;
      this.phrases = phrases;
      this.publication = publication;
      this.publisher = publisher;
      this.relays = relays;
    }

    /**
     * Whether a statement only characterises what the same speakers just rejected in this sentence:
     * "The airline disputed that account, calling it 'baseless'" is one denial, not two.
     */
    private static boolean characterises(List<Statement> here, Statement st) {
      if (!st.refersBack() || !(st.cue().equals("calling") || st.cue().equals("called")) || here.isEmpty()) return false;
      Statement before = here.get(here.size() - 1);
      return before.speakers().equals(st.speakers())
          && (before.kind() == StanceKind.DENIES || before.kind() == StanceKind.CONDEMNS);
    }

    /**
     * A statement whose subject holds one already read ("The association, which says it has logged
     * 46 complaints, argues that ..."): its excerpt starts after that one, so each excerpt shows its
     * own words.
     */
    private Statement afterNested(List<Statement> here, Statement st, int cueStart) {
      for (Statement h : here) {
        if (h.start() == st.start() && h.end() < st.end() && h.end() <= cueStart) {
          int from = h.end();
          while (from < cueStart && !Character.isLetterOrDigit(text.charAt(from))) from++;
          return new Statement(st.speakers(), st.kind(), st.claimText(), st.refersTo(), from, st.end(),
              st.relayChain(), st.cue(), st.confidence());
        }
      }
      return st;
    }

    void read(Sentence s, List<Tok> t, List<Frame> frames) {
      phrases.sentence(s.start());
      phrases.at(s.start());
      if (frames.isEmpty()) {
        continueQuote(s, t);
        return;
      }
      frames = withoutCounts(frames);
      List<Speaker> previous = List.of();
      Frame heldBy = null;  // a frame whose words are the next frame's statement: "said it would not comment"
      List<Statement> here = new ArrayList<>();
      int firstContent = 0;
      if (s.start() == 0 && DATELINE.matcher(s.text()).find()) {
        // "HOLLIN FORD, Dravenia (AP) — Inspectors are ...": the words begin after the dateline.
        while (firstContent < t.size() && !t.get(firstContent).is("\u2014") && !t.get(firstContent).is("-")
            && !t.get(firstContent).is("\u2013")) {
          firstContent++;
        }
        firstContent = firstContent < t.size() ? firstContent + 1 : 0;
      }
      List<Speaker> relayAhead = null;  // "According to the Gazette, the two also said ...": the Gazette relays
      int relayFrom = 0;
      for (int fi = 0; fi < frames.size(); fi++) {
        Frame f = frames.get(fi);
        if (f.shape() == Shape.ACCORDING_TO && f.contentFrom() >= 0 && fi + 1 < frames.size()
            && frames.get(fi + 1).shape() == Shape.SUBJECT_FIRST && frames.get(fi + 1).cueAt() >= f.contentFrom()
            && frames.get(fi + 1).cueAt() < f.contentTo() && !frames.get(fi + 1).speaker().isEmpty()) {
          relayAhead = speakersOf(f);
          relayFrom = here.size();
          continue;
        }
        if (f.shape() == Shape.ACCORDING_TO && f.contentFrom() < 0 && !here.isEmpty()
            && (frames.get(fi - 1).shape() == Shape.SPEAKER_AFTER || frames.get(fi - 1).shape() == Shape.SUBJECT_FIRST)) {
          relayedBy(here, speakersOf(f));  // "..., the ministry said, according to the Associated Press": AP relays.
          continue;
        }
        phrases.at(f.speaker().isEmpty() ? t.get(f.cueAt()).start() : f.speaker().get(0).start());
        List<Speaker> speakers = heldBy != null && f.speaker().size() == 1 && !previous.isEmpty()
            && SUBJECT_PRONOUNS.contains(f.speaker().get(0).lower()) ? previous : speakersOf(f);  // "X said it would not comment"
        heldBy = null;
        if (speakers.isEmpty() && f.shape() == Shape.SUBJECT_FIRST && f.speaker().isEmpty()) speakers = previous;
        if (speakers.isEmpty() && f.shape() == Shape.SUBJECT_FIRST && f.speaker().isEmpty()
            && f.cueText().endsWith("ing") && f.cueAt() > 0 && t.get(f.cueAt() - 1).is(",")) {
          speakers = sentenceSubject(t, firstContent, f.cueAt());  // "The union is seeking 9 per cent, arguing that ..."
        }
        if (speakers.isEmpty() && f.shape() == Shape.SUBJECT_FIRST && f.speaker().isEmpty() && f.cueAt() > 1
            && (t.get(f.cueAt() - 1).is("but") || t.get(f.cueAt() - 1).is("and")) && !t.get(f.cueAt() - 2).is(",")) {
          // "Groszek, a toxicologist ..., called the findings plausible but said ...": the subject of the
          // first verb, which reported nothing, says this.
          speakers = sentenceSubject(t, firstContent, f.cueAt());
        }
        if (speakers.isEmpty()) continue;
        int from = f.contentFrom() >= 0 ? f.contentFrom() : firstContent;
        int to = f.contentTo();
        if (f.shape() == Shape.PASSIVE && fi > 0 && frames.get(fi - 1).shape() == Shape.PASSIVE) {
          // "..., as reported by KCNA and condemned by the United States": both on the same words.
          to = frames.get(fi - 1).contentTo();
        }
        // A later cue inside these words starts its own statement ("..., the ministry said, coming as ...").
        boolean inner = false;
        for (int fj = fi + 1; fj < frames.size(); fj++) {
          Frame g = frames.get(fj);
          int gStart = g.speaker().isEmpty() ? g.cueAt() : Math.min(g.cueAt(), t.indexOf(g.speaker().get(0)));
          if (f.shape() == Shape.SUBJECT_FIRST && gStart == from && g.shape() == Shape.SUBJECT_FIRST
              && g.speaker().size() == 1 && SUBJECT_PRONOUNS.contains(g.speaker().get(0).lower())
              && g.cue().kind() == StanceKind.DECLINES_TO_COMMENT) {
            inner = true;  // "said it would not comment on ...": the silence is the statement
          }
          if (f.shape() == Shape.SUBJECT_FIRST && gStart > from && gStart < to
              && (g.shape() == Shape.SPEAKER_AFTER || g.shape() == Shape.SUBJECT_FIRST || g.shape() == Shape.PASSIVE)) {
            int cut = gStart;
            while (cut > from && (!t.get(cut - 1).isWord() && !isQuote(t.get(cut - 1)) || t.get(cut - 1).is("and")
                || t.get(cut - 1).is("but") || BOUNDARY.contains(t.get(cut - 1).lower()))) cut--;
            // ", two days after it declined ...": the span of time goes with the later clause
            if (cut - 3 > from && TIME_UNITS.contains(t.get(cut - 1).lower()) && t.get(cut - 3).is(",")
                && gStart > cut && t.get(cut).is("after")) {
              cut -= 3;
            }
            to = cut;
          }
        }
        if (inner) {
          previous = speakers;
          heldBy = f;
          continue;
        }
        if (f.shape() == Shape.SPEAKER_AFTER && repeats(frames, f, from, to, speakers)) {
          continue;  // "The league has charged X with ..., the league announced": one statement, not two
        }
        int spokenStart = -1;
        if (f.shape() == Shape.SPEAKER_AFTER) {
          // "The ministry believes X, spokeswoman Helena Marsk said": she says it for the ministry; one
          // statement, hers, not the ministry's beside it.
          int spokenFor = dropSpokenFor(here, frames, f, from, to, speakers, t);
          if (spokenFor > from) {
            spokenStart = t.get(from).start();  // the excerpt keeps "The ministry believes"
            from = spokenFor;
          }
        }
        List<Speaker> relayChain = relayChain(speakers, f);
        Speaker listener = outletTold(t, f, speakers);
        if (listener != null) {
          // "Two former officials told the Washington Post that ...": the paper relays their words.
          relayChain = new ArrayList<>(relayChain);
          relayChain.add(listener);
        }
        if ((f.shape() == Shape.SPEAKER_AFTER || f.shape() == Shape.PUBLICATION) && containsCue(frames, f, from, to)
            && isOutlet(speakers)) {
          // "analysts say ..., the publication said": the outlet relays, it does not take a stance.
          relayedBy(here, speakers);
          continue;
        }
        int speakerAt = f.speaker().isEmpty() ? f.cueAt() : t.indexOf(f.speaker().get(0));
        if (f.cue().kind() == StanceKind.DECLINES_TO_COMMENT && speakerAt > 0 && t.get(speakerAt - 1).is("after")
            && !here.isEmpty() && here.get(here.size() - 1).claimText() != null
            && here.get(here.size() - 1).speakers().equals(speakers)) {
          // "The board confirmed it had opened an inquiry, two days after it declined to comment on the
          // matter": the same speaker's earlier silence on what it now confirms.
          Statement confirmed = here.get(here.size() - 1);
          Statement silence = new Statement(speakers, StanceKind.DECLINES_TO_COMMENT, null,
              statements.lastIndexOf(confirmed), t.get(speakerAt - 1).start(), s.end(), relayChain(speakers, f),
              f.cueText(), 0.7);
          here.add(silence);
          statements.add(silence);
          continue;
        }
        List<int[]> parts = supports(f) ? clauses(t, from, to) : List.of(new int[] {from, to, -1, -1});
        for (int pi = 0; pi < parts.size(); pi++) {
          int[] part = parts.get(pi);
          int exFrom = pi == 0 ? spokenStart : t.get(part[0]).start();
          boolean later = frames.stream().anyMatch(g -> g.cueAt() > f.cueAt() && g.cueAt() >= part[1]);
          int exTo = pi == parts.size() - 1 && !later || part[1] <= 0 ? -1 : t.get(part[1] - 1).end();
          List<Tok> subject = part[2] >= 0 ? t.subList(part[2], part[3]) : List.of();
          if (f.shape() == Shape.PASSIVE && f.contentFrom() >= 0) {
            int k = f.cueAt();  // "[The army] was accused by X of shelling Orsk"
            while (k > firstContent && PASSIVE_AUXILIARIES.contains(t.get(k - 1).lower())) k--;
            subject = t.subList(firstContent, k);
          }
          Statement st = statement(s, t, f, speakers, part[0], part[1], subject, relayChain, exFrom, exTo);
          if (st != null && characterises(here, st)) st = null;
          if (st != null) st = afterNested(here, st, t.get(f.cueAt()).start());
          if (st != null) {
            here.add(st);
            statements.add(st);
            phrases.remember(speakers);
            // What the statement says was not so comes after it ("a faulty update, not a cyberattack, ...").
            here.addAll(following);
            statements.addAll(following);
          }
          following.clear();
          // Even words that claim nothing ("said they stood with Ostravia") leave their speaker for
          // the next verb: "... and condemned hostile activity".
          if (f.shape() != Shape.PASSIVE && (st != null || speakers.size() > 1 || f.shape() == Shape.SUBJECT_FIRST)) {
            previous = speakers;
          }
        }
        if (f.shape() == Shape.ACCORDING_TO && f.contentFrom() < 0) firstContent = f.contentTo();
      }
      if (relayAhead != null && relayFrom < here.size()) relayedBy(here.subList(relayFrom, here.size()), relayAhead);
      if (!here.isEmpty() && (s.text().contains("\"") || s.text().contains("\u201c"))) {
        lastQuoteSpeakers = here.get(here.size() - 1).speakers();
        lastQuoteParagraph = s.paragraph();
      } else {
        lastQuoteSpeakers = List.of();
      }
    }

    /**
     * "More than 2.6 million users reported problems, according to OutageMap": a count of people is
     * what the source reports, not a speaker it relays; the frame of the count goes.
     */
    private static List<Frame> withoutCounts(List<Frame> frames) {
      for (int i = 1; i < frames.size(); i++) {
        Frame f = frames.get(i);
        Frame before = frames.get(i - 1);
        if (f.shape() == Shape.ACCORDING_TO && f.contentFrom() < 0 && before.shape() == Shape.SUBJECT_FIRST
            && counted(before.speaker())) {
          List<Frame> out = new ArrayList<>(frames);
          out.remove(i - 1);
          return out;
        }
      }
      return frames;
    }

    /** Whether a speaker phrase is a number of people: "2.6 million users", "more than 200 residents". */
    private static boolean counted(List<Tok> speaker) {
      for (int i = 0; i < Math.min(4, speaker.size()); i++) {
        Tok w = speaker.get(i);
        if (!w.isWord() || Set.of("more", "than", "at", "least", "about", "some", "nearly", "almost", "over",
            "around", "the").contains(w.lower())) {
          continue;
        }
        return Character.isDigit(w.text().charAt(0)) || NUMBER.matcher(w.lower()).matches();
      }
      return false;
    }

    /** Who a sentence is about: the words before its first verb, when they name someone. */
    private List<Speaker> sentenceSubject(List<Tok> t, int from, int to) {
      for (int k = from; k < to; k++) {
        Tok x = t.get(k);
        if (x.is(",") && k > from && k - from <= 5 && t.subList(from, k).stream().allMatch(w -> w.isWord() && w.capitalized())) {
          // "Professor Amalia Groszek, a toxicologist at ... who was not involved, called ...": the name
          List<Speaker> named = phrases.resolve(t.subList(from, k), publication);
          if (named.size() == 1 && named.get(0).kind() == ActorKind.PERSON) return named;
        }
        if (!x.isWord() && !x.is("'") && !x.is("\u2019") || BOUNDARY.contains(x.lower())) return List.of();
        if (k > from && (FINITE.contains(x.lower()) || Lexicon.VERBS.containsKey(x.lower())
            // "The company also questioned the study's independence, noting that ...": a verb in the past
            || !x.capitalized() && x.lower().endsWith("ed") && x.lower().length() > 4
            && !ARTICLES.contains(t.get(k - 1).lower()))) {  // "The embattled minister": an adjective
          return phrases.resolve(t.subList(from, k), publication);
        }
      }
      return List.of();
    }

    /** A sentence that goes on with the last quote ("- If she meets ...") belongs to its speaker. */
    private void continueQuote(Sentence s, List<Tok> t) {
      boolean dash = s.text().startsWith("- ") || s.text().startsWith("\u2014 ") || s.text().startsWith("\u2013 ");
      // A quotation on its own after an attributed one in the same paragraph: "We will fix it."
      String plain = s.text().strip();
      boolean quoted = plain.length() > 2 && (plain.startsWith("\"") || plain.startsWith("\u201c"))
          && (plain.endsWith("\"") || plain.endsWith("\u201d") || plain.endsWith(".\u201d") || plain.endsWith(".\""))
          && plain.chars().filter(ch -> ch == '"' || ch == '\u201c' || ch == '\u201d').count() == 2;
      if ((dash || quoted) && !lastQuoteSpeakers.isEmpty() && s.paragraph() == lastQuoteParagraph) {
        int from = 0;
        while (from < t.size() && !t.get(from).isWord()) from++;
        if (from >= t.size()) {
          lastQuoteSpeakers = List.of();
          return;
        }
        String words = text.substring(t.get(from).start(), s.end());
        if (RHETORIC.matcher(claimText(words)).lookingAt()) {
          lastQuoteSpeakers = List.of();  // "That is not a plan. That is a gamble."
          return;
        }
        if (CONDITIONAL.matcher(words.strip()).lookingAt()) return;  // "If the charges stand, we expect ..."
        List<Tok> said = stripQuotes(t.subList(from, t.size()));
        int verb = characterisation(said);
        if (verb > 0) {
          // "... ," a ministry spokesman said. "The report is pure speculation.": a denial of the report.
          Target denied = object(StanceKind.DENIES, said.subList(0, verb), false);
          int refersTo = denied.back() ? referent(lastQuoteSpeakers, StanceKind.DENIES, false, denied.hint()) : -1;
          if (refersTo >= 0) {
            statements.add(new Statement(lastQuoteSpeakers, StanceKind.DENIES, null, refersTo, t.get(from).start(),
                s.end(), relayChain(lastQuoteSpeakers, null), "quote continued", 0.55));
            lastQuoteSpeakers = List.of();
            return;
          }
        }
        boolean hedged = hedged(t, from, t.size());
        statements.add(new Statement(lastQuoteSpeakers, hedged ? StanceKind.SUGGESTS : StanceKind.ASSERTS,
            claimText(words), -1, t.get(from).start(), s.end(), relayChain(lastQuoteSpeakers, null), "quote continued", 0.6));
      }
      lastQuoteSpeakers = List.of();
    }

    /** Puts an outlet that relays this sentence's statements first in their relay chains (nearest the source). */
    private void relayedBy(List<Statement> here, List<Speaker> outlet) {
      if (outlet.size() != 1 || publisher != null && outlet.get(0).identity().equals(publisher.identity())) return;
      for (int i = 0; i < here.size(); i++) {
        Statement st = here.get(i);
        if (st.relayChain().stream().anyMatch(r -> r.identity().equals(outlet.get(0).identity()))
            || st.speakers().stream().anyMatch(s -> s.identity().equals(outlet.get(0).identity()))) {
          continue;
        }
        List<Speaker> chain = new ArrayList<>();
        chain.add(outlet.get(0));
        chain.addAll(st.relayChain());
        Statement relayed = new Statement(st.speakers(), st.kind(), st.claimText(), st.refersTo(), st.start(), st.end(),
            chain, st.cue(), st.confidence());
        here.set(i, relayed);
        int at = statements.lastIndexOf(st);
        if (at >= 0) statements.set(at, relayed);
      }
    }

    private boolean repeats(List<Frame> frames, Frame outer, int from, int to, List<Speaker> speakers) {
      for (Frame g : frames) {
        if (g == outer || g.cueAt() < from || g.cueAt() >= to || g.shape() != Shape.SUBJECT_FIRST) continue;
        List<Speaker> inner = speakersOf(g);
        if (!inner.isEmpty() && inner.stream().map(Speaker::identity).toList()
            .equals(speakers.stream().map(Speaker::identity).toList())) {
          return true;
        }
      }
      return false;
    }

    /**
     * Drops the statements of this sentence read from a frame inside {@code outer}'s words whose
     * speaker is the body the outer speakers speak for (their organisation, or for a spokesperson
     * named with no body, the body the words name); returns where that frame's own words begin, for
     * the outer statement to take them, or -1 when there is no such frame.
     */
    private int dropSpokenFor(List<Statement> here, List<Frame> frames, Frame outer, int from, int to,
        List<Speaker> speakers, List<Tok> t) {
      Set<String> bodies = new HashSet<>();
      boolean spokesperson = false;
      for (Speaker s : speakers) {
        if (s.organization() != null) bodies.add(s.organization().identity());
        else if (s.kind() == ActorKind.PERSON && s.title() != null && SPOKES_TITLE.matcher(s.title()).find()) {
          spokesperson = true;
        }
      }
      // "spokeswoman Helena Marsk said": the title is in the speaker's words
      if (speakers.size() == 1 && outer.speaker().stream().anyMatch(x -> SPOKES_TITLE.matcher(x.lower()).matches())) {
        spokesperson = true;
      }
      if (bodies.isEmpty() && !spokesperson || from >= to) return -1;
      boolean forAnyBody = spokesperson;
      for (Frame g : frames) {
        if (g == outer || g.cueAt() < from || g.cueAt() >= to || g.shape() != Shape.SUBJECT_FIRST) continue;
        List<Speaker> inner = speakersOf(g);
        if (inner.isEmpty() || !inner.stream().allMatch(s -> bodies.contains(s.identity())
            || forAnyBody && (s.kind() == ActorKind.ORGANIZATION || s.kind() == ActorKind.STATE))) {
          continue;
        }
        boolean dropped = false;
        int start = t.get(from).start();
        int end = t.get(to - 1).end();
        for (int i = here.size() - 1; i >= 0; i--) {
          Statement h = here.get(i);
          if (h.start() >= start && h.end() <= end + 1 && h.speakers().equals(inner)
              && !statements.isEmpty() && statements.get(statements.size() - 1) == h) {
            here.remove(i);
            statements.remove(statements.size() - 1);
            dropped = true;
          }
        }
        if (dropped) return g.contentFrom();
      }
      return -1;
    }

    private static final Pattern SPOKES_TITLE = Pattern.compile("(?i)\\bspokes(?:man|woman|person)s?\\b");

    private boolean containsCue(List<Frame> frames, Frame outer, int from, int to) {
      for (Frame g : frames) {
        if (g != outer && g.cueAt() >= from && g.cueAt() < to) return true;
      }
      return false;
    }

    private boolean isOutlet(List<Speaker> speakers) {
      return speakers.size() == 1 && (speakers.get(0) == publication || speakers.get(0).kind() == ActorKind.MEDIA_OUTLET);
    }

    private List<Speaker> speakersOf(Frame f) {
      if (f.shape() == Shape.PUBLICATION) return publication == null ? List.of() : List.of(publication);
      if (!f.cited().isEmpty()) {
        List<Speaker> cited = phrases.resolve(f.cited(), publication);
        if (!cited.isEmpty()) return cited;
      }
      List<Tok> sp = f.speaker();
      // "UNN citing Reuters": the one cited speaks.
      for (int i = 0; i < sp.size(); i++) {
        if (sp.get(i).is("citing") && i + 1 < sp.size()) return phrases.resolve(sp.subList(i + 1, sp.size()), publication);
      }
      // "a report in the Lakeside Gazette": the outlet.
      for (int i = 0; i + 1 < sp.size(); i++) {
        if ((sp.get(i).is("report") || sp.get(i).is("reports") || sp.get(i).is("article")) && (sp.get(i + 1).is("in")
            || sp.get(i + 1).is("by") || sp.get(i + 1).is("from"))) {
          return phrases.resolve(sp.subList(i + 2, sp.size()), publication);
        }
      }
      // "a report the club called pure fiction": the speaker follows the report noun.
      if (sp.size() > 1 && Lexicon.REPORT_NOUNS.contains(sp.get(Math.min(1, sp.size() - 1)).lower())
          && !sp.get(0).capitalized()) {
        return phrases.resolve(sp.subList(2, sp.size()), publication);
      }
      return phrases.resolve(sp, publication);
    }

    /** The outlets between the speaker and the source: the source's relays, then any cited outlet. */
    private List<Speaker> relayChain(List<Speaker> speakers, Frame f) {
      List<Speaker> chain = new ArrayList<>();
      for (Speaker r : relays) {
        if (speakers.stream().anyMatch(s -> s.identity().equals(r.identity()))) break;
        chain.add(r);
      }
      if (f != null && !f.cited().isEmpty()) {
        List<Speaker> outlet = phrases.resolve(reportOutlet(f.speaker()), publication);
        if (outlet.size() == 1 && !speakers.contains(outlet.get(0))) chain.add(outlet.get(0));
      } else if (f != null) {
        // "State news agency RIA Novosti, citing a source in the ministry, reported": the agency relays.
        List<Tok> sp = f.speaker();
        for (int i = 1; i < sp.size(); i++) {
          if (!sp.get(i).is("citing")) continue;
          List<Speaker> outlet = phrases.resolve(sp.subList(0, i), publication);
          if (outlet.size() == 1 && !speakers.contains(outlet.get(0))
              && chain.stream().noneMatch(c -> c.identity().equals(outlet.get(0).identity()))) {
            chain.add(outlet.get(0));
          }
          break;
        }
      }
      if (publisher != null) chain.removeIf(r -> r.identity().equals(publisher.identity()));
      return chain;
    }

    /** The outlet a speaker "told" the words to ("told the Washington Post that"), or null. */
    private Speaker outletTold(List<Tok> t, Frame f, List<Speaker> speakers) {
      if (!(f.cueText().startsWith("tol") || f.cueText().equals("telling")) || f.shape() != Shape.SUBJECT_FIRST) return null;
      int from = f.cueEnd();
      int to = from;
      while (to < t.size() && to - from < 6 && t.get(to).isWord() && !t.get(to).is("that") && !t.get(to).is("on")
          && !t.get(to).is("in")) {
        to++;
      }
      List<Tok> name = stripLeading(t.subList(from, to), Set.of("the"));
      if (name.isEmpty() || !name.get(0).capitalized()) return null;
      List<Speaker> heard = phrases.resolve(t.subList(from, to), publication);
      if (heard.size() != 1 || heard.get(0).kind() != ActorKind.MEDIA_OUTLET || speakers.contains(heard.get(0))) return null;
      if (publisher != null && heard.get(0).identity().equals(publisher.identity())) return null;
      return heard.get(0);
    }

    private static List<Tok> reportOutlet(List<Tok> sp) {
      for (int i = 0; i + 1 < sp.size(); i++) {
        if (sp.get(i + 1).is("in") || sp.get(i + 1).is("by") || sp.get(i + 1).is("from")) return sp.subList(i + 2, sp.size());
      }
      return sp;
    }

    private static boolean supports(Frame f) {
      return (f.cue().kind() == StanceKind.ASSERTS || f.cue().kind() == StanceKind.SUGGESTS)
          && !f.cueText().startsWith("accus") && !f.cueText().startsWith("charg");
    }

    /**
     * Reported words that join two clauses, each a claim of its own: "212 people had fallen ill
     * and six had died", "names were exposed, but no card numbers were taken". Split where "and"
     * or "but" starts a clause with its own subject and finite verb.
     */
    private static List<int[]> clauses(List<Tok> t, int from, int to) {
      List<int[]> out = new ArrayList<>();
      int start = from;
      for (int k = from + 2; k < to - 2; k++) {
        if (t.get(k).is("because") && !t.get(k + 1).is("of") && k - start >= 4 && finiteBetween(t, start, k)
            && finiteBetween(t, k + 1, to)
            && (t.get(k - 1).is(",") || t.get(k - 1).isWord())) {
          // "said the line would reopen on Monday, because damage to the wires was worse than expected":
          // the reason is a claim of the speaker's too.
          int cut = k;
          while (cut > start && !t.get(cut - 1).isWord()) cut--;
          out.add(new int[] {start, cut, -1, -1});
          start = k + 1;
          continue;
        }
        if (!(t.get(k).is("and") || t.get(k).is("but"))) continue;
        if (k + 2 < to && t.get(k + 1).is("that") && k - start >= 2 && !FINITE.contains(t.get(k + 2).lower())) {
          // "said X, and that Y": two clauses the cue introduces.
          int cut = k;
          while (cut > start && !t.get(cut - 1).isWord()) cut--;
          out.add(new int[] {start, cut, -1, -1});
          start = k + 2;
          continue;
        }
        int verb = -1;
        for (int j = k + 1; j < Math.min(to, k + 9); j++) {
          String w = t.get(j).lower();
          if (!t.get(j).isWord() || BOUNDARY.contains(w)) break;
          if (FINITE.contains(w) || w.equals("been")) {
            verb = j;
            break;
          }
        }
        if (verb > 0 && t.get(verb - 1).is("to")) {
          verb = -1;  // "had been notified and given the chance to have her sample analysed": an infinitive
        }
        if (verb > 0 && (verb + 1 >= to || !t.get(verb + 1).isWord())) {
          verb = -1;  // "I have never cheated and I never will": nothing new is said
        }
        if (verb > 0) {
          // "Safety is our first priority, and it always has been": auxiliaries only, nothing new either.
          int j = verb;
          while (j < to && t.get(j).isWord() && (AUXILIARY.contains(t.get(j).lower()) || ELLIPSIS_WORDS.contains(t.get(j).lower()))) j++;
          if (j >= to || !t.get(j).isWord()) verb = -1;
        }
        if (verb == k + 1 && k - start >= 3 && AUXILIARY.contains(t.get(verb).lower())) {
          // "the group had paid dock workers and had tried to recruit an engineer": the same subject did both.
          int subjectEnd = firstFinite(t, start, k);
          if (subjectEnd > start && subjectEnd - start <= 6 && t.get(subjectEnd).lower().equals(t.get(verb).lower())) {
            int cut = k;
            while (cut > start && !t.get(cut - 1).isWord()) cut--;
            out.add(new int[] {start, cut, -1, -1});
            // The second clause runs to its own next split; its subject is borrowed from the first.
            List<int[]> rest = clauses(t, k + 1, to);
            out.add(new int[] {rest.get(0)[0], rest.get(0)[1], start, subjectEnd});
            out.addAll(rest.subList(1, rest.size()));
            return out;
          }
        }
        if (verb <= k + 1 || k - start < 3 || !finiteBetween(t, start, k)) continue;
        int cut = k;
        while (cut > start && !t.get(cut - 1).isWord()) cut--;
        out.add(new int[] {start, cut, -1, -1});
        start = k + 1;
      }
      out.add(new int[] {start, to, -1, -1});
      return out;
    }

    /** Diplomatic formulas that state a position, not a fact: "stood ready to help", "following the case closely". */
    private static final Pattern FORMULA = Pattern.compile("(?i)\\b(?:stood|stands|stand|standing) (?:ready to|with|by|"
        + "in solidarity)\\b|\\b(?:following|monitoring|watching) (?:the|this) (?:case|situation|matter|developments|"
        + "events)(?: very)? closely\\b");

    /** Words that say the speaker will not say: no claim of any fact. */
    /** Words that frame a claim the speaker makes: "Everything we know so far tells us (that)". */
    private static final Pattern FRAMED = Pattern.compile("(?i)(?:everything|all) (?:we|i) (?:know|have (?:found|seen|learned))"
        + "(?: so far)? (?:tells|shows|suggests|indicates) (?:us )?(?:that )?|(?:there is|there's) no doubt (?:that |in my mind that )?"
        + "|it is (?:clear|obvious|evident) (?:to (?:us|me) )?that |(?:the|our) (?:evidence|data) (?:shows|show|suggests) (?:that )?");

    /** A condition, then the speakers' own intent: "If the charges stand, we expect to be compensated". */
    private static final Pattern CONDITIONAL = Pattern.compile("(?i)(?:if|unless) [^,]{3,120}, (?:we|i|they) (?:will|would|expect|intend|plan|are going|shall)\\b");

    private static final Set<String> SEEM_VERBS = Set.of("appeared", "appears", "seemed", "seems", "appear", "seem");

    /** Words that say nothing: "he had nothing to add", "it had no further comment". */
    private static final Pattern NOTHING_TO_ADD = Pattern.compile("(?i)(?:(?:he|she|it|they|we|i) )?(?:(?:had|has|have|would have) "
        + "(?:(?:nothing|nothing more|nothing further|nothing new) to (?:add|say)|no (?:further )?comment)"
        + "|(?:could|can|would|will) not (?:comment|discuss))\\b");

    private static final Pattern NO_CLAIM = Pattern.compile("(?i)(?:it|this|that) (?:is|was|would be|will be|would have been) "
        + "(?:still |far |much |simply )?(?:too early|too soon|premature|wrong|inappropriate|not appropriate|"
        + "not possible|impossible|not helpful|unhelpful) to\\b|(?:he|she|they|we|i) (?:had|has|have|did|does|do|was|were) "
        + "(?:not|never)(?: yet)? (?:(?:seen|see|read|heard|hear|reviewed|review|studied|study|examined|examine) (?:it|them|that|this|the (?:report|document|letter|log|"
        + "study|email|findings|story|footage|video|claims?|numbers|figures|data|results|details|evidence))\\b|been aware|aware)\\b");
    /**
     * Rhetoric, no fact to check: a verdict on what was just said ("That is not a plan. That is a
     * gamble."), a pledge about nobody ("No question will be off the table", "nobody will be
     * protected") and a pseudo-cleft about what people want ("What they are not on the side of is ...").
     */
    private static final Pattern RHETORIC = Pattern.compile("(?i)(?:that|this)(?: is|['’]s| was) "
        + "(?:not |no longer |simply |just |nothing but |pure |exactly )?(?:a|an)\\b|"
        + "(?:nobody|no one|nothing|no question|no stone|no effort)\\b[^.]{0,40}?\\b(?:will|would|shall)\\b|"
        + "what (?:they|we|you|people|parents|fans|voters|families|members|patients) (?:are|want|need|do)\\b");
    /** "It was possible, even likely, that X", "It is clear that X": the claim is X. */
    private static final Pattern IT_IS_THAT = Pattern.compile(
        "(?i)it (?:is|was|seemed|seems|appeared|appears|remained|remains) ((?:[\\p{L}-]+,? ){0,4}?)that (.+)");

    private static final Set<String> AUXILIARY = Set.of("had", "has", "have", "was", "were", "is", "are", "would",
        "will", "could", "should");

    /** Index of the first finite verb in [from, to), or -1. */
    private static int firstFinite(List<Tok> t, int from, int to) {
      for (int k = from; k < to; k++) {
        if (!t.get(k).isWord() || BOUNDARY.contains(t.get(k).lower())) return -1;
        if (FINITE.contains(t.get(k).lower())) return k;
      }
      return -1;
    }

    /**
     * A claim whose subject is a pronoun for its speaker says so by name: "the board said it had
     * opened an inquiry" claims that the board had, which is also how another article puts it.
     */
    private static String ownSubject(String claim, List<Speaker> speakers, boolean wordsFirst) {
      if (speakers.size() != 1) return claim;
      Speaker s = speakers.get(0);
      int space = claim.indexOf(' ');
      if (space < 0) return claim;
      String first = claim.substring(0, space).toLowerCase(java.util.Locale.ROOT);
      if (first.equals("its") && s.kind() != ActorKind.PERSON && s.kind() != ActorKind.UNNAMED_GROUP) {
        return s.name() + (s.name().endsWith("s") ? "' " : "'s ") + claim.substring(space + 1);  // "its systems"
      }
      boolean fits = switch (first) {
        case "it" -> s.kind() != ActorKind.PERSON && s.kind() != ActorKind.UNNAMED_GROUP;
        // "Kiara Moon ..., alleging he siphoned royalties": "he" is not she.
        case "he", "she" -> s.kind() == ActorKind.PERSON && (FirstNames.of(s.name()) == FirstNames.Gender.UNKNOWN
            || FirstNames.of(s.name()) == FirstNames.ofPronoun(first));
        // "They also stole phone numbers, the company said": "they" opening the words before the
        // attribution are whoever the sentence before spoke of, not a body ("it" would be).
        case "they" -> s.kind() == ActorKind.UNNAMED_GROUP || s.kind() == ActorKind.COALITION
            || s.kind() == ActorKind.ORGANIZATION && !wordsFirst;
        default -> false;
      };
      if (!fits) return claim;
      String rest = claim.substring(space + 1);
      // "it was too early to say", "it is likely that": an empty "it", not the speaker.
      if (first.equals("it") && IMPERSONAL.matcher(rest).matches()) {
        return claim;
      }
      // "the data protection regulator had received ...": an unnamed body keeps its article.
      return (Character.isLowerCase(s.name().charAt(0)) ? "The " : "") + s.name() + " " + rest;
    }

    /**
     * The earlier statement, by someone else, that reported words negate: the words say it again
     * with "not" or "never" in their main clause. -1 when there is none.
     */
    private int contradicted(List<Tok> content, List<Speaker> speakers) {
      int stop = 0;
      while (stop < content.size() && !content.get(stop).is(".")) stop++;  // the first sentence of a quotation
      String positive = ClaimSimilarity.withoutNegation(SpeakerPhrases.text(content.subList(0, stop)));
      if (positive == null) return -1;
      Set<String> terms = ClaimSimilarity.terms(positive, Map.of());
      Set<String> ids = new HashSet<>();
      for (Speaker s : speakers) ids.add(s.identity());
      // "There has been no cut": the cut someone else spoke of.
      Matcher existential = THERE_IS.matcher(positive);
      List<String> topic = new ArrayList<>();
      if (existential.lookingAt()) {
        for (String w : existential.group(1).toLowerCase(java.util.Locale.ROOT).split("[^\\p{L}\\p{N}]+")) {
          if (w.length() >= 3 && !ClaimSimilarity.isStopWord(w) && !Lexicon.NOT_NAMES.contains(w)) topic.add(w);
        }
      }
      for (int i = statements.size() - 1; i >= Math.max(0, statements.size() - RECALL); i--) {
        Statement st = statements.get(i);
        if (st.refersBack() || st.claimText() == null || st.speakers().stream().anyMatch(s -> ids.contains(s.identity()))) {
          continue;
        }
        if (ClaimSimilarity.score(terms, ClaimSimilarity.terms(st.claimText(), Map.of())) >= 0.5) return i;
        if (!topic.isEmpty() && sharesStem(st.claimText(), topic)) return i;
      }
      return -1;
    }

    private static final Pattern THERE_IS = Pattern.compile(
        "(?i)there (?:has been|have been|had been|was|were|is|are|will be) (.+)");

    /** Whether a claim has a word beginning like one of {@code words} ("cutting" for "cut"). */
    private static boolean sharesStem(String claim, List<String> words) {
      for (String w : claim.toLowerCase(java.util.Locale.ROOT).split("[^\\p{L}\\p{N}]+")) {
        for (String k : words) {
          if (w.length() >= 3 && (w.startsWith(k) || k.length() >= 4 && k.startsWith(w) && w.length() >= 4)) return true;
        }
      }
      return false;
    }

    /**
     * The accusation a denial answers: one of the last few statements, by someone else, that accused
     * or charged the deniers ("accused Nimbra of ..."), when the denied words are about the deniers
     * themselves ("denied that it had been slow", "denied that any of its staff had spied"). -1 when
     * the denial says something of its own.
     */
    private int accusationAnswered(List<Tok> content, List<Speaker> speakers) {
      if (content.isEmpty() || !selfSubject(content, speakers)) return -1;
      Set<String> ids = new HashSet<>();
      for (Speaker s : speakers) ids.add(s.identity());
      // The accuser's own account may follow its accusation for a few statements ("Ostravia accused
      // them of spying. 'They were intelligence officers,' the minister said. She said ...").
      for (int i = statements.size() - 1; i >= Math.max(0, statements.size() - 6); i--) {
        Statement st = statements.get(i);
        if (st.refersBack() || st.claimText() == null || st.speakers().stream().anyMatch(s -> ids.contains(s.identity()))) {
          continue;
        }
        if (ACCUSING.stream().anyMatch(st.cue()::startsWith) && (about(st, speakers) || aboutInSentence(st, speakers))) {
          return i;
        }
      }
      return -1;
    }

    /** The starts of the verbs that make a claim against someone; "the union's claims" can be what it alleged. */
    private static final Set<String> ACCUSING = Set.of("accus", "charg", "alleg");

    /** Whether the sentence a statement ends in names the speakers ("expelled 12 Kaldonian diplomats, accusing them of ..."). */
    private boolean aboutInSentence(Statement st, List<Speaker> speakers) {
      int from = Math.max(0, Math.min(st.start(), text.length()));
      // Back to the sentence's start: a line break or ". ", "! ", "? " (after any closing quote); at most 600 chars.
      int limit = Math.max(0, from - 600);
      while (from > limit && text.charAt(from - 1) != '\n' && !(from > 1 && text.charAt(from - 1) == ' '
          && ".!?\"\u201d".indexOf(text.charAt(from - 2)) >= 0)) {
        from--;
      }
      return about(st, from, speakers);
    }

    /** Whether reported words begin with the speakers themselves: "it", "they", "any of its staff", their name. */
    private static boolean selfSubject(List<Tok> c, List<Speaker> speakers) {
      String first = c.get(0).lower();
      if (Set.of("it", "they", "he", "she", "we", "its", "their", "his", "her", "our").contains(first)) return true;
      if ((first.equals("any") || first.equals("none")) && c.size() > 2 && c.get(1).is("of")) return true;
      for (Speaker s : speakers) {
        for (String w : Names.key(s.name()).split(" ")) {
          if (w.length() > 3 && !Lexicon.ORG_WORDS.contains(w) && Names.key(first).startsWith(stem(w))) return true;
        }
      }
      return false;
    }

    /** Whether a finite verb stands between the two, so the words before a conjunction are a clause. */
    private static boolean finiteBetween(List<Tok> t, int from, int to) {
      for (int k = from; k < to; k++) {
        if (FINITE.contains(t.get(k).lower())) return true;
      }
      return false;
    }

    private Statement statement(Sentence s, List<Tok> t, Frame f, List<Speaker> speakers, int from, int to,
        List<Tok> subject, List<Speaker> relayChain, int exFrom, int exTo) {
      StanceKind kind = f.cue().kind();
      double confidence = switch (f.shape()) {
        case SUBJECT_FIRST -> 0.9;
        case SPEAKER_AFTER, ACCORDING_TO -> 0.85;
        case PASSIVE -> 0.8;
        case PUBLICATION -> 0.6;
      };
      if (speakers.stream().anyMatch(Speaker::isNew)) confidence -= 0.05;
      int excerptFrom = Math.min(t.get(Math.max(0, Math.min(from, t.size() - 1))).start(), t.get(f.cueAt()).start());
      if (!f.speaker().isEmpty()) excerptFrom = Math.min(excerptFrom, f.speaker().get(0).start());
      int excerptTo = s.end();
      if (exFrom >= 0) excerptFrom = exFrom;
      if (exTo >= 0) excerptTo = exTo;
      List<Tok> content = from < to ? t.subList(from, to) : List.of();
      if (subject.isEmpty() && !content.isEmpty() && f.shape() == Shape.SUBJECT_FIRST && !f.speaker().isEmpty()
          && FINITE.contains(content.get(0).lower())) {
        subject = antecedent(t, t.indexOf(f.speaker().get(0)));  // "a pay offer of 4 per cent, which the council says is ..."
      }
      if (!subject.isEmpty() && !content.isEmpty()) {
        List<Tok> withSubject = new ArrayList<>(subject);  // "[the group] had tried to recruit an engineer"
        withSubject.addAll(content);
        content = withSubject;
      }
      content = dropAsides(trimAdjuncts(stripQuotes(content)));
      Statement ruledOut = null;
      if (supports(f)) {
        // "a faulty update, not a cyberattack, caused the outage": the claim is the update's, and the
        // speaker denies the attack caused it, said short ("A cyberattack caused the outage") so it
        // stands apart from the update's claim.
        for (int i = 1; i + 2 < content.size(); i++) {
          if (!(content.get(i).is(",") && content.get(i + 1).is("not"))) continue;
          int j = i + 2;
          while (j < content.size() && !content.get(j).is(",") && !content.get(j).is(".")) j++;
          List<Tok> kept = new ArrayList<>(content.subList(0, i));
          boolean subjectOnly = content.subList(0, i).stream().noneMatch(x -> FINITE.contains(x.lower()));
          if (j + 2 < content.size() && content.get(j).is(",") && j - i <= 8 && subjectOnly
              && !BOUNDARY.contains(content.get(j + 1).lower())) {
            kept.addAll(content.subList(j + 1, content.size()));
            int e = j + 1;
            while (e < content.size() && !content.get(e).is(",") && !BOUNDARY.contains(content.get(e).lower())) e++;
            List<Tok> denied = new ArrayList<>(content.subList(i + 2, j));
            denied.addAll(content.subList(j + 1, e));
            if (j - i >= 3 && e - j >= 3) {
              ruledOut = new Statement(speakers, StanceKind.DENIES, claimText(SpeakerPhrases.text(denied)), -1,
                  content.get(i + 1).start(), content.get(j - 1).end(), relayChain, f.cueText(), confidence - 0.1);
            }
          } else if (j < content.size() && content.get(j).is(",")) {
            kept.addAll(content.subList(j, content.size()));  // "the millions, not the thousands, since ..."
          }
          content = kept;
          break;
        }
      }
      if (f.cueText().startsWith("accus") && speakers.size() == 2 && content.size() > 4
          && (content.get(0).is("each") && content.get(1).is("other") || content.get(0).is("one") && content.get(1).is("another"))
          && content.get(2).is("of")) {
        // "Armenia and Azerbaijan accused each other of violating the ceasefire": each accuses the other.
        String act = SpeakerPhrases.text(content.subList(3, content.size()));
        for (int i = 0; i < 2; i++) {
          Statement one = new Statement(List.of(speakers.get(i)), StanceKind.ASSERTS,
              claimText(speakers.get(1 - i).name() + " " + act), -1, excerptFrom, excerptTo, relayChain, f.cueText(),
              Math.max(0.3, confidence - 0.05));
          if (i == 1) return one;
          statements.add(one);
        }
      }
      if (kind == StanceKind.ASSERTS && NOTHING_TO_ADD.matcher(SpeakerPhrases.text(content)).lookingAt()) {
        kind = StanceKind.DECLINES_TO_COMMENT;  // "Peskov said he had nothing to add": a silence
        content = List.of();
      }
      // "Asked about the report, Reinholt declined to comment": the question is the topic.
      if (kind == StanceKind.DECLINES_TO_COMMENT) content = askedAbout(t, f, content);
      // "Asked whether the supplier had been warned, Lund said: 'Absolutely not.'": the answer takes a side.
      if (kind == StanceKind.ASSERTS && supports(f)) {
        Statement answer = answer(t, f, content, speakers, excerptFrom, excerptTo, relayChain, confidence);
        if (answer != null) return answer;
      }
      // What the reported words are about: "would neither confirm nor deny that an investigation was
      // under way" declines on the clause.
      boolean declinedClause = kind == StanceKind.DECLINES_TO_COMMENT && from > 0 && from <= t.size()
          && t.get(from - 1).is("that") && content.size() >= 4 && clause(content);
      List<Tok> ownDenied = kind == StanceKind.ASSERTS ? ownDenial(content) : null;
      if (ownDenied == null && kind == StanceKind.ASSERTS) ownDenied = calledFalse(content);
      if (ownDenied != null) {
        // "'We categorically reject these allegations,' said Holm": a denial in the speaker's own words.
        kind = StanceKind.DENIES;
        content = ownDenied;
      }
      Target target = declinedClause
          ? new Target(kind, claimText(SpeakerPhrases.text(content)), false, false, List.of())
          : target(kind, f, content);
      if (target.back() && target.hint().equals(Hint.NONE) && from > 0 && from == f.cueAt() + 2
          && t.get(from - 1).is("that") && (kind == StanceKind.DENIES || kind == StanceKind.CONDEMNS)) {
        // "called that 'simply false'": the "that" read as a conjunction points at what was just said.
        target = new Target(kind, null, true, target.anyone(), target.nested(), new Hint("", List.of(), List.of(), true));
      }
      kind = target.kind();
      if (kind == StanceKind.ASSERTS && f.cue().hedged()) kind = StanceKind.SUGGESTS;
      if (kind == StanceKind.ASSERTS && hedged(t, from, to)) kind = StanceKind.SUGGESTS;
      int refersTo = -1;
      String claim = target.text();
      if (kind == StanceKind.DECLINES_TO_COMMENT && claim != null && WHITESPACE.split(claim).length < 3) {
        target = new Target(kind, null, true, false, target.nested(), target.hint());  // "on her future"
      }
      if (kind == StanceKind.DENIES && claim != null && !target.back() && gerund(content, claim)) {
        // "Pyongyang denied supplying missiles": the denier is who would have supplied them.
        List<String> names = speakers.stream().map(Speaker::name).toList();
        claim = claimText(String.join(" and ", names) + " " + Character.toLowerCase(claim.charAt(0)) + claim.substring(1));
      }
      if (target.back()) {
        refersTo = referent(speakers, kind, target.anyone(), target.hint());
        if (refersTo < 0 && GUILT_NOUNS.contains(target.hint().noun()) && speakers.size() == 1) {
          // "Helix has denied any wrongdoing", no accusation reported: the denial names its own claim.
          claim = speakers.get(0).name() + " committed wrongdoing.";
        } else if (refersTo < 0 && kind == StanceKind.CONDEMNS && target.hint().noun().isEmpty()
            && target.hint().words().size() >= 2) {
          // "criticised the court's ruling", no ruling reported before: the act condemned is the claim
          // ("criticised the budget as reckless": without the characterisation).
          List<Tok> words = target.hint().words();
          int as = 0;
          while (as < words.size() && !words.get(as).is("as")) as++;
          claim = as >= 2 ? claimText("The " + SpeakerPhrases.text(words.subList(0, as))) : null;
          if (claim == null) return null;
        } else if (refersTo < 0) {
          return null;
        } else {
          confidence -= 0.1;
          claim = null;
        }
      } else if (claim == null || WHITESPACE.split(claim).length < 3) {
        return null;
      }
      if (claim != null && speakers.size() == 1 && supports(f) && f.cueText().startsWith("claim") && content.size() > 2
          && content.get(0).is("responsibility") && content.get(1).is("for")) {
        // "A group calling itself Grey Heron claimed responsibility for the outage": it says it caused it.
        claim = claimText(speakers.get(0).name() + " was responsible for "
            + SpeakerPhrases.text(content.subList(2, content.size())));
      } else if (claim != null && speakers.size() == 1 && nominal(content) && supports(f) && !f.cueText().startsWith("put")
          && !f.cueText().contains("blam")) {
        // "North Korea announced the testing of a missile": the claim is North Korea's test.
        claim = speakers.get(0).name() + ": " + Character.toLowerCase(claim.charAt(0)) + claim.substring(1);
      }
      if (claim != null && supports(f)) {
        if (NO_CLAIM.matcher(claim).lookingAt()) return null;  // "it was too early to say", "he had not seen it"
        if (RHETORIC.matcher(claim).lookingAt()) return null;
        // "If the charges stand, we expect to be compensated": a condition and a promise, no claim of fact.
        if (CONDITIONAL.matcher(claim).lookingAt()) return null;
        if (FORMULA.matcher(claim).find() && claim.split("\\s+").length <= 10) return null;
        Matcher modal = IT_IS_THAT.matcher(claim);
        if (modal.lookingAt() && modal.group(2).split("\\s+").length >= 3
            && modal.group(1).toLowerCase(java.util.Locale.ROOT).matches(
                "(?:(?:even|quite|very|entirely|highly|now|also|more|most|possible|likely|probable|plausible|"
                + "conceivable|clear|certain|true|evident|obvious)[ ,]*)+")) {
          // "it was possible, even likely, that a fault had played a part": the fault is the claim.
          if (!modal.group(1).toLowerCase(java.util.Locale.ROOT).matches(".*\\b(?:clear|certain|true|evident|obvious)\\b.*")) {
            kind = StanceKind.SUGGESTS;
          }
          claim = claimText(modal.group(2));
        }
      }
      if (claim != null && kind == StanceKind.ASSERTS && supports(f)) {
        // "there was no evidence its systems had been compromised": a denial that they had been.
        Matcher none = NO_EVIDENCE.matcher(claim);
        if (none.lookingAt() && WHITESPACE.split(none.group(1)).length >= 3) {
          kind = StanceKind.DENIES;
          String denied = none.group(1);
          int stop = sentenceStop(denied);
          if (stop > 0) {
            // "There is no evidence of any malicious activity. This was a configuration error.": the
            // denial is the first sentence; the second is said as it stands.
            String rest = denied.substring(stop + 2);
            if (WHITESPACE.split(rest).length >= 3) {
              following.add(new Statement(speakers, hedged(content, 0, content.size()) ? StanceKind.SUGGESTS
                  : StanceKind.ASSERTS, claimText(rest), -1, excerptFrom, excerptTo, relayChain, f.cueText(),
                  Math.max(0.3, confidence - 0.05)));
            }
            denied = denied.substring(0, stop);
          }
          claim = claimText(denied);
        }
      }
      // "it had opened an investigation", said, denied or declined on by the board: the board's.
      if (claim != null) {
        // "Everything we know so far tells us the train was running within the limit": the train's speed is the claim.
        Matcher framed = FRAMED.matcher(claim);
        if (framed.lookingAt() && WHITESPACE.split(claim.substring(framed.end())).length >= 3) {
          claim = claimText(claim.substring(framed.end()));
        }
        claim = ownSubject(claim, speakers, f.shape() == Shape.SPEAKER_AFTER);
      }
      if (claim != null && kind == StanceKind.ASSERTS && supports(f)) {
        // "The plant did not discharge any waste into the river" answers "the plant released waste into the river".
        int denied = contradicted(content, speakers);
        if (denied >= 0) {
          kind = StanceKind.DENIES;
          refersTo = denied;
          claim = null;
          // "The plant did not discharge any waste. Our treatment system worked as designed.": the rest is said too.
          int stop = 0;
          while (stop < content.size() && !content.get(stop).is(".")) stop++;
          List<Tok> rest = stripQuotes(content.subList(Math.min(stop + 1, content.size()), content.size()));
          if (rest.stream().filter(Tok::isWord).count() >= 3) {
            statements.add(new Statement(speakers, hedged(rest, 0, rest.size()) ? StanceKind.SUGGESTS : StanceKind.ASSERTS,
                claimText(SpeakerPhrases.text(rest)), -1, excerptFrom, excerptTo, relayChain, f.cueText(),
                Math.max(0.3, confidence - 0.05)));
          }
        }
      }
      if (claim != null && kind == StanceKind.DENIES) {
        // "X accused Nimbra of waiting hours. Nimbra denied that it had been slow": the answer to the accusation.
        int answered = accusationAnswered(content, speakers);
        if (answered >= 0) {
          refersTo = answered;
          claim = null;
        }
      }
      for (Statement nested : target.nested()) statements.add(nested);
      if (ruledOut != null && claim != null && ruledOut.claimText().split(" ").length >= 3) following.add(ruledOut);
      return new Statement(speakers, kind, claim, refersTo, excerptFrom, excerptTo, relayChain, f.cueText(),
          Math.max(0.3, Math.min(1.0, confidence)));
    }

    /** Whether words are a report and what it said: "an earlier report by LNA that ...", "reports that ...". */
    private static boolean reportThat(List<Tok> c) {
      for (int i = 0; i < Math.min(4, c.size() - 2); i++) {
        if (Lexicon.REPORT_NOUNS.contains(c.get(i).lower()) && !c.get(i).is("that")) {
          for (int k = i + 1; k < Math.min(c.size() - 1, i + 10); k++) {
            if (c.get(k).is("that")) return true;
            if (!c.get(k).isWord() && !c.get(k).is(".")) return false;
          }
          return false;
        }
        if (!c.get(i).isWord()) return false;
      }
      return false;
    }

    /** "hard to explain with", "difficult to reconcile with", "inconsistent with": what follows does not explain it. */
    private static final Pattern EXPLAINS_NOT = Pattern.compile("(?i)\\b(?:(?:hard|difficult|impossible) to "
        + "(?:explain|reconcile|square|account for) (?:with|by)|(?:inconsistent|incompatible) with|"
        + "(?:cannot|not) be explained by)\\s+");

    /** The statement whose explanation the words say cannot explain something, or -1. */
    private int explainedAgainst(List<Tok> c) {
      // The words joined by single spaces, with where each starts, to map the match back to tokens.
      StringBuilder joined = new StringBuilder();
      int[] at = new int[c.size()];
      for (int i = 0; i < c.size(); i++) {
        if (i > 0) joined.append(' ');
        at[i] = joined.length();
        joined.append(c.get(i).text());
      }
      Matcher m = EXPLAINS_NOT.matcher(joined);
      if (!m.find()) return -1;
      int k = 0;
      while (k < c.size() && at[k] < m.end()) k++;
      return k < c.size() ? covering(c.subList(k, c.size()), 2) : -1;
    }

    /** Whether reported words only call what was just said false: "that was untrue", "this is simply not true". */
    private static boolean refutes(List<Tok> c) {
      // The "that" may have been read as the conjunction after the cue: "said that was untrue".
      int verb = !c.isEmpty() && Set.of("that", "this", "it", "these", "those").contains(c.get(0).lower()) ? 1 : 0;
      if (c.size() < verb + 2 || c.size() > 7 || !Set.of("was", "is", "were", "are").contains(c.get(verb).lower())) {
        return false;
      }
      List<Tok> rest = c.subList(verb + 1, c.size()).stream().filter(Tok::isWord)
          .filter(x -> !INTENSIFIERS.contains(x.lower())).toList();
      if (rest.size() == 1) return Lexicon.FALSE_WORDS.contains(rest.get(0).lower());
      return rest.size() == 2 && rest.get(0).is("not") && (rest.get(1).is("true") || rest.get(1).is("correct"));
    }

    /**
     * The noun phrase a "which" before the speaker stands for: in "a pay offer of 4 per cent, which
     * the council says is the most it can afford", what the council says is the most it can afford
     * is the offer. Empty when no "which" comes before the speaker.
     */
    private static List<Tok> antecedent(List<Tok> t, int speakerAt) {
      if (speakerAt < 3 || !t.get(speakerAt - 1).is("which") || !t.get(speakerAt - 2).is(",")) return List.of();
      int end = speakerAt - 2;
      int start = -1;
      // The furthest determiner back, over "of" and "for" phrases: "a pay offer of 4 per cent for the year".
      for (int k = end - 1; k >= 0 && end - k <= 12 && t.get(k).isWord() && !FINITE.contains(t.get(k).lower())
          && !BOUNDARY.contains(t.get(k).lower()); k--) {
        if (Set.of("a", "an", "the", "its", "their", "his", "her", "this").contains(t.get(k).lower())) start = k;
      }
      return start < 0 ? List.of() : t.subList(start, end);
    }

    /** Whether reported words are a noun phrase of an event: "the testing of ...", "a ban on ...". */
    private static boolean nominal(List<Tok> c) {
      if (c.stream().anyMatch(x -> FINITE.contains(x.lower()) || x.is("been"))) return false;
      if (c.size() < 3 || !(c.get(0).is("the") || c.get(0).is("a") || c.get(0).is("an"))) return false;
      for (int i = 1; i < Math.min(c.size(), 4); i++) {
        if (c.get(i).is("of") || c.get(i).is("on")) return true;
      }
      return false;
    }

    /** The claim words (or a reference back) and the stance kind they turn the cue into. */
    private record Target(StanceKind kind, String text, boolean back, boolean anyone, List<Statement> nested,
        Hint hint) {
      Target(StanceKind kind, String text, boolean back, boolean anyone, List<Statement> nested) {
        this(kind, text, back, anyone, nested, Hint.NONE);
      }
    }

    /**
     * What a reference back says about its referent: its noun ("figure" means a number), whose it
     * is ("the association's figure", "the Velorian account"), or the words of an event it names
     * ("condemned the shelling of Kessa").
     */
    private record Hint(String noun, List<Tok> owner, List<Tok> words, boolean near, int statement) {
      static final Hint NONE = new Hint("", List.of(), List.of(), false);

      Hint(String noun, List<Tok> owner, List<Tok> words, boolean near) {
        this(noun, owner, words, near, -1);
      }

      Hint(String noun, List<Tok> owner, List<Tok> words) {
        this(noun, owner, words, false);
      }

      /** A reference already resolved to a statement. */
      static Hint at(int statement) {
        return new Hint("", List.of(), List.of(), false, statement);
      }
    }

    private static final Set<String> WH = Set.of("which", "who", "when", "how", "why", "what", "where");

    /** The last statement someone disputed whose claim shares a topic word with {@code words}, or -1. */
    private int disputedOn(List<Tok> words) {
      List<String> topic = new ArrayList<>();
      for (Tok w : words) {
        if (w.isWord() && w.lower().length() > 3 && !Lexicon.NOT_NAMES.contains(w.lower())
            && !FINITE.contains(w.lower()) && !w.is("been")) {
          topic.add(w.lower());
        }
      }
      if (topic.isEmpty()) return -1;
      for (int i = statements.size() - 1; i >= Math.max(0, statements.size() - RECALL); i--) {
        if (disputed(i) && mentionsTopic(statements.get(i), topic)) return i;
      }
      return -1;
    }

    /**
     * A declined comment with no topic of its own takes the question the sentence opened with:
     * "Asked about the report, he declined to comment" declines on the report; otherwise the content.
     */
    /** Words that answer a question without a yes or a no: "still assessing its options", "too early to say". */
    private static final Pattern NON_ANSWER = Pattern.compile("(?i)\\b(?:still (?:assessing|considering|reviewing|"
        + "studying|looking at|weighing)|too (?:early|soon) to (?:say|tell|comment)|(?:would|will) not speculate|"
        + "no decision had been (?:made|taken))\\b");
    private static final Set<String> YES = Set.of("yes", "absolutely", "certainly", "definitely", "indeed", "correct");
    private static final Set<String> NO = Set.of("no", "not", "never", "nope");

    /** A pronoun that starts a short answer: "It had not.", "There was." */
    private static boolean answerSubject(String word) {
      return SUBJECT_PRONOUNS.contains(word) || word.equals("there");
    }

    /**
     * A yes or no to the question the sentence opened with ("Asked whether X, Y said: 'No.'"): a
     * denial or an assertion of X; null when the reported words are no short answer.
     */
    private Statement answer(List<Tok> t, Frame f, List<Tok> content, List<Speaker> speakers, int excerptFrom,
        int excerptTo, List<Speaker> relayChain, double confidence) {
      List<Tok> words = content.stream().filter(Tok::isWord).toList();
      int limit = Math.min(f.cueAt(), 40);
      if (limit < 4 || !t.get(0).is("asked") || !(t.get(1).is("whether") || t.get(1).is("if"))) return null;
      int comma = 2;
      while (comma < limit && !t.get(comma).is(",")) comma++;
      if (comma >= limit || comma - 2 < 3) return null;
      if (NON_ANSWER.matcher(SpeakerPhrases.text(content)).find()) {
        // "Asked whether customers would be compensated, Webb said the company was 'still assessing' its options."
        return new Statement(speakers, StanceKind.DECLINES_TO_COMMENT, claimText(SpeakerPhrases.text(t.subList(2, comma))),
            -1, t.get(0).start(), excerptTo, relayChain, f.cueText(), Math.max(0.3, confidence - 0.1));
      }
      if (words.isEmpty() || words.size() > 5) return null;
      Boolean yes = null;
      String first = words.get(0).lower();
      boolean negated = words.stream().anyMatch(w -> NO.contains(w.lower()) || w.lower().endsWith("n't"));
      if (negated && (NO.contains(first) || YES.contains(first) || first.equals("of") || first.equals("certainly")
          || answerSubject(first))) {
        yes = false;  // "No.", "Absolutely not.", "Of course not.", "It had not."
      } else if (!negated && (YES.contains(first) || first.equals("of") && words.size() == 2
          || answerSubject(first) && words.size() <= 3)) {
        yes = true;  // "Yes.", "Of course.", "It had."
      }
      if (yes == null) return null;
      String claim = claimText(SpeakerPhrases.text(t.subList(2, comma)));
      return new Statement(speakers, yes ? StanceKind.ASSERTS : StanceKind.DENIES, claim, -1, t.get(0).start(),
          excerptTo, relayChain, f.cueText(), Math.max(0.3, confidence - 0.1));
    }

    private static List<Tok> askedAbout(List<Tok> t, Frame f, List<Tok> content) {
      for (Tok x : content) {
        if (TOPIC_WORDS.contains(x.lower())) return content;
      }
      int limit = Math.min(f.cueAt(), 12);
      for (int i = 0; i + 1 < limit; i++) {
        if (!t.get(i).is("asked")) continue;
        int from = i + 1;
        if (from + 2 < limit && t.get(from).is("to") && t.get(from + 1).is("comment")) from += 2;
        if (!TOPIC_WORDS.contains(t.get(from).lower())) return content;
        int to = from + 1;
        while (to < limit && !t.get(to).is(",")) to++;
        return to < limit && to > from + 1 ? t.subList(from, to) : content;
      }
      return content;
    }

    private Target target(StanceKind kind, Frame f, List<Tok> content) {
      List<Tok> c = content;
      if (c.size() > 3 && (c.get(0).is("only") || c.get(0).is("merely") || c.get(0).is("simply")) && c.get(1).is("that")) {
        c = stripQuotes(c.subList(2, c.size()));  // "said only that the door is open"
      }
      if (kind == StanceKind.DECLINES_TO_COMMENT) {
        int i = 0;
        while (i < c.size() && (!TOPIC_WORDS.contains(c.get(i).lower())
            || i + 1 < c.size() && TIME_WORDS.contains(c.get(i + 1).lower()) && !c.get(i + 1).is("the"))) {
          i++;  // "declined to comment on Monday on whether ...": the day is no topic
        }
        if (i >= c.size()) return new Target(kind, null, true, false, List.of());
        c = c.subList(i + 1, c.size());
        if (!c.isEmpty() && (c.get(0).is("whether") || c.get(0).is("reports") && c.size() > 1 && c.get(1).is("that"))) {
          c = c.subList(c.get(0).is("whether") ? 1 : 2, c.size());  // "on whether it had opened an inquiry"
        }
        if (!c.isEmpty() && WH.contains(c.get(0).lower())) {
          // "on which side had fired first": a question about a disputed claim on that topic.
          int disputedOn = disputedOn(c.subList(1, c.size()));
          if (disputedOn >= 0) return new Target(kind, null, true, false, List.of(), Hint.at(disputedOn));
        }
        return object(kind, c, false);
      }
      if (kind == StanceKind.CONDEMNS && (f.shape() == Shape.PASSIVE)) {
        return object(kind, trimIntro(c), true);
      }
      if (kind == StanceKind.DENIES || kind == StanceKind.CONDEMNS || kind == StanceKind.RETRACTS) {
        if (c.size() >= 2 && PRONOUNS.contains(c.get(0).lower()) && (c.get(1).is(",") || c.get(1).is("."))) {
          return new Target(kind, null, true, false, List.of());  // "disputed that, saying ...": what was just said
        }
        if (kind == StanceKind.DENIES && (c.size() > 1 && c.get(0).is("that") && c.get(1).is("as")
            || !c.isEmpty() && c.get(0).is("as") && f.shape() == Shape.SUBJECT_FIRST && !f.speaker().isEmpty()
            && !Lexicon.REPORT_NOUNS.contains(f.speaker().get(Math.min(1, f.speaker().size() - 1)).lower())
            && c.size() <= 8 && c.stream().noneMatch(x -> x.is("that")))) {  // not "as nonsense reports that ..."
          // "dismissed that as 'a smear'" (the "that" may be read as the conjunction): what was just said
          return new Target(kind, null, true, false, List.of(), new Hint("", List.of(), List.of(), true));
        }
        if (!c.isEmpty() && c.get(0).is("that") && !(c.size() > 1 && Lexicon.REPORT_NOUNS.contains(c.get(1).lower()))) {
          c = c.subList(1, c.size());  // "denied that ...", but "rejected that claim" points back
        }
        // "a demand the chairman dismissed as ...": the object came before the verb.
        if (!c.isEmpty() && c.get(0).is("as") && f.shape() == Shape.SUBJECT_FIRST && !f.speaker().isEmpty()
            && Lexicon.REPORT_NOUNS.contains(f.speaker().get(Math.min(1, f.speaker().size() - 1)).lower())) {
          return new Target(kind, null, true, false, List.of());
        }
        if (f.cueText().equals("called") || f.cueText().equals("calling")) c = dropFalseWords(c);
        if (kind == StanceKind.CONDEMNS && !c.isEmpty()) c = dropFor(c);
        return object(kind, c, kind == StanceKind.CONDEMNS);
      }
      if (f.cueText().endsWith("rule out") || f.cueText().endsWith("ruled out") || f.cueText().endsWith("rules out")
          || f.cueText().endsWith("ruling out")) {
        // "ruled out any additional funding for Kellsborough": there will be none.
        List<Tok> what = stripLeading(c, Set.of("any", "a", "an", "the"));
        if (what.size() >= 2 && !clause(what)) {
          return new Target(kind, claimText("There will be no " + SpeakerPhrases.text(what)), false, false, List.of());
        }
      }
      if (f.cueText().contains("blam") && f.shape() != Shape.PASSIVE && !(!c.isEmpty() && c.get(0).is("that"))) {
        // "blamed a vendor for the breach" and "blamed the breach on a vendor": the vendor was to blame.
        for (int i = 1; i + 1 < c.size(); i++) {
          if (c.get(i).is("for") || c.get(i).is("on")) {
            List<Tok> culprit = c.get(i).is("for") ? c.subList(0, i) : c.subList(i + 1, c.size());
            List<Tok> outcome = c.get(i).is("for") ? c.subList(i + 1, c.size()) : c.subList(0, i);
            return new Target(kind, claimText(SpeakerPhrases.text(culprit) + " was to blame for "
                + SpeakerPhrases.text(outcome)), false, false, List.of());
          }
        }
      }
      if (CALLS.matcher(f.cueText()).lookingAt()) {
        // "called for the contract to be suspended", "demanding that the study be published in full":
        // the act should happen; a call with no act ("called for calm") is no claim.
        String act = shouldHappen(c);
        return new Target(kind, act == null ? null : claimText(act), false, false, List.of());
      }
      if ((f.cueText().startsWith("accus") || f.cueText().startsWith("charg")) && f.shape() != Shape.PASSIVE) {
        // "accused Moscow of launching missiles": the claim is that Moscow launched them.
        String joint = f.cueText().startsWith("accus") ? "of" : "with";
        for (int i = 0; i < c.size(); i++) {
          if (c.get(i).is(joint)) {
            List<Tok> who = trimAdjuncts(c.subList(0, i));
            // "accused Halvergate of 'hiding behind its own paperwork'": the speaker's own words for
            // what was done, a condemnation; "accused Nimbra of waiting three hours": a claim of fact.
            boolean inTheirWords = f.cueText().startsWith("accus") && i + 1 < c.size() && isQuote(c.get(i + 1));
            return new Target(inTheirWords ? StanceKind.CONDEMNS : kind,
                claimText(SpeakerPhrases.text(who) + " " + SpeakerPhrases.text(c.subList(i + 1, c.size()))),
                false, false, List.of());
          }
        }
      }
      if (f.shape() == Shape.PASSIVE) c = trimIntro(c);
      if (f.cueText().startsWith("put") || f.cueText().startsWith("estimat")) {
        // "put the number of dead fish at about 4,000": the claim is that the number was about 4,000.
        for (int i = c.size() - 2; i > 0; i--) {
          if (c.get(i).is("at") && HAS_DIGIT.matcher(SpeakerPhrases.text(c.subList(i + 1, c.size()))).matches()) {
            return new Target(kind, claimText(SpeakerPhrases.text(c.subList(0, i)) + " was "
                + SpeakerPhrases.text(stripQuotes(c.subList(i + 1, c.size())))), false, false, List.of());
          }
        }
      }
      if (f.cueText().startsWith("describ")) {
        // "described support for the walkout as overwhelming": the claim is that it was.
        for (int i = 1; i + 1 < c.size(); i++) {
          if (c.get(i).is("as")) {
            return new Target(kind, claimText(SpeakerPhrases.text(c.subList(0, i)) + " was "
                + SpeakerPhrases.text(stripQuotes(c.subList(i + 1, c.size())))), false, false, List.of());
          }
        }
        return new Target(kind, null, false, false, List.of());
      }
      if (supports(f) && reportThat(c)) {
        // "confirmed an earlier report by the news agency LNA that the driver had passed tests": the
        // claim is the report's, and the agency made it.
        return object(kind, stripLeading(c, Set.of("an", "a", "the", "earlier", "previous", "recent")), false);
      }
      if (supports(f) && refutes(c)) {
        // "Lestrian State Railways said that was untrue": a denial of what was just said.
        return new Target(StanceKind.DENIES, null, true, false, List.of(), new Hint("", List.of(), List.of(), true));
      }
      if (supports(f)) {
        // "a reading that high would be very hard to explain with a contaminated supplement": a
        // denial of the explanation someone gave.
        int against = explainedAgainst(c);
        if (against >= 0) return new Target(StanceKind.DENIES, null, true, false, List.of(), Hint.at(against));
      }
      // "criticism ... was politicized and distorted": a denial in the speaker's own words.
      int verb = characterisation(c);
      if (verb > 0) {
        List<Tok> subject = c.subList(0, verb);
        for (int i = 0; i < subject.size(); i++) {
          if (NUMBER_NOUNS.contains(subject.get(i).lower()) && !Lexicon.REPORT_NOUNS.contains(subject.get(i).lower())) {
            // "The numbers don't add up": the figure just reported.
            return new Target(StanceKind.DENIES, null, true, false, List.of(),
                new Hint(subject.get(i).lower(), subject.subList(0, i), List.of()));
          }
        }
        return object(StanceKind.DENIES, subject, false);
      }
      return new Target(kind, claimText(SpeakerPhrases.text(c)), false, false, List.of());
    }

    /** "criticized the company for waiting 13 days": the claim is what the company is blamed for. */
    private static List<Tok> dropFor(List<Tok> c) {
      for (int i = 1; i < c.size() - 1; i++) {
        if (c.get(i).is("for") && i <= 5) {
          List<Tok> who = c.subList(0, i);
          List<Tok> out = new ArrayList<>(stripLeading(who, Set.of("the")));
          out.addAll(c.subList(i + 1, c.size()));
          return out;
        }
      }
      return c;
    }

    /** The object of a denial or condemnation: its own claim, or a reference back to an earlier one. */
    private Target object(StanceKind kind, List<Tok> c, boolean anyone) {
      // "that report", "this claim": the one just made, whoever it is about.
      boolean near = !c.isEmpty() && DEMONSTRATIVES.contains(c.get(0).lower());
      if (clause(c)) return new Target(kind, claimText(SpeakerPhrases.text(c)), false, false, List.of());
      List<Tok> asWritten = c;
      c = stripLeading(c, OBJECT_LEADS);
      // "X as politicized and distorted": the rest is the characterisation.
      for (int i = 1; i < c.size(); i++) {
        if (c.get(i).is("as") && i + 1 < c.size() && (Lexicon.FALSE_WORDS.contains(c.get(i + 1).lower())
            || CHARACTERISATION_LEADS.contains(c.get(i + 1).lower()))) {
          c = c.subList(0, i);
          break;
        }
      }
      if (c.isEmpty()) return new Target(kind, null, true, anyone, List.of());
      List<Statement> nested = new ArrayList<>();
      // "moscow's accusations of ...", "criticism from the U.S. over ...", "allegations that ..."
      int noun = -1;
      for (int i = 0; i < Math.min(c.size(), 4); i++) {
        // "a report that it plans ...": the report, not the "it" of its clause.
        if (Lexicon.REPORT_NOUNS.contains(Tokens.unpossessed(c.get(i).lower())) && !c.get(i).is("that")
            && !(noun >= 0 && PRONOUNS.contains(c.get(i).lower()))) {
          noun = i;
        }
      }
      if (noun >= 0) {
        Hint hint = new Hint(c.get(noun).lower(), c.subList(0, noun), List.of(), near);
        int k = noun + 1;
        if (k + 1 < c.size() && (c.get(k).is("from") || c.get(k).is("by"))) {
          int e = k + 1;
          while (e < c.size() && !TOPIC_LINKS.contains(c.get(e).lower())) e++;
          List<Speaker> critics = phrases.resolve(c.subList(k + 1, e), publication);
          if (e < c.size() && !critics.isEmpty()) {
            String claim = claimText(SpeakerPhrases.text(stripLeading(c.subList(e + 1, c.size()), Set.of("the"))));
            int start = c.get(0).start();
            nested.add(new Statement(critics, StanceKind.ASSERTS, claim, -1, start, c.get(c.size() - 1).end(),
                relayChain(critics, null), c.get(noun).text(), 0.7));
          }
          k = e;
        }
        if (k < c.size() && TOPIC_LINKS.contains(c.get(k).lower())) {
          List<Tok> rest = c.subList(k + 1, c.size());
          if (!rest.isEmpty() && rest.stream().filter(Tok::isWord).count() < 3) {
            // "the accusation of undercounting": too short for a claim, it names an earlier one.
            return new Target(kind, null, true, anyone, nested, new Hint(hint.noun(), hint.owner(), rest));
          }
          if (!rest.isEmpty()) {
            // "allegations of the shelling" names an event; "a report that the driver had passed" keeps its clause whole.
            String claim = claimText(SpeakerPhrases.text(c.get(k).is("that") ? stripQuotes(rest) : stripLeading(rest, Set.of("the"))));
            // "a Halvard League charge that they broke the rules": the league makes the charge.
            List<Tok> owner = c.subList(0, noun);
            if (nested.isEmpty() && !owner.isEmpty() && owner.get(0).capitalized()) {
              List<Speaker> accusers = phrases.resolve(owner, publication);
              if (!accusers.isEmpty()) {
                nested.add(new Statement(accusers, StanceKind.ASSERTS, claim, -1, c.get(0).start(),
                    c.get(c.size() - 1).end(), relayChain(accusers, null), c.get(noun).text(), 0.7));
              }
            }
            if (c.get(k).is("that") && kind == StanceKind.DENIES && owner.isEmpty() && nested.isEmpty()
                && asWritten.get(0).is("the")) {
              // "rejected the suggestion that its network was to blame", just after someone suggested
              // the water supply was the likely source: that suggestion, in the denier's words.
              int just = justVoiced(hint.noun());
              if (just >= 0) return new Target(kind, null, true, false, nested, Hint.at(just));
            }
            return new Target(kind, claim, false, false, nested);
          }
        }
        if (k >= c.size()) return new Target(kind, null, true, anyone, nested, hint);
      }
      // "condemned the shelling of Kessa": an event an earlier statement reported.
      if (c.size() <= 8 && covering(c) >= 0) return new Target(kind, null, true, true, nested, new Hint("", List.of(), c));
      // A short noun phrase that names an event already reported ("the move", "the test", "the attack").
      if (anyone && c.size() <= 3) return new Target(kind, null, true, true, nested, new Hint("", List.of(), c));
      // A topic of its own keeps its article: "the lawsuit filed by dealers".
      boolean article = asWritten.size() == c.size() + 1 && ARTICLES.contains(asWritten.get(0).lower());
      return new Target(kind, claimText(SpeakerPhrases.text(article ? asWritten : c)), false, false, nested);
    }

    /** Words after "the account of" that name no topic: "events", "what happened", "his death". */
    private static final Set<String> GENERIC_TOPICS = Set.of("events", "event", "what", "happened", "the", "his",
        "her", "their", "its", "death", "killing", "incident", "events.", "day", "night", "shooting", "crash");

    private static final Set<String> FIRST_PERSON = Set.of("we", "i");
    private static final Set<String> OBJECT_DETERMINERS = Set.of("these", "the", "those", "such", "all", "this",
        "that", "any", "his", "her", "their", "its", "your");
    private static final Set<String> DENY_VERBS = Set.of("reject", "deny", "refute", "dispute", "contest");

    /**
     * The object of reported words that are a denial in the first person ("we categorically reject
     * these allegations", "I deny the claims"), when it names a statement; null otherwise.
     */
    private static List<Tok> ownDenial(List<Tok> content) {
      List<Tok> c = stripQuotes(content);
      if (c.size() < 3 || !FIRST_PERSON.contains(c.get(0).lower())) return null;
      int v = 1;
      while (v < c.size() && v < 3 && c.get(v).lower().endsWith("ly")) v++;  // "categorically", "strongly"
      if (v >= c.size() - 1 || !DENY_VERBS.contains(c.get(v).lower())) return null;
      List<Tok> object = c.subList(v + 1, c.size());
      int end = 0;
      while (end < object.size() && !object.get(end).is(".") && !object.get(end).is(",")) end++;
      while (end > 1 && object.get(end - 1).lower().endsWith("ly")) end--;  // "the claims completely"
      object = object.subList(0, end);
      // Only "these allegations" or "the idea that ...": "the results of the audit only in part" is
      // a dispute of something else, in words of its own.
      int i = 0;
      if (i < object.size() && OBJECT_DETERMINERS.contains(object.get(i).lower())) i++;
      if (i >= object.size() || !reportNoun(object.get(i).lower())) return null;
      return i + 1 == object.size() || object.get(i + 1).is("that") ? object : null;
    }

    /** Where a first sentence ends inside reported words: ". " after a lower-case word, not "the U.S." or "Dr.". */
    private static int sentenceStop(String words) {
      for (int i = words.indexOf(". "); i > 0; i = words.indexOf(". ", i + 1)) {
        int w = i;
        while (w > 0 && Character.isLetter(words.charAt(w - 1))) w--;
        String word = words.substring(w, i);
        if (word.length() >= 3 && word.chars().allMatch(Character::isLowerCase) && i + 2 < words.length()
            && Character.isUpperCase(words.charAt(i + 2))) {
          return i;
        }
      }
      return -1;
    }

    private static final Set<String> DEGREE = Set.of("simply", "completely", "entirely", "totally", "wildly", "grossly",
        "deeply", "utterly", "plainly", "highly", "clearly", "largely");

    /**
     * "said the Philippine account was 'not consistent with the facts'", "said the union's pay claims
     * were 'misleading'": the statement named, called false; null for other words.
     */
    private static List<Tok> calledFalse(List<Tok> content) {
      List<Tok> c = stripQuotes(content);
      int v = 0;
      while (v < c.size() && v <= 6 && !BE_FORMS.contains(c.get(v).lower())) v++;
      if (v < 2 || v > 6 || v + 1 >= c.size() || !reportNoun(c.get(v - 1).lower())) return null;
      int p = v + 1;
      while (p < c.size() && (isQuote(c.get(p)) || DEGREE.contains(c.get(p).lower()))) p++;
      if (p >= c.size()) return null;
      boolean falseWord = Lexicon.FALSE_WORDS.contains(c.get(p).lower()) && clauseEnds(c, p + 1);
      boolean notFact = c.get(p).is("not") && p + 1 < c.size() && (c.get(p + 1).is("true") || c.get(p + 1).is("accurate")
          || c.get(p + 1).is("correct")) && clauseEnds(c, p + 2)
          || c.get(p).is("not") && p + 4 < c.size() && c.get(p + 1).is("consistent") && c.get(p + 2).is("with")
          && c.get(p + 3).is("the") && c.get(p + 4).is("facts");
      return falseWord || notFact ? c.subList(0, v) : null;
    }

    /** Whether nothing but punctuation, quotes or "and"-joined false words follow {@code from}. */
    private static boolean clauseEnds(List<Tok> c, int from) {
      for (int k = from; k < c.size(); k++) {
        Tok x = c.get(k);
        if (x.is(".") || x.is(",") || x.is(";")) return true;
        if (!isQuote(x) && !x.is("and") && !Lexicon.FALSE_WORDS.contains(x.lower()) && !DEGREE.contains(x.lower())) {
          return false;
        }
      }
      return true;
    }

    /** "She later retracted the allegation": the last claim the speaker (or its body) made, or -1. */
    private int ownLast(Set<String> ids) {
      for (int i = statements.size() - 1; i >= Math.max(0, statements.size() - RECALL); i--) {
        Statement st = statements.get(i);
        if (st.refersBack() || st.kind() == StanceKind.DENIES || st.kind() == StanceKind.DECLINES_TO_COMMENT) continue;
        if (st.speakers().stream().anyMatch(s -> ids.contains(s.identity()))) return i;
      }
      return -1;
    }

    /** The hedged statement of the last two that "the suggestion" names; -1 when neither is one. */
    private int justVoiced(String noun) {
      if (!HEDGE_NOUNS.contains(noun)) return -1;
      for (int i = statements.size() - 1; i >= Math.max(0, statements.size() - 2); i--) {
        Statement st = statements.get(i);
        if (st.refersBack() || st.claimText() == null) continue;
        if (st.kind() == StanceKind.SUGGESTS) return i;
      }
      return -1;
    }

    /** Whether words are a clause ("any of its staff had engaged in espionage"), not a noun phrase to strip. */
    private static boolean clause(List<Tok> c) {
      for (int i = 0; i < Math.min(3, c.size()); i++) {
        if (reportNoun(c.get(i).lower())) return false;
      }
      for (int i = 1; i < Math.min(10, c.size()); i++) {
        if (FINITE.contains(c.get(i).lower())) return true;
      }
      return false;
    }

    /** The last statement whose claim has every content word of {@code words} (by stem), or -1. */
    private int covering(List<Tok> words) {
      return covering(words, 2);
    }

    private int covering(List<Tok> words, int least) {
      List<String> stems = new ArrayList<>();
      for (Tok w : words) {
        if (w.isWord() && w.lower().length() > 3 && !Lexicon.NOT_NAMES.contains(w.lower())) stems.add(stem(w.lower()));
      }
      if (stems.size() < least) return -1;
      for (int i = statements.size() - 1; i >= Math.max(0, statements.size() - RECALL); i--) {
        Statement st = statements.get(i);
        if (st.refersBack() || st.claimText() == null) continue;
        Set<String> have = new HashSet<>();
        for (String w : NOT_LETTER_OR_DIGIT.split(st.claimText().toLowerCase(java.util.Locale.ROOT))) have.add(stem(w));
        if (have.containsAll(stems)) return i;
      }
      // "condemned the attack" after "forces had shelled a hospital": the same words once synonyms are folded.
      Set<String> folded = ClaimSimilarity.terms(SpeakerPhrases.text(words), Map.of());
      folded.removeIf(x -> x.startsWith("#"));
      if (folded.size() < least || folded.size() > 4) return -1;
      for (int i = statements.size() - 1; i >= Math.max(0, statements.size() - RECALL); i--) {
        Statement st = statements.get(i);
        if (st.refersBack() || st.claimText() == null) continue;
        if (ClaimSimilarity.terms(st.claimText(), Map.of()).containsAll(folded)) return i;
      }
      return -1;
    }

    private static String stem(String w) {
      return w.length() > 5 ? w.substring(0, 5) : w;
    }

    /** Index of "was"/"is" in "criticism ... was politicized and distorted", or -1. */
    private int characterisation(List<Tok> c) {
      if (c.isEmpty() || !Lexicon.REPORT_NOUNS.contains(Tokens.unpossessed(c.get(0).lower()))
          && !(c.size() > 1 && (Lexicon.REPORT_NOUNS.contains(c.get(1).lower()) || NUMBER_NOUNS.contains(c.get(1).lower())))) {
        return -1;
      }
      for (int i = 1; i + 2 < c.size(); i++) {
        // "The numbers don't add up", "the figures do not stand up"
        String w = c.get(i).lower();
        boolean not = w.equals("don't") || w.equals("doesn't") || w.equals("didn't") || w.equals("don\u2019t")
            || w.equals("doesn\u2019t") || (w.equals("do") || w.equals("does") || w.equals("did")) && c.get(i + 1).is("not");
        int verb = c.get(i + 1).is("not") ? i + 2 : i + 1;
        if (not && verb + 1 < c.size() && (c.get(verb).is("add") || c.get(verb).is("stand") || c.get(verb).is("hold"))
            && c.get(verb + 1).is("up")) {
          return i;
        }
      }
      for (int i = 1; i + 1 < c.size(); i++) {
        if (BE_FORMS.contains(c.get(i).lower())) {
          for (int k = i + 1; k < Math.min(c.size(), i + 5); k++) {
            if (Lexicon.FALSE_WORDS.contains(c.get(k).lower())) return i;
            // "the allegations were without merit", "had no basis in fact"
            if ((c.get(k).is("without") || c.get(k).is("no")) && k + 1 < c.size()
                && GROUNDS.contains(c.get(k + 1).lower())) {
              return i;
            }
          }
        }
      }
      return -1;
    }

    /** Nouns of a denial that point at an accusation against the speaker: "denied any wrongdoing". */
    private static final Set<String> GUILT_NOUNS = Set.of("wrongdoing", "misconduct", "impropriety");

    /** Words in "-ing" that are things, not acts: "denied anything of the sort". */
    private static final Set<String> ING_NOUNS = Set.of("nothing", "anything", "something", "everything", "thing",
        "king", "ring", "evening", "morning", "meeting", "building", "spring", "string", "ceiling", "wedding",
        "funding", "ruling", "finding", "findings", "briefing", "hearing", "ranking", "ending", "warning", "rating",
        "spending", "pricing", "timing", "reporting", "wording", "wrongdoing", "bombing", "killing", "shooting");

    /** Whether the denied words are a gerund phrase, its first word the one {@code claim} starts with: "supplying missiles". */
    private static boolean gerund(List<Tok> content, String claim) {
      if (content.size() < 2) return false;
      Tok first = content.get(0);
      String w = first.lower();
      // "denied rising inflation was the result of its policy": an adjective in a clause, no act.
      if (content.stream().anyMatch(x -> FINITE.contains(x.lower()))) return false;
      return first.isWord() && !first.capitalized() && w.length() > 4 && w.endsWith("ing") && !ING_NOUNS.contains(w)
          && claim.toLowerCase(java.util.Locale.ROOT).startsWith(w + " ");
    }

    /** What a dismissed claim is said to lack: "without merit", "no basis". */
    private static final Set<String> GROUNDS = Set.of("merit", "foundation", "basis", "substance", "evidence", "grounds");

    private static final Set<String> NUMBER_NOUNS = Set.of("figure", "figures", "number", "numbers", "estimate",
        "estimates", "toll", "count", "tally", "total");
    private static final Pattern NUMBER = Pattern.compile(
        "\\d|\\b(?:one|two|three|four|five|six|seven|eight|nine|ten|twelve|twenty|hundred|thousand|million|billion|dozen)s?\\b");

    /**
     * The statement a reference back points to: the last claim someone else supported (or anyone,
     * for events), narrowed by what the reference says about it, and, for a silence, preferably a
     * claim about the one who is silent that someone disputed.
     */
    private int referent(List<Speaker> speakers, StanceKind kind, boolean anyone, Hint hint) {
      if (hint.statement() >= 0) return hint.statement();
      if (!hint.words().isEmpty()) {
        // "her remarks about the budget": the statement about the budget, or none; "condemned the
        // attack": the statement that reported an attack, else the last event reported.
        int covered = covering(hint.words(), 1);
        // "the newspaper's account of Seacrest's ownership": failing the words, whose account it was;
        // "that version of events", "the account of his death": words that name no topic of their own.
        boolean generic = hint.words().stream().allMatch(w -> !w.isWord() || GENERIC_TOPICS.contains(w.lower()));
        if (covered >= 0 || !anyone && hint.owner().isEmpty() && !generic) return covered;
      }
      Set<String> ids = new HashSet<>();
      for (Speaker s : speakers) {
        ids.add(s.identity());
        if (s.organization() != null) ids.add(s.organization().identity());
      }
      if (kind == StanceKind.RETRACTS) return ownLast(ids);
      List<Integer> candidates = new ArrayList<>();
      for (int i = statements.size() - 1; i >= Math.max(0, statements.size() - RECALL); i--) {
        Statement st = statements.get(i);
        if (st.refersBack()) {
          if (anyone && candidates.isEmpty()) return st.refersTo();
          continue;
        }
        if (anyone) {
          candidates.add(i);
          continue;
        }
        boolean support = st.kind() == StanceKind.ASSERTS || st.kind() == StanceKind.SUGGESTS
            || st.kind() == StanceKind.CONDEMNS;
        if (!support) continue;
        if (st.speakers().stream().noneMatch(s -> ids.contains(s.identity())
            || s.organization() != null && ids.contains(s.organization().identity()))) {
          candidates.add(i);
        }
      }
      if (candidates.isEmpty()) return -1;
      if (GUILT_NOUNS.contains(hint.noun())) {
        // "Ravenshore denied any wrongdoing": the accusation against the speaker, if one was reported.
        List<String> names = new ArrayList<>();
        for (Speaker s : speakers) {
          for (String w : s.name().toLowerCase(java.util.Locale.ROOT).split("[^\\p{L}\\p{N}]+")) {
            if (w.length() >= 4 && !Lexicon.NOT_NAMES.contains(w)) names.add(w);
          }
        }
        for (int i : candidates) {
          if (mentionsTopic(statements.get(i), names)) return i;
        }
        return -1;
      }
      List<Integer> all = candidates;
      List<String> owner = ownerKeys(hint.owner());
      Speaker ownerBack = ownerByBackReference(hint.owner());
      if (ownerBack != null) {
        // "the group's figure": the group the article named, whatever its name.
        // Its own statements first ("the association's claim" is what the association argued), then
        // those of its people.
        List<Integer> owned = new ArrayList<>();
        for (int i : candidates) {
          if (statements.get(i).speakers().stream().anyMatch(s -> s.identity().equals(ownerBack.identity()))) {
            owned.add(i);
          }
        }
        for (int i : owned.isEmpty() ? candidates : List.<Integer>of()) {
          if (statements.get(i).speakers().stream().anyMatch(s -> s.organization() != null
              && s.organization().identity().equals(ownerBack.identity()))) {
            owned.add(i);
          }
        }
        if (!owned.isEmpty()) {
          candidates = owned;
          owner = List.of();
        }
      }
      if (!owner.isEmpty() && hint.owner().stream().noneMatch(Tok::capitalized)) {
        // "the rainfall theory": a topic, not an owner; the claim that speaks of it.
        List<Integer> topical = new ArrayList<>();
        for (int i : candidates) {
          if (mentionsTopic(statements.get(i), owner)) topical.add(i);
        }
        if (!topical.isEmpty()) return topical.get(0);
      }
      if (!owner.isEmpty()) {
        List<String> keys = owner;
        List<Integer> owned = new ArrayList<>();
        for (int i : candidates) {
          Statement st = statements.get(i);
          // "the mayor's remarks": the speaker named with that title in the statement's own words.
          String said = Names.key(text.substring(st.start(), Math.min(st.end(), text.length())));
          if (st.speakers().stream().anyMatch(s -> owns(keys, s))
              || keys.stream().anyMatch(k -> (" " + said + " ").contains(" " + k + " "))) {
            owned.add(i);
          }
        }
        if (!owned.isEmpty()) candidates = owned;
      }
      if (NUMBER_NOUNS.contains(hint.noun())) {
        // A figure is a number: among the owner's statements if any has one, else among all.
        for (List<Integer> among : List.of(candidates, all)) {
          for (int i : among) {
            String c = statements.get(i).claimText();
            if (c != null && HAS_DIGIT.matcher(c).matches()) return i;
          }
          for (int i : among) {
            String c = statements.get(i).claimText();
            if (c != null && NUMBER.matcher(c.toLowerCase(java.util.Locale.ROOT)).find()) return i;
          }
        }
      }
      if (HEDGE_NOUNS.contains(hint.noun())) {
        // "called Amankwah's suggestion fanciful": what was suggested, not what was said since.
        for (int i : candidates.subList(0, Math.min(candidates.size(), 6))) {
          if (statements.get(i).kind() == StanceKind.SUGGESTS) return i;
        }
      }
      String verb = NOUN_VERBS.get(hint.noun());
      boolean owned = !hint.owner().isEmpty();
      if (verb != null) {
        // "dismissed the claim": what was claimed, before what was said since; "the allegation": what
        // was alleged; "the union's claims": what the union claimed or accused someone of, not its
        // leader's quote since.
        for (int i : candidates.subList(0, Math.min(candidates.size(), 6))) {
          String cue = statements.get(i).cue();
          if (cue.startsWith(verb) || owned && verb.equals("claim") && ACCUSING.stream().anyMatch(cue::startsWith)) {
            return i;
          }
        }
      }
      if (FINDINGS.contains(hint.noun()) && owner.isEmpty()) {
        // "declined to comment on the findings": what the study the article is about found, which
        // news leads with; a study cited later for comparison is not "the findings".
        for (int i = candidates.size() - 1; i >= 0; i--) {
          Statement st = statements.get(candidates.get(i));
          if (STUDY_WORDS.matcher(text.substring(st.start(), Math.min(st.end(), text.length()))).find()) {
            return candidates.get(i);
          }
        }
      }
      if (REPORTS.contains(hint.noun()) && owner.isEmpty() && !hint.near()) {
        // "called the report false": what a report said, not what someone said since.
        for (int i : candidates.subList(0, Math.min(candidates.size(), 6))) {
          if (reported(statements.get(i))) return i;
        }
      }
      if (kind == StanceKind.DECLINES_TO_COMMENT) {
        for (int i : candidates) {
          if (about(statements.get(i), speakers) && disputed(i)) return i;
        }
      }
      if (kind == StanceKind.DENIES && owner.isEmpty() && !hint.near()) {
        // "Ravenshore denied any wrongdoing": people deny what is said about them.
        for (int i : candidates) {
          if (about(statements.get(i), speakers)) return i;
        }
      }
      if (hint.near() && candidates.size() >= 2 && quoted(statements.get(candidates.get(0)))
          && !quoted(statements.get(candidates.get(1)))
          && statements.get(candidates.get(1)).speakers().equals(statements.get(candidates.get(0)).speakers())) {
        // "Lund said the union had floated 6 per cent. 'We were close to a deal,' she said. Brannigan
        // called that false": the claim she reported, not the quote that coloured it.
        return candidates.get(1);
      }
      return candidates.get(0);
    }

    private static final Pattern CALLS = Pattern.compile("(?:call(?:ed|ing) for|demand(?:ed|ing) that)");

    /** "X to be Y" or "X be Y" or "X to Y" said as "X should be Y" / "X should Y"; null with no act. */
    private static String shouldHappen(List<Tok> c) {
      for (int i = 1; i + 1 < c.size() && i <= 12; i++) {
        if (c.get(i).is("to") && c.get(i + 1).isWord() && !c.get(i + 1).capitalized()
            && !NOUN_BEFORE.contains(c.get(i + 1).lower())) {  // "called for an end to the fighting": no act
          return SpeakerPhrases.text(c.subList(0, i)) + " should " + SpeakerPhrases.text(c.subList(i + 1, c.size()));
        }
        if (c.get(i).is("be") && !c.get(i - 1).is("to") && !c.get(i - 1).is("should")) {
          return SpeakerPhrases.text(c.subList(0, i)) + " should " + SpeakerPhrases.text(c.subList(i, c.size()));
        }
        if (c.get(i).is("should") || c.get(i).is("must")) return SpeakerPhrases.text(c);
      }
      return null;
    }

    /** Whether a statement's words are a direct quotation: its excerpt opens with a quotation mark. */
    private boolean quoted(Statement st) {
      return st.start() < text.length() && "\"\u201c".indexOf(text.charAt(st.start())) >= 0;
    }

    /** The body a lowercase owner points back to ("the group's", "the agency's"), or null. */
    private Speaker ownerByBackReference(List<Tok> owner) {
      if (owner.size() != 1 || owner.get(0).capitalized()) return null;
      String noun = Tokens.unpossessed(owner.get(0).lower());
      if (noun.equals(owner.get(0).lower()) || !Lexicon.BACK_NOUNS.contains(noun)) return null;
      List<Speaker> back = phrases.resolve(Tokens.of(noun, owner.get(0).start()), publication);
      if (back.isEmpty() && Lexicon.OUTLET_NOUNS.contains(noun) && !noun.equals("agency")) {
        // "the newspaper's account", paragraphs after the report: the outlet last named.
        Speaker outlet = phrases.lastOutlet();
        if (outlet != null) return outlet;
      }
      return back.size() == 1 && !Names.key(back.get(0).name()).equals(noun) ? back.get(0) : null;
    }

    /** Whether a statement's claim has a word sharing its first letters with a topic word (rain, rainfall). */
    private static boolean mentionsTopic(Statement st, List<String> topic) {
      if (st.claimText() == null) return false;
      for (String w : st.claimText().toLowerCase(java.util.Locale.ROOT).split("[^\\p{L}\\p{N}]+")) {
        if (w.length() < 4) continue;
        for (String k : topic) {
          if (k.length() >= 4 && !Lexicon.NOT_NAMES.contains(k) && (w.startsWith(k) || k.startsWith(w)
              || w.length() > 5 && k.length() > 5 && stem(w).equals(stem(k)))) {
            return true;
          }
        }
      }
      return false;
    }

    /** Keys an owner phrase can match a speaker by: "Velorian" also as "Veloria", "association's". */
    private List<String> ownerKeys(List<Tok> owner) {
      List<String> keys = new ArrayList<>();
      for (Tok t : owner) {
        if (!t.isWord() || ARTICLES.contains(t.lower())) continue;
        String w = Tokens.unpossessed(t.lower());
        if (w.length() < 4) continue;
        keys.add(w);
        String place = t.capitalized() ? phrases.placeOf(t.text()) : null;
        if (place != null) keys.add(Names.key(place));
      }
      return keys;
    }

    private static boolean owns(List<String> owner, Speaker s) {
      String name = Names.key(s.name());
      String org = s.organization() == null ? "" : Names.key(s.organization().name());
      for (String k : owner) {
        if (name.contains(k) || org.contains(k) || k.startsWith(name) && name.length() >= 4) return true;
      }
      return false;
    }

    private static final Set<String> REPORTS = Set.of("report", "reports", "story", "article");
    private static final Set<String> TIME_UNITS = Set.of("days", "day", "weeks", "week", "hours", "hour", "months",
        "month", "years", "year", "minutes");
    /** What a study found, by the nouns that name it. */
    private static final Set<String> FINDINGS = Set.of("findings", "finding", "results", "conclusions", "conclusion",
        "study", "research");
    private static final Pattern STUDY_WORDS = Pattern.compile(
        "(?i)\\b(?:study|studies|research|survey|analysis|findings)\\b");
    /** Nouns for what someone put forward as likely, not as fact: they point back to a hedged statement. */
    private static final Set<String> HEDGE_NOUNS = Set.of("suggestion", "suggestions", "theory", "speculation",
        "prediction", "predictions", "forecast", "hypothesis");
    /** A report noun and the start of the verb that makes one: the claim is what was claimed. */
    private static final Map<String, String> NOUN_VERBS = Map.ofEntries(Map.entry("claim", "claim"),
        Map.entry("claims", "claim"), Map.entry("allegation", "alleg"), Map.entry("allegations", "alleg"),
        Map.entry("accusation", "accus"), Map.entry("accusations", "accus"), Map.entry("charge", "charg"),
        Map.entry("charges", "charg"), Map.entry("findings", "found"), Map.entry("finding", "found"));

    /** Whether a statement came from a report: "according to a report in ...", "the agency reported". */
    private boolean reported(Statement st) {
      return st.cue().startsWith("according") || st.cue().startsWith("report")
          || st.relayChain().stream().anyMatch(r -> !relays.contains(r));
    }

    /**
     * Whether a statement names one of the speakers (by any word of their names) in its claim or in
     * the words around it: "the plant, which is owned by Aurex, released waste" is about Aurex.
     */
    private boolean about(Statement st, List<Speaker> speakers) {
      return about(st, st.start(), speakers);
    }

    /** {@link #about(Statement, List)}, with the words around the claim read from {@code from}. */
    private boolean about(Statement st, int from, List<Speaker> speakers) {
      if (st.claimText() == null) return false;
      // Only words written as names: "cutting track maintenance" is not about Brevik Track Services.
      Set<String> claim = new HashSet<>();
      for (String text : List.of(st.claimText(), this.text.substring(from, Math.min(st.end(), this.text.length())))) {
        for (String w : text.split("[^\\p{L}\\p{N}'\u2019]+")) {
          if (!w.isEmpty() && Character.isUpperCase(w.charAt(0))) claim.add(stem(Names.key(Tokens.unpossessed(w))));
        }
      }
      for (Speaker s : speakers) {
        List<String> names = new ArrayList<>(List.of(Names.key(s.name()).split(" ")));
        if (s.organization() != null) names.addAll(List.of(Names.key(s.organization().name()).split(" ")));
        for (String w : names) {
          // By the first letters, so "Dastani" is about "Dastan"; words of a body's kind do not count.
          if (w.length() > 3 && !Lexicon.ORG_WORDS.contains(w) && !Lexicon.BACK_NOUNS.contains(w)
              && claim.contains(stem(w))) {
            return true;
          }
        }
      }
      return false;
    }

    private boolean disputed(int index) {
      for (int i = index + 1; i < Math.min(statements.size(), index + 1 + RECALL); i++) {
        Statement st = statements.get(i);
        if (st.refersTo() == index && (st.kind() == StanceKind.DENIES || st.kind() == StanceKind.CONDEMNS)) return true;
      }
      return false;
    }

    private static List<Tok> trimIntro(List<Tok> c) {
      for (int i = 0; i < c.size(); i++) {
        if (OCCASION_WORDS.contains(c.get(i).lower()) && i + 1 < c.size()) {
          return c.subList(i + 1, c.size());
        }
      }
      return c;
    }

    private static final Set<String> INTENSIFIERS = Set.of("pure", "complete", "total", "utter", "absolute", "simply",
        "completely", "totally", "utterly", "entirely", "absolutely", "plainly", "patently", "deeply", "wholly",
        "categorically", "flatly");

    private static List<Tok> dropFalseWords(List<Tok> c) {
      for (int i = 0; i < c.size(); i++) {
        if (Lexicon.FALSE_WORDS.contains(c.get(i).lower()) || isQuote(c.get(i))
            || INTENSIFIERS.contains(c.get(i).lower())
            || INDEFINITE_ARTICLES.contains(c.get(i).lower()) && i > 0) {
          return c.subList(0, i);
        }
      }
      return c;
    }

    private static List<Tok> stripLeading(List<Tok> c, Set<String> words) {
      int i = 0;
      while (i < c.size() && (words.contains(c.get(i).lower()) || !c.get(i).isWord() && !isQuote(c.get(i)))) i++;
      return c.subList(i, c.size());
    }

    /**
     * Drops asides from reported words, which say something else than the claim: ", which is owned
     * by Aurex Chemicals and sits on the riverbank," and "(AIU)".
     */
    private static List<Tok> dropAsides(List<Tok> c) {
      List<Tok> out = new ArrayList<>();
      for (int k = 0; k < c.size(); k++) {
        Tok x = c.get(k);
        if (x.is(",") && k + 1 < c.size() && RELATIVE_PRONOUNS.contains(c.get(k + 1).lower())) {
          int e = k + 2;
          while (e < c.size() && !c.get(e).is(",")) e++;
          if (e < c.size()) {
            k = e;  // both commas go with the aside
            continue;
          }
        }
        if (x.is("(")) {
          int e = k + 1;
          while (e < c.size() && !c.get(e).is(")")) e++;
          if (e < c.size()) {
            k = e;
            continue;
          }
        }
        out.add(x);
      }
      return out.size() == c.size() ? c : out;
    }

    /** Drops trailing framing such as "in a joint statement", "on Sunday", "in an interview". */
    private static List<Tok> trimAdjuncts(List<Tok> c) {
      int e = c.size();
      for (int k = c.size() - 1; k > 0; k--) {
        String w = c.get(k).lower();
        if (TIME_PREPOSITIONS.contains(w)) {
          boolean framing = true;
          boolean marked = false;
          for (int j = k + 1; j < e; j++) {
            String x = c.get(j).lower();
            if (!ADJUNCT.contains(x) && !FRAMING.contains(x)) framing = false;
            if (FRAMING.contains(x) || TIME_WORDS.contains(x) && !x.equals("the")) marked = true;
          }
          framing &= marked;
          if (framing && e > k + 1) e = k;
          else break;
        }
      }
      return c.subList(0, e);
    }

    static final Set<String> TIME_WORDS = Set.of("monday", "tuesday", "wednesday", "thursday", "friday",
        "saturday", "sunday", "the", "weekend", "friday's");

    static final Set<String> FRAMING = Set.of("joint", "written", "televised", "separate", "video", "brief",
        "statement", "interview", "speech", "address", "hearing", "call", "phone", "telephone", "radio",
        "television", "podcast", "sunday's", "monday's");

    private static final Set<String> CURRENCY = Set.of("\u20ac", "$", "\u00a3", "\u00a5");

    private static List<Tok> stripQuotes(List<Tok> c) {
      int s = 0;
      int e = c.size();
      while (s < e && (isQuote(c.get(s)) || !c.get(s).isWord() && !CURRENCY.contains(c.get(s).text()))) s++;
      while (e > s && (isQuote(c.get(e - 1)) || !c.get(e - 1).isWord())) e--;
      return c.subList(s, e);
    }

    /**
     * Whether the claim's own clause is hedged ("may have caused"). A hedge inside a relative clause
     * ("a status page that anyone could view") qualifies a noun, not the claim.
     */
    private boolean hedged(List<Tok> t, int from, int to) {
      boolean mainVerb = false;
      for (int k = Math.max(0, from); k < Math.min(to, t.size()); k++) {
        String w = t.get(k).lower();
        if (mainVerb && SUBORDINATORS.contains(w)) {
          // "The criteria were altered at a point when the panel could already see ...": a modal in
          // a clause after the main verb qualifies that clause, not the claim.
          while (k + 1 < Math.min(to, t.size()) && !t.get(k + 1).is(",")) k++;
          continue;
        }
        if (FINITE.contains(w)) mainVerb = true;
        if (k > from && RELATIVE.contains(w) && !CLAUSE_ONLY.contains(t.get(k - 1).lower())
            && !SAY.contains(t.get(k - 1).lower()) && t.get(k - 1).isWord()) {
          // The relative clause, to its comma, or to where the main clause goes on after the relative
          // clause's own verb ("the update that was installed on Monday could have caused ...").
          boolean ownVerb = false;
          while (k + 1 < Math.min(to, t.size()) && !t.get(k + 1).is(",")) {
            String next = t.get(k + 1).lower();
            if (ownVerb && (Lexicon.HEDGES.contains(next) || FINITE.contains(next))) break;
            if (SEEM_VERBS.contains(next) && k + 2 < Math.min(to, t.size()) && t.get(k + 2).is("to")) break;
            if (FINITE.contains(next)) ownVerb = true;
            k++;
          }
          continue;
        }
        // "twice as likely to suffer a heart attack": a comparison the speaker states, not a hedge.
        boolean compared = (w.equals("likely") || w.equals("unlikely")) && k > from
            && (t.get(k - 1).is("as") || t.get(k - 1).is("times"));
        // "it could not verify the account": not able, said plainly; no hedge.
        boolean unable = (w.equals("could") || w.equals("can")) && k + 1 < to && (t.get(k + 1).is("not")
            || t.get(k + 1).is("never")) && !(k + 3 < to && t.get(k + 2).is("be") && (t.get(k + 3).is("ruled")
            || t.get(k + 3).is("excluded")));  // "could not be ruled out" is a hedge still
        if (Lexicon.HEDGES.contains(w) && !compared && !unable && !(t.get(k).is("may") && t.get(k).capitalized())) {
          return true;
        }
        // "the breach is believed to affect", "is expected to set", "reportedly": said as likely, no more.
        if (w.equals("reportedly") || BELIEF_PARTICIPLES.contains(w) && k > from && BE_FORMS.contains(t.get(k - 1).lower())
            && k + 1 < to && t.get(k + 1).is("to")) {
          return true;
        }
        // "a fire that appeared to have started at the plug"
        if (SEEM_VERBS.contains(w) && k + 1 < to && t.get(k + 1).is("to")) return true;
        // "everything we have found so far points to a failure": evidence pointing, not a finding
        if (EVIDENCE_VERBS.contains(w) && k + 1 < to && t.get(k + 1).is("to") && k > from
            && !NOUN_BEFORE.contains(t.get(k - 1).lower()) && t.get(k - 1).lower().matches("[a-z]+")
            && (k + 2 >= to || !t.get(k + 2).lower().matches("\\d.*"))) {
          return true;
        }
      }
      return false;
    }

    private static final Set<String> EVIDENCE_VERBS = Set.of("points", "pointed", "point");
    private static final Set<String> BELIEF_PARTICIPLES = Set.of("believed", "expected", "thought", "understood",
        "estimated", "said");
    private static final Set<String> SUBORDINATORS = Set.of("when", "where", "while", "because", "although",
        "though", "until", "once", "whether", "unless");

    private static final Set<String> RELATIVE = Set.of("that", "which", "who", "whom", "whose", "where");
  }

  /** A claim's text from reported words: first letter up, quotes and trailing punctuation dropped. */
  static String claimText(String words) {
    String s = words.replace("\u201c", "").replace("\u201d", "").replace("\"", "").strip();
    int end = s.length();
    while (end > 0 && " \t\n,;:.\u2014-".indexOf(s.charAt(end - 1)) >= 0) end--;  // a loop: a regex here backtracks
    s = WHITESPACE.matcher(s.substring(0, end).replace(" ,", ",")).replaceAll(" ");
    if (s.isEmpty()) return s;
    if (s.length() > 1990) s = s.substring(0, 1990);
    return Character.toUpperCase(s.charAt(0)) + s.substring(1) + ".";
  }
}
