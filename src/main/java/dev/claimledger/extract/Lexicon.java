package dev.claimledger.extract;

import dev.claimledger.domain.ActorKind;
import dev.claimledger.domain.AffiliationRole;
import dev.claimledger.domain.StanceKind;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

/**
 * The words the rules read news by: reporting cues and the stance each signals, hedges, the
 * titles that tie a person to an organisation, the heads of unnamed groups, the words that mark
 * organisations and outlets, and the states of the world with their capitals (so "Beijing said"
 * is China speaking in any story). Lower case throughout; compiled in, nothing is downloaded.
 */
final class Lexicon {
  private Lexicon() {}

  /** A reporting verb: the stance it signals, and whether it introduces a clause or an object. */
  record Cue(StanceKind kind, boolean hedged) {}

  static final Map<String, Cue> VERBS = new HashMap<>();

  private static void verbs(StanceKind kind, boolean hedged, String... forms) {
    for (String f : forms) VERBS.put(f, new Cue(kind, hedged));
  }

  static {
    verbs(StanceKind.ASSERTS, false, "said", "says", "say", "told", "tells", "tell", "added", "adds", "stated", "states",
        "reported", "reports", "announced", "announces", "announce", "confirmed", "confirms", "confirm", "claimed",
        "claims", "claim", "alleged", "alleges", "allege", "asserted", "asserts", "insisted", "insists", "insist",
        "maintained", "maintains", "maintain", "argued", "argues", "argue", "noted", "notes", "explained",
        "explains", "warned", "warns", "warn", "wrote", "writes", "acknowledged", "acknowledges", "admitted", "admits",
        "revealed", "reveals", "disclosed", "discloses", "declared", "declares", "vowed", "vow", "vows", "pledged",
        "pledges", "pledging", "vowing", "promised", "promises", "accused", "accuses", "accuse", "accusing",
        "charged", "concluded", "concludes", "found", "finds", "showed", "shows", "testified", "countered",
        "counters", "stressed", "stresses", "emphasized", "emphasised", "reiterated", "reiterates", "estimated",
        "estimates", "put", "puts", "blamed", "blames", "recalled", "observed", "agreed", "agrees",
        "believes", "believe", "believed", "thinks", "think", "contended", "contends", "affirmed", "affirms",
        "repeated", "repeats", "show", "described", "describes", "conceded", "concedes", "concede", "admit",
        "acknowledge", "posted", "tweeted", "responded", "replied", "retorted", "reaffirmed", "restated",
        "assured", "underlined", "underscored", "clarified", "specified", "recounted", "swore",
        "reckoned", "calculated",
        // After a comma, a participle goes on with the same speaker: "..., saying the company needed time".
        "saying", "adding", "arguing", "insisting", "noting", "claiming", "explaining", "stressing", "maintaining",
        "asserting", "countering", "telling", "conceding", "acknowledging", "admitting", "confirming", "stating",
        "warning", "announcing", "revealing", "writing", "estimating", "blaming", "alleging", "replying",
        "responding");
    verbs(StanceKind.DENIES, false, "denied", "denies", "deny", "denying", "rejected", "rejects", "reject", "rejecting",
        "rebuffed", "rebuffs", "dismissed", "dismisses", "dismiss", "dismissing", "refuted", "refutes", "disputed",
        "disputes", "dispute", "contested", "contests", "repudiated", "brushed", "rebutted", "rebuts", "rebut",
        "refute", "refuting", "disputing", "contesting", "rubbished", "debunked", "disavowed", "rebuffing");
    verbs(StanceKind.SUGGESTS, true, "suggested", "suggests", "suggest", "indicated", "indicates", "hinted",
        "hints", "speculated", "speculates", "foreshadowed", "predicted", "predicts", "expects", "expected",
        "cautioned", "hypothesized", "hypothesised", "theorized", "signaled", "signalled", "forecast", "forecasts",
        "projected", "projects", "surmised", "implied", "implies", "suggesting", "predicting", "speculating");
    verbs(StanceKind.CONDEMNS, false, "condemned", "condemns", "condemn", "condemning", "criticized", "criticised",
        "criticizes", "criticises", "criticize", "criticise", "denounced", "denounces", "denounce", "slammed",
        "slams", "blasted", "decried", "decries", "deplored", "deplores", "lambasted", "rebuked", "censured",
        "castigated", "berated", "chastised", "excoriated", "assailed", "faulted", "criticizing", "criticising",
        "denouncing", "slamming");
    verbs(StanceKind.RETRACTS, false, "retracted", "retracts", "withdrew", "withdraws");
  }

