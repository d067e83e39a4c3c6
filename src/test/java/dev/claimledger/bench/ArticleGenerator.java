package dev.claimledger.bench;

import dev.claimledger.bench.NewsTopics.Side;
import dev.claimledger.bench.NewsTopics.Topic;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Random;
import java.util.Set;
import java.util.function.Function;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Writes news-style articles shaped like the seed articles (a {@code date YYYY-MM-DD Title} line,
 * then 12 to 20 sentences, one paragraph a line, 2 to 3 KB), so the ingest benchmark feeds the
 * extractor what it will really read: attributed statements with the reporting cues of the seeds
 * (said that, quotes, denied, declined to comment, according to, condemned, suggested, a credited
 * agency) among plain narrative. Articles cover a fixed set of stories, each told by several outlets in different
 * words, and speakers come from a pool of a few hundred people, so claim matching and actor
 * resolution meet what earlier articles recorded. Article {@code i} depends only on the seed and
 * {@code i}, so concurrent clients can each write their own share.
 */
final class ArticleGenerator {
  /** About one story for every three articles of a default benchmark run. */
  private static final int STORIES = 1_000;
  private static final int PEOPLE_PER_SIDE = 20;
  private static final int MIN_SENTENCES = 12;
  private static final int MAX_SENTENCES = 20;
  private static final int MIN_BYTES = 2_000;
  private static final int MAX_BYTES = 2_900;
  private static final Pattern SLOT = Pattern.compile("\\{([A-Z0-9]+)}");

  private static final List<String> ASSERTS = List.of("{S} said that {C}.", "{S} said on {DAY} that {C}.",
      "\"{Q},\" {S} said.", "\"We are certain that {C},\" {S} told reporters.", "According to {S}, {C}.",
      "{S} claimed that {C}.", "In a statement, {S} said {C}.", "{S} insisted that {C}.",
      "{S} confirmed that {C}.", "Speaking to reporters in {CITY} on {DAY}, {S} said that {C}.",
      "{S} told a news conference in {CITY} that {C}.");
  private static final List<String> DENIALS = List.of("{S} denied that {C}.", "{S} denied the allegations.",
      "{S} rejected claims that {C}.", "\"It is simply not true that {C},\" {S} said.",
      "{S} dismissed the accusations as baseless.", "{S} strongly denied that {C}.",
      "Speaking on {DAY}, {S} denied that {C}.");
  private static final List<String> SUGGESTIONS = List.of("Analysts suggested that {C}.", "{S} suggested that {C}.",
      "Some observers suggested that {C}.", "{S} said it was possible that {C}.");
  private static final List<String> DECLINES = List.of("{S} declined to comment.",
      "{S} declined to comment on the report.", "{S} did not respond to a request for comment.");
  private static final List<String> CONDEMNATIONS = List.of("{K1}, {K2} and {K3} condemned {E}.",
      "{E} was condemned by {K1}, {K2} and {K3}.");

  /** A generated article: the outlet that published it and its full text, header line first. */
  record GeneratedArticle(String outlet, String text) {}

  /** Someone in the people pool, who always has the same role. */
  private record Person(String first, String last, String role, String org) {}

  /** Who can speak in a sentence: a person (named in full on first mention) or an organisation. */
  private record Speaker(Person person, String name) {
    String mention(Set<Person> mentioned) {
      if (person == null) return name;
      return mentioned.add(person) ? person.first + " " + person.last + ", " + person.role + "," : person.last;
    }
  }

  /** A proposition of a story in the words available to it, and whether the accused side denies it. */
  private record StoryClaim(List<String> phrasings, boolean denied) {}

  /** One news event that several outlets report. */
  private record Story(Topic topic, LocalDate date, Map<String, String> slots, Person accuser, Person accused,
      Person expert, List<StoryClaim> claims, int suggested, String event) {}

  private final long seed;
  /** Per topic name, the people of each side: accusers, accused, experts. */
  private final Map<String, List<List<Person>>> people = new HashMap<>();

  ArticleGenerator(long seed) {
    this.seed = seed;
    Random r = random(0, 0);
    List<String> names = new ArrayList<>();
    for (String f : NewsTopics.FIRST_NAMES) for (String l : NewsTopics.LAST_NAMES) names.add(f + " " + l);
    Collections.shuffle(names, r);
    int next = 0;
    for (Topic t : NewsTopics.ALL) {
      List<List<Person>> sides = new ArrayList<>();
      for (Side side : List.of(t.accusers(), t.accused(), t.experts())) {
        List<Person> pool = new ArrayList<>();
        for (int i = 0; i < PEOPLE_PER_SIDE; i++) {
          String[] name = names.get(next++).split(" ");
          String org = pick(r, side.orgs());
          pool.add(new Person(name[0], name[1], pick(r, side.roles()).replace("{ORG}", org), org));
        }
        sides.add(pool);
      }
      people.put(t.name(), sides);
    }
  }