  /** Multi-word cues, matched on lower-cased text before single verbs. */
  static final Map<String, Cue> PHRASES = new java.util.LinkedHashMap<>();

  static {
    for (String p : List.of("declined to comment", "declines to comment", "declined to discuss", "declined to confirm",
        "refused to comment", "refused to discuss", "would not comment", "did not comment", "has not commented",
        "have not commented", "had not commented", "has yet to comment", "have yet to comment", "did not respond",
        "has not responded", "have not responded", "did not immediately respond", "could not be reached",
        "did not return", "declined requests for comment", "declined to say", "would not say", "declined to elaborate",
        "did not reply", "has not replied", "have not replied", "offered no comment", "had no comment",
        "has no comment", "would neither confirm nor deny", "could neither confirm nor deny", "can neither confirm nor deny",
        "would not confirm or deny", "will neither confirm nor deny", "neither confirmed nor denied", "declined to answer",
        "refused to answer", "refused to say", "refused to disclose", "declined to disclose", "would not disclose",
        "refused to confirm", "declined to reveal", "refused to reveal", "declined to be drawn", "would not be drawn", "declined further comment",
        "did not answer", "has not answered", "was not available for comment", "were not available for comment",
        "did not immediately reply", "declined to give details", "declined to specify", "declined to name",
        "could not immediately be reached", "did not respond to requests", "declined interview requests")) {
      PHRASES.put(p, new Cue(StanceKind.DECLINES_TO_COMMENT, false));
    }
    for (String p : List.of("seemed to indicate", "seems to indicate", "appeared to show", "appears to show",
        "appeared to indicate", "appears to indicate", "appeared to suggest", "appears to suggest",
        "seemed to suggest", "seems to suggest", "seemed to confirm", "appeared to confirm", "appeared to blame",
        "appears to blame", "seemed to blame", "seems to blame", "appeared to rule out", "appears to rule out",
        "seemed to rule out")) {
      PHRASES.put(p, new Cue(StanceKind.SUGGESTS, true));
    }
    for (String p : List.of("drew criticism from", "drew condemnation from", "drew fire from", "drew protests from",
        "drew rebukes from", "drew a rebuke from", "was condemned by", "were condemned by", "was criticized by",
        "was criticised by", "were criticized by", "were criticised by")) {
      PHRASES.put(p, new Cue(StanceKind.CONDEMNS, false));
    }
    for (String p : List.of("ruled out", "rules out", "ruling out", "has ruled out", "had ruled out")) {
      PHRASES.put(p, new Cue(StanceKind.ASSERTS, false));
    }
    // A call for an act supports the claim that it should happen: "called for the contract to be
    // suspended", "demanding that the study be published". ("Urged residents to boil water" is advice.)
    // Only the verb's own forms: "calls for" and "demands that" are as often nouns ("amid calls for her to resign").
    for (String p : List.of("called for", "calling for", "demanded that", "demanding that")) {
      PHRASES.put(p, new Cue(StanceKind.ASSERTS, false));
    }
    for (String p : List.of("put it bluntly", "put it simply", "put it plainly", "put it this way", "summed it up",
        "sums it up")) {
      PHRASES.put(p, new Cue(StanceKind.ASSERTS, false));  // "Lusk put it bluntly: 'There is no alternative.'"
    }
    for (String p : List.of("pointed out", "points out", "pointing out", "point out")) {
      PHRASES.put(p, new Cue(StanceKind.ASSERTS, false));  // ", pointing out that Holbridge had lost nine of 11"
    }
    for (String p : List.of("walked back", "took back", "backed away from")) {
      PHRASES.put(p, new Cue(StanceKind.RETRACTS, false));
    }
  }

  /** Words in a reported clause that make it hedged support rather than assertion. */
  static final Set<String> HEDGES = Set.of("likely", "unlikely", "could", "may", "might", "possibly", "probably",
      "perhaps", "potentially", "appears", "appeared", "seems", "seemed", "plausible", "possible", "suspected");

  /** Words that call a report false: "called the report false", "a claim the club called nonsense". */
  static final Set<String> FALSE_WORDS = Set.of("false", "nonsense", "smear", "fiction", "baseless", "untrue",
      "fanciful", "far-fetched", "laughable", "preposterous", "nonsensical", "outlandish", "bogus", "spurious",
      "scaremongering", "fearmongering", "untruths", "alarmist", "myth", "libellous", "slanderous",
      "fabricated", "fabrication", "lie", "lies", "groundless", "unfounded", "absurd", "ridiculous", "fake",
      "misleading", "inaccurate", "incorrect", "wrong", "rubbish", "politicized", "politicised", "distorted",
      "speculation", "propaganda", "slander", "defamatory", "invented", "fantasy", "hoax", "garbage", "overestimate",
      "underestimate", "exaggeration", "exaggerated", "overblown", "inflated", "unsubstantiated", "erroneous",
      "flawed", "mistaken", "disinformation", "misinformation", "fabrications", "falsehood", "falsehoods", "tale",
      "fairy");

  /** Words that, called of a step or a report, judge it rather than deny it: "a step Aurex called disproportionate". */
  static final Set<String> BLAME_WORDS = Set.of("disproportionate", "unjustified", "outrageous", "unacceptable",
      "irresponsible", "reckless", "shameful", "scandalous", "illegal", "unlawful", "excessive", "appalling");

  /** Nouns that name an earlier statement: "denied these accusations", "dismissed that account". */
  static final Set<String> REPORT_NOUNS = Set.of("accusation", "accusations", "allegation", "allegations", "claim",
      "claims", "report", "reports", "account", "accounts", "charge", "charges", "suggestion", "suggestions",
      "assertion", "assertions", "story", "stories", "rumour", "rumours", "rumor", "rumors", "speculation",
      "criticism", "findings", "finding", "figure", "figures", "characterization", "characterisation",
      "version", "narrative", "reporting", "notion", "idea", "assessment", "estimate", "estimates", "statement",
      "statements", "that", "this", "it", "them", "those", "these", "everything", "any", "wrongdoing", "demand",
      "demands", "theory", "explanation", "remarks", "comments", "words", "warning", "step", "move", "argument",
      "arguments", "warnings", "forecast", "forecasts", "prediction", "predictions", "projection", "projections",
      "conclusion", "conclusions", "interpretation", "result", "results", "complaint", "complaints", "concerns", "misconduct", "impropriety", "book", "memoir", "study", "article",
      "biography", "documentary");

  /** Words a speaker phrase may carry before the cue: auxiliaries, adverbs, time words. */
  static final Set<String> PRE_CUE = Set.of("has", "have", "had", "also", "staunchly", "strongly", "flatly",
      "firmly", "repeatedly", "publicly", "again", "later", "previously", "earlier", "quickly", "immediately",
      "swiftly", "vehemently", "categorically", "angrily", "on", "monday", "tuesday", "wednesday", "thursday",
      "friday", "saturday", "sunday", "then", "since", "already", "initially", "first", "last", "week",
      "yesterday", "today", "officially", "separately", "privately", "openly", "subsequently", "reportedly",
      "long", "consistently", "always", "explicitly", "specifically", "sharply", "loudly", "bluntly",
      "indeed", "further", "both", "all", "too", "now", "once", "earlier,", "had,", "would", "will", "did",
      "does", "do", "is", "are", "was", "were", "not");

  /** Titles that place a person in an organisation, and the affiliation each implies. */
  static final Map<String, AffiliationRole> ROLES = new HashMap<>();