  /** Article number {@code index}: the same text for the same seed and index, different for others. */
  GeneratedArticle article(int index) {
    Random r = random(1, index);
    Story story = story(r.nextInt(STORIES));
    Map<String, String> slots = new HashMap<>(story.slots);
    slots.put("DAY", pick(r, NewsTopics.DAYS));
    String outlet = pick(r, NewsTopics.OUTLETS);

    List<String> sentences = render(statements(r, story, slots, outlet));
    List<String> narratives = new ArrayList<>(story.topic.narratives());
    narratives.addAll(NewsTopics.GENERIC_NARRATIVES);
    Collections.shuffle(narratives, r);
    int target = MIN_SENTENCES + r.nextInt(MAX_SENTENCES - MIN_SENTENCES + 1);
    int size = sentences.stream().mapToInt(s -> s.length() + 1).sum();
    for (String n : narratives) {
      if (sentences.size() >= MAX_SENTENCES || (sentences.size() >= target && size >= MIN_BYTES)) break;
      slots.put("X", Integer.toString(4 + r.nextInt(15)));
      slots.put("Y", String.format(Locale.ROOT, "%,d", 1_000 + r.nextInt(90_000)));
      slots.put("YEAR", Integer.toString(2005 + r.nextInt(17)));
      String s = fill(n, slots);
      if (sentences.size() >= MIN_SENTENCES && size + s.length() > MAX_BYTES) break;
      sentences.add(1 + r.nextInt(sentences.size()), s);
      size += s.length() + 1;
    }
    String title = fill(pick(r, story.topic.titles()), slots);
    return new GeneratedArticle(outlet,
        "date " + story.date.plusDays(r.nextInt(3)) + " " + title + "\n\n" + paragraphs(r, sentences));
  }

  /**
   * The attributed sentences of one article, in order: the lead, each claim asserted (and often
   * denied), then an expert's suggestion, a refusal to comment and a condemnation placed among them.
   * They are rendered only once placed, so whoever is mentioned first is introduced with a role.
   */
  private List<Function<Set<Person>, String>> statements(Random r, Story story, Map<String, String> slots,
      String outlet) {
    Speaker accuser = new Speaker(story.accuser, null);
    Speaker accuserOrg = new Speaker(null, fill(story.topic.accusers().speaker(), Map.of("ORG", slots.get("ORG1"))));
    Speaker defender = new Speaker(story.accused, null);
    Speaker defenderOrg = new Speaker(null, fill(story.topic.accused().speaker(), Map.of("ORG", slots.get("ORG2"))));
    Speaker expert = new Speaker(story.expert, null);

    List<Function<Set<Person>, String>> out = new ArrayList<>();
    for (StoryClaim c : story.claims) {
      if (out.size() >= 2 && r.nextInt(6) == 0) continue;
      String clause = pick(r, c.phrasings);
      out.add(statement(pick(r, ASSERTS), r.nextInt(5) == 0 ? accuserOrg : accuser, clause, slots));
      if (c.denied && r.nextInt(6) != 0) {
        out.add(statement(pick(r, DENIALS), r.nextInt(4) == 0 ? defenderOrg : defender, clause, slots));
      }
    }
    List<Function<Set<Person>, String>> extras = new ArrayList<>();
    extras.add(statement(pick(r, SUGGESTIONS), expert, pick(r, story.claims.get(story.suggested).phrasings), slots));
    if (r.nextInt(5) < 3) extras.add(statement(pick(r, DECLINES), r.nextBoolean() ? defenderOrg : defender, "", slots));
    if (r.nextBoolean()) extras.add(condemnation(r, story, slots));
    for (var e : extras) out.add(r.nextInt(out.size() + 1), e);
    out.add(0, lead(r, story, slots, outlet));
    return out;
  }

  private static Function<Set<Person>, String> statement(String template, Speaker speaker, String clause,
      Map<String, String> slots) {
    return mentioned -> {
      Map<String, String> s = new HashMap<>(slots);
      if (template.contains("{S}")) s.put("S", speaker.mention(mentioned));
      s.put("C", clause);
      if (template.contains("{Q}")) s.put("Q", capitalized(clause));
      return capitalized(fill(template, s).replace(",,", ","));
    };
  }