  static {
    for (String r : List.of("spokeswoman", "spokesman", "spokesperson", "press secretary", "press officer",
        "representative")) {
      ROLES.put(r, AffiliationRole.SPOKESPERSON);
    }
    for (String r : List.of("minister", "foreign minister", "defence minister", "defense minister", "secretary",
        "official", "ambassador", "envoy", "commissioner", "director", "director-general", "general", "chief",
        "head", "chairman", "chairwoman", "chair", "governor", "mayor", "senator", "regulator", "inspector",
        "prosecutor", "executive", "attorney general", "commander", "coach", "manager", "treasurer", "deputy", "undersecretary",
        "officer", "counsel", "lawyer", "attorney", "administrator", "superintendent", "captain", "adviser",
        "advisor", "lawmaker", "legislator", "mp", "congressman", "congresswoman", "councillor", "councilor",
        "politician", "diplomat", "negotiator")) {
      ROLES.put(r, AffiliationRole.OFFICIAL);
    }
    for (String r : List.of("president", "prime minister", "leader", "ceo", "chief executive", "founder",
        "chief executive officer", "king", "queen", "chancellor", "premier", "owner", "dean", "rector")) {
      ROLES.put(r, AffiliationRole.LEADER);
    }
    for (String r : List.of("analyst", "researcher", "scientist", "professor", "economist", "expert", "fellow",
        "doctor", "physician", "epidemiologist", "engineer", "lecturer", "historian", "biologist", "astronomer",
        "geologist", "virologist", "player", "striker", "midfielder", "defender", "goalkeeper", "forward",
        "employee", "member", "student", "author", "editor", "correspondent", "reporter", "consultant",
        "specialist", "strategist", "archaeologist", "physicist", "chemist", "ecologist", "nurse", "surgeon", "agent",
        "aide", "assistant", "glaciologist", "climatologist", "analyst", "investigator", "auditor", "champion",
        "athlete", "runner", "cyclist", "swimmer", "sprinter", "winner", "medallist", "medalist", "activist",
        "campaigner", "journalist", "writer", "farmer", "teacher", "worker", "resident", "witness")) {
      ROLES.put(r, AffiliationRole.EMPLOYEE);
    }
  }

  /** Honorifics dropped from a person's name. */
  static final Set<String> HONORIFICS = Set.of("dr", "dr.", "mr", "mr.", "mrs", "mrs.", "ms", "ms.", "prof",
      "prof.", "sir", "dame", "sen.", "rep.", "gov.", "gen.", "lt.", "col.", "capt.", "rev.", "judge", "justice", "colonel", "general",
      "major", "captain", "lieutenant", "sergeant", "admiral", "brigadier", "marshal", "professor", "doctor",
      "inspector", "detective", "commissioner", "minister", "president", "mayor", "senator", "governor",
      "ambassador", "chancellor", "director", "prime", "deputy", "chief", "coach", "manager", "father");

  /** Heads of unnamed groups of speakers. */
  static final Set<String> GROUPS = Set.of("analysts", "officials", "experts", "residents", "sources", "diplomats",
      "critics", "opposition", "observers", "witnesses", "investigators", "researchers", "scientists", "lawyers", "activists",
      "protesters", "authorities", "doctors", "economists", "lawmakers", "people", "insiders", "executives",
      "employees", "staff", "fans", "supporters", "opponents", "locals", "villagers", "health officials",
      "health workers", "military officials", "western officials", "u.s. officials", "us officials", "medics",
      "campaigners", "environmentalists", "historians", "traders", "investors", "shareholders", "parents",
      "teachers", "nurses", "players", "customers", "users", "victims", "families", "engineers", "regulators",
      "prosecutors", "police", "rescuers", "mediators", "negotiators", "commentators", "pundits", "skeptics",
      "sceptics", "epidemiologists", "virologists", "astronomers", "physicists", "archaeologists", "geologists",
      "biologists", "climatologists", "scholars", "academics", "specialists", "consultants", "advisers", "advisors",
      "aides", "administrators", "spokespeople", "representatives", "clubs", "teams", "rivals", "member states",
      "allies", "neighbours", "neighbors", "governments", "ministers", "leaders", "members", "officers", "troops",
      "commanders", "rebels", "militants", "soldiers", "workers", "farmers", "unions", "groups", "organisations",
      "organizations", "charities", "judges", "senators", "councillors", "councilors", "legislators", "paramedics",
      "pilots", "passengers", "students", "miners", "dockers", "drivers", "growers", "landlords", "tenants",
      "monitors", "inspectors", "auditors", "delegates", "envoys");

  /** Lower-case particles inside a person's name: "Pieter van der Berg", "Maria de la Cruz". */
  static final Set<String> NAME_PARTICLES = Set.of("de", "van", "von", "al", "bin", "la", "del", "der", "den",
      "da", "di", "du", "dos", "das", "della", "le", "ter", "ten", "ibn");

  /** Words that end or mark an organisation's name. */
  static final Set<String> ORG_WORDS = Set.of("ministry", "department", "university", "inc", "inc.", "corp",
      "corp.", "corporation", "company", "co.", "ltd", "ltd.", "llc", "plc", "agency", "commission", "council",
      "authority", "association", "league", "club", "fc", "union", "institute", "hospital", "bank", "group",
      "party", "police", "court", "office", "board", "federation", "committee", "service", "services",
      "organization", "organisation", "government", "army", "navy", "forces", "administration", "bureau",
      "laboratories", "laboratory", "labs", "lab", "foundation", "center", "centre", "society", "airlines",
      "airline", "motors", "technologies", "technology", "systems", "holdings", "partners", "embassy", "parliament",
      "senate", "congress", "cabinet", "kremlin", "pentagon", "whitehouse", "house", "observatory", "clinic", "school",
      "college", "academy", "trust", "fund", "network", "industries", "pharmaceuticals", "pharma", "energy",
      "bioscience", "biosciences", "therapeutics", "insurance", "capital", "securities", "exchange", "regulator",
      "tribunal", "directorate", "secretariat", "alliance", "coalition", "consortium", "institution", "museum",
      "mission", "nato", "who", "un", "fifa", "uefa", "ioc", "fbi", "cia", "nasa", "esa", "cdc", "fda", "ema",
      "sec", "ftc", "prosecutors", "prosecutor's", "command", "guard", "unit", "team", "squad", "athletic",
      "united", "city", "rovers", "wanderers", "athletics", "media", "watchdog", "panel", "ombudsman", "utility",
      "water", "power", "works", "mining", "steel", "foods", "retail", "stores", "software", "solutions", "data",
      "health", "medical", "care", "pharmacy", "labs.", "studios", "entertainment", "consulting", "associates",
      "chemicals", "chemical", "petroleum", "oil", "gas", "airways", "logistics", "shipping", "telecom",
      "communications", "electric", "electronics", "semiconductor", "semiconductors", "savings", "credit",
      "finance", "financial", "investments", "ventures", "brands", "mills", "farms", "resources", "metals",
      "minerals", "construction", "engineering", "automotive", "aerospace", "robotics", "cloud", "networks",
      "payments", "bancorp", "insurers", "railways", "railway", "rail", "railroad", "lines", "transit", "transport",
      "ports", "motorways", "utilities", "grid", "operator", "contractors", "air", "airport", "division", "supplies", "supply", "products",
      "distribution", "developments", "properties", "estates", "packaging", "plastics", "textiles", "beverages",
      "brewery", "breweries", "dairy", "agriculture", "biotech", "diagnostics", "devices", "instruments",
      "analytics", "security", "defence", "defense", "dynamics", "interactive", "games", "labels", "records",
      "publishing", "press", "hotels", "resorts", "cruises", "travel", "tours", "freight", "haulage", "aviation",
      "maritime", "marine", "nuclear", "renewables", "solar", "wind", "hydro", "telecoms", "wireless", "mobile");

  /** Words that mark a news outlet's name. */
  static final Set<String> MEDIA_WORDS = Set.of("news", "times", "post", "gazette", "herald", "journal", "tribune",
      "ledger", "chronicle", "reuters", "ap", "afp", "bbc", "cnn", "bloomberg", "telegraph", "guardian", "daily",
      "radio", "tv", "television", "broadcasting", "press", "wire", "observer", "courier", "independent",
      "sentinel", "express", "mail", "bulletin", "monitor", "dispatch", "kcna", "tass", "xinhua", "yonhap",
      "interfax", "ria", "dpa", "ansa", "efe", "kyodo", "unn", "examiner", "inquirer", "register", "gazette,",
      "standard", "mirror", "digest", "newswire", "broadcaster", "newspaper", "magazine", "weekly", "review",
      "post-dispatch", "echo", "argus", "star", "sun", "globe", "pravda", "izvestia", "politico", "axios");