  /** The first sentence, now and then crediting the outlet's source agency as the seeds do. */
  private static Function<Set<Person>, String> lead(Random r, Story story, Map<String, String> slots, String outlet) {
    String lead = fill(pick(r, story.topic.leads()), slots);
    String agency = pick(r, NewsTopics.AGENCIES);
    String text = switch (r.nextInt(6)) {
      case 0 -> lead + ", writes " + outlet + " citing " + agency + ".";
      case 1 -> slots.get("CITY") + " (" + agency + ") - " + lead + ".";
      default -> lead + ".";
    };
    return mentioned -> text;
  }

  private static Function<Set<Person>, String> condemnation(Random r, Story story, Map<String, String> slots) {
    List<String> who = new ArrayList<>(story.topic.condemners());
    who.remove(slots.get("ORG2"));
    Collections.shuffle(who, r);
    Map<String, String> s = new HashMap<>(slots);
    for (int i = 1; i <= 3; i++) s.put("K" + i, who.get(i - 1));
    s.put("E", fill(story.event, slots));
    String text = capitalized(fill(pick(r, CONDEMNATIONS), s));
    return mentioned -> text;
  }

  private static List<String> render(List<Function<Set<Person>, String>> statements) {
    Set<Person> mentioned = new HashSet<>();
    List<String> out = new ArrayList<>();
    for (var s : statements) out.add(s.apply(mentioned));
    return out;
  }

  /** One or two sentences a paragraph, a quotation always on its own line. */
  private static String paragraphs(Random r, List<String> sentences) {
    StringBuilder sb = new StringBuilder();
    for (int i = 0; i < sentences.size(); i++) {
      String s = sentences.get(i);
      boolean join = i + 1 < sentences.size() && !s.startsWith("\"") && !sentences.get(i + 1).startsWith("\"")
          && r.nextInt(3) == 0;
      sb.append(s).append(join ? " " : "\n");
    }
    return sb.toString();
  }

  /** Story number {@code index}: its topic, cast, figures and claims, the same for every article on it. */
  private Story story(int index) {
    Random r = random(2, index);
    Topic topic = pick(r, NewsTopics.ALL);
    List<List<Person>> sides = people.get(topic.name());
    Person accuser = pick(r, sides.get(0));
    Person accused;
    do accused = pick(r, sides.get(1)); while (accused.org.equals(accuser.org));
    Person expert = pick(r, sides.get(2));
    Map<String, String> slots = new HashMap<>();
    slots.put("ORG1", accuser.org);
    slots.put("ORG2", accused.org);
    String country;
    do country = pick(r, NewsTopics.COUNTRIES); while (slots.containsValue(country));
    slots.put("COUNTRY", country);
    slots.put("CITY", pick(r, NewsTopics.CITIES));
    slots.put("N", Integer.toString(2 + r.nextInt(40)));
    slots.put("M", Integer.toString(5 + r.nextInt(120)));
    slots.put("P", Integer.toString(15 + r.nextInt(70)));

    List<List<String>> all = new ArrayList<>(topic.claims());
    Collections.shuffle(all, r);
    List<StoryClaim> claims = new ArrayList<>();
    for (List<String> phrasings : all.subList(0, 4 + r.nextInt(2))) {
      claims.add(new StoryClaim(phrasings.stream().map(p -> fill(p, slots)).toList(), r.nextInt(10) < 7));
    }
    return new Story(topic, LocalDate.of(2022, 1, 1).plusDays(r.nextInt(1_000)), Map.copyOf(slots), accuser,
        accused, expert, List.copyOf(claims), r.nextInt(claims.size()), pick(r, topic.events()));
  }

  /** Fills every {@code {SLOT}}; a slot with no value is a template mistake. */
  private static String fill(String template, Map<String, String> slots) {
    Matcher m = SLOT.matcher(template);
    StringBuilder sb = new StringBuilder();
    while (m.find()) {
      String value = slots.get(m.group(1));
      if (value == null) throw new IllegalStateException("no value for {" + m.group(1) + "} in: " + template);
      m.appendReplacement(sb, Matcher.quoteReplacement(value));
    }
    return m.appendTail(sb).toString();
  }

  private static String capitalized(String s) {
    int i = s.startsWith("\"") ? 1 : 0;
    return s.substring(0, i) + Character.toUpperCase(s.charAt(i)) + s.substring(i + 1);
  }

  private static <T> T pick(Random r, List<T> from) {
    return from.get(r.nextInt(from.size()));
  }

  /** A generator for one stream of choices, its seed well spread even for neighbouring indexes. */
  private Random random(long stream, long index) {
    long z = seed * 0x9E3779B97F4A7C15L + stream * 0xBF58476D1CE4E5B9L + index * 0x94D049BB133111EBL;
    z = (z ^ (z >>> 30)) * 0xBF58476D1CE4E5B9L;
    z = (z ^ (z >>> 27)) * 0x94D049BB133111EBL;
    return new Random(z ^ (z >>> 31));
  }
}