  /** Nouns for a business by its trade: "the airline", "the supplier" point back to a company. */
  static final Set<String> TRADE_NOUNS = Set.of("airline", "bank", "supplier", "contractor", "provider", "producer",
      "automaker", "carmaker", "drugmaker", "chipmaker", "brewer", "miner", "distributor", "shipper", "exporter",
      "vendor", "bidder", "importer", "wholesaler", "builder");

  /** Common nouns for a speaker already named: "the ministry said" points back to the last ministry. */
  static final Set<String> BACK_NOUNS = union(TRADE_NOUNS, "ministry", "company", "firm", "agency", "club", "league",
      "department", "government", "regulator", "watchdog", "university", "institute", "hospital", "bank",
      "group", "commission", "council", "authority", "association", "federation", "committee", "team",
      "organization", "organisation", "office", "board", "party", "court", "police", "embassy", "union",
      "lab", "laboratory", "startup", "insurer", "lender", "carrier", "airline", "retailer", "manufacturer",
      "operator", "utility", "broadcaster", "newspaper", "outlet", "publication", "paper", "network", "body",
      "foundation", "charity", "school", "college", "observatory", "service", "plant", "side", "tribunal",
      "panel", "museum", "center", "centre", "clinic", "developer", "maker", "chain", "giant",
      "administration", "cabinet", "consortium", "airport", "port", "city", "unit");

  static Set<String> union(Set<String> some, String... more) {
    Set<String> all = new java.util.HashSet<>(some);
    all.addAll(List.of(more));
    return Set.copyOf(all);
  }

  /** Nouns that mean the outlet a source relays, or publishes it: "the publication said". */
  static final Set<String> OUTLET_NOUNS = Set.of("publication", "newspaper", "outlet", "paper", "agency",
      "news agency", "broadcaster", "report", "magazine", "network", "wire", "wire service", "daily", "website");

  static final Set<String> PERSON_PRONOUNS = Set.of("he", "she", "him", "her");
  static final Set<String> PLURAL_PRONOUNS = Set.of("they", "them");

  /** States: name, then aliases (capitals, short and long forms), all keyed by Names.key. */
  static final List<List<String>> STATES = List.of(
      List.of("Russia", "Moscow", "Kremlin", "Russian Federation"),
      List.of("North Korea", "Pyongyang", "DPRK"),
      List.of("South Korea", "Seoul", "Republic of Korea"),
      List.of("United States", "U.S.", "USA", "Washington", "United States of America", "America"),
      List.of("China", "Beijing", "People's Republic of China", "PRC"),
      List.of("Japan", "Tokyo"),
      List.of("Ukraine", "Kyiv", "Kiev"),
      List.of("United Kingdom", "U.K.", "Britain", "Great Britain", "London"),
      List.of("France", "Paris"),
      List.of("Germany", "Berlin"),
      List.of("Italy", "Rome"),
      List.of("Spain", "Madrid"),
      List.of("Poland", "Warsaw"),
      List.of("Belarus", "Minsk"),
      List.of("Iran", "Tehran"),
      List.of("Iraq", "Baghdad"),
      List.of("Syria", "Damascus"),
      List.of("Israel", "Jerusalem"),
      List.of("Turkey", "Ankara", "Turkiye"),
      List.of("Saudi Arabia", "Riyadh"),
      List.of("Egypt", "Cairo"),
      List.of("India", "New Delhi"),
      List.of("Pakistan", "Islamabad"),
      List.of("Afghanistan", "Kabul"),
      List.of("Taiwan", "Taipei"),
      List.of("Vietnam", "Hanoi"),
      List.of("Philippines", "Manila"),
      List.of("Indonesia", "Jakarta"),
      List.of("Australia", "Canberra"),
      List.of("Canada", "Ottawa"),
      List.of("Mexico", "Mexico City"),
      List.of("Brazil", "Brasilia"),
      List.of("Argentina", "Buenos Aires"),
      List.of("South Africa", "Pretoria"),
      List.of("Nigeria", "Abuja"),
      List.of("Kenya", "Nairobi"),
      List.of("Ethiopia", "Addis Ababa"),
      List.of("Qatar", "Doha"),
      List.of("United Arab Emirates", "UAE", "Abu Dhabi"),
      List.of("Georgia", "Tbilisi"),
      List.of("Armenia", "Yerevan"),
      List.of("Azerbaijan", "Baku"),
      List.of("Kazakhstan", "Astana"),
      List.of("Sweden", "Stockholm"),
      List.of("Norway", "Oslo"),
      List.of("Finland", "Helsinki"),
      List.of("Denmark", "Copenhagen"),
      List.of("Netherlands", "The Hague", "Amsterdam"),
      List.of("Belgium", "Brussels"),
      List.of("Switzerland", "Bern"),
      List.of("Austria", "Vienna"),
      List.of("Hungary", "Budapest"),
      List.of("Romania", "Bucharest"),
      List.of("Greece", "Athens"),
      List.of("Serbia", "Belgrade"),
      List.of("Moldova", "Chisinau"),
      List.of("Lebanon", "Beirut"),
      List.of("Jordan", "Amman"),
      List.of("Yemen", "Sanaa"),
      List.of("Venezuela", "Caracas"),
      List.of("Cuba", "Havana"),
      List.of("Colombia", "Bogota"),
      List.of("Chile", "Santiago"),
      List.of("Peru", "Lima"),
      List.of("New Zealand", "Wellington"),
      List.of("Ireland", "Dublin"),
      List.of("Portugal", "Lisbon"),
      List.of("Czech Republic", "Prague", "Czechia"),
      List.of("Lithuania", "Vilnius"),
      List.of("Latvia", "Riga"),
      List.of("Estonia", "Tallinn"),
      List.of("Thailand", "Bangkok"),
      List.of("Malaysia", "Kuala Lumpur"),
      List.of("Singapore"),
      List.of("Myanmar", "Naypyidaw"),
      List.of("Bangladesh", "Dhaka"),
      List.of("Sudan", "Khartoum"),
      List.of("Libya", "Tripoli"),
      List.of("Algeria", "Algiers"),
      List.of("Morocco", "Rabat"));

  /** Each state by the key ({@link dev.claimledger.domain.Names#key}) of each of its names. */
  static final Map<String, List<String>> STATE_BY_KEY = new HashMap<>();

  static {
    for (List<String> state : STATES) {
      for (String alias : state) STATE_BY_KEY.put(dev.claimledger.domain.Names.key(alias), state);
    }
  }

  /** Multi-word cues split into their words once, longest match first as listed. */
  static final List<Map.Entry<String[], Cue>> PHRASE_WORDS = new java.util.ArrayList<>();

  /** {@link #PHRASE_WORDS} by their first word, each list in the same order. */
  static final Map<String, List<Map.Entry<String[], Cue>>> PHRASE_WORDS_BY_FIRST = new HashMap<>();

  static {
    for (var e : PHRASES.entrySet()) PHRASE_WORDS.add(Map.entry(e.getKey().split(" "), e.getValue()));
    for (var e : PHRASE_WORDS) {
      PHRASE_WORDS_BY_FIRST.computeIfAbsent(e.getKey()[0], k -> new java.util.ArrayList<>()).add(e);
    }
  }

  /** Words that, capitalised, are not names: sentence-initial function words, months, days. */
  static final Set<String> NOT_NAMES = Set.of("the", "a", "an", "in", "on", "at", "as", "for", "but", "and", "or",
      "if", "when", "while", "after", "before", "since", "with", "without", "by", "from", "to", "of", "this",
      "that", "these", "those", "it", "its", "he", "she", "they", "we", "i", "you", "his", "her", "their", "our",
      "both", "some", "many", "several", "other", "others", "all", "each", "every", "no", "not", "yet", "still",
      "also", "meanwhile", "however", "further", "earlier", "later", "last", "next", "asked", "speaking",
      "january", "february", "march", "april", "may", "june", "july", "august", "september", "october",
      "november", "december", "monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday",
      "there", "here", "what", "which", "who", "whom", "whose", "why", "how", "despite", "amid", "although",
      "though", "because", "so", "than", "then", "once", "over", "under", "about", "according", "given",
      "separately", "additionally", "similarly", "finally", "moreover", "furthermore", "instead", "elsewhere",
      "nonetheless", "nevertheless", "likewise", "overall", "initially", "subsequently", "previously", "today",
      "yesterday", "again", "now", "currently", "recently", "ultimately", "notably", "earlier,");

  static String lower(String s) {
    return s.toLowerCase(Locale.ROOT);
  }
}
