package dev.claimledger.extract;

import java.util.Locale;
import java.util.Set;

/**
 * The grammatical gender a first name most likely takes, so "she said" after two speakers goes to
 * the woman: common given names of many languages, then endings ("-a" is mostly female in European
 * languages, "-o" male). Unknown names fit either pronoun. Names used for both ("Dana", "Kim",
 * "Andrea", "Jean") are left out on purpose.
 */
final class FirstNames {
  private FirstNames() {}

  enum Gender { FEMALE, MALE, UNKNOWN }

  private static final Set<String> FEMALE = Set.of("mary", "anna", "anne", "ann", "elizabeth", "margaret", "sarah",
      "susan", "karen", "lisa", "nancy", "helen", "ruth", "sandra", "carol", "sharon", "laura", "emily", "emma",
      "olivia", "sophie", "sophia", "charlotte", "alice", "grace", "lucy", "hannah", "rachel", "rebecca", "claire",
      "catherine", "katherine", "kate", "jane", "janet", "joan", "judith", "julie", "julia", "caroline", "harriet",
      "ingrid", "astrid", "sigrid", "karin", "kari", "liv", "ingeborg", "solveig", "sunniva", "birgit", "britt",
      "agnes", "margit", "marit", "mette", "hanne", "helle", "lene", "line", "maren", "kirsten", "annika", "elin",
      "elise", "eva", "ida", "ines", "irena", "irina", "ivana", "jelena", "katarina", "ljudmila", "ludmila", "marta",
      "maria", "marie", "mirela", "natalia", "natalya", "olga", "svetlana", "tatiana", "tatyana", "vera", "yulia",
      "zofia", "agnieszka", "beata", "dorota", "ewa", "joanna", "magdalena", "malgorzata", "monika", "renata",
      "isabel", "isabella", "carmen", "lucia", "pilar", "rosa", "teresa", "beatriz", "mercedes", "dolores",
      "giulia", "francesca", "chiara", "paola", "giovanna", "elena", "sofia", "ana", "leah", "maya", "miriam",
      "naomi", "esther", "tamar", "yael", "fatima", "aisha", "amina", "zainab", "mariam", "layla", "leila",
      "noura", "yasmin", "amara", "ngozi", "chioma", "adaeze", "folake", "wanjiru", "nia", "keiko", "yuki",
      "haruka", "sakura", "mei", "ling", "priya", "ananya", "sunita", "anjali", "deepa", "meera", "corinna",
      "helena", "agata", "brigitte", "ursula", "gisela", "heike", "petra", "sabine", "claudia", "silke", "ulrike",
      "nadia", "nadine", "chantal", "isabelle", "nathalie", "sylvie", "celine", "amelie", "margot", "louise",
      "ellen", "eleanor", "frances", "gillian", "jennifer", "jessica", "linda", "patricia", "barbara", "betty",
      "dorothy", "donna", "deborah", "michelle", "melissa", "stephanie", "amanda", "nicole", "victoria", "diana",
      "selin", "elif", "zeynep", "ayse", "hanna", "tove", "siri", "greta", "freya", "dagny", "ragnhild", "linnea",
      "maja", "nina", "tina", "lena", "mila", "lara", "zoe", "chloe", "amelia", "isla", "ava", "mia", "ella",
      "sienna", "ruby", "poppy", "daisy", "imogen", "beatrice", "matilda", "rosalind", "agatha", "fiona",
      "morag", "siobhan", "aoife", "niamh", "saoirse", "orla", "sinead", "bridget", "maeve", "wendy", "abigail");

  private static final Set<String> MALE = Set.of("john", "james", "robert", "michael", "william", "david",
      "richard", "joseph", "thomas", "tomas", "charles", "christopher", "daniel", "matthew", "anthony", "mark",
      "paul", "steven", "andrew", "kenneth", "joshua", "kevin", "brian", "george", "edward", "ronald", "timothy",
      "jason", "jeffrey", "ryan", "jacob", "gary", "nicholas", "eric", "jonathan", "stephen", "larry", "justin",
      "scott", "brandon", "benjamin", "samuel", "frank", "gregory", "raymond", "alexander", "patrick", "jack",
      "dennis", "jerry", "tyler", "aaron", "henry", "peter", "adam", "nathan", "douglas", "zachary", "walter",
      "kyle", "harold", "carl", "arthur", "roger", "keith", "jeremy", "terry", "lawrence", "sean", "christian",
      "albert", "joe", "ethan", "austin", "jesse", "willie", "billy", "bruce", "bryan", "ralph", "roy", "jordan",
      "eugene", "wayne", "louis", "alan", "juan", "harry", "oliver", "noah", "liam", "owen", "hugh", "colm",
      "conor", "declan", "ciaran", "padraig", "seamus", "niall", "fergus", "angus", "hamish", "ewan", "callum",
      "lars", "nils", "erik", "anders", "henrik", "magnus", "olaf", "olav", "sven", "bjorn", "gunnar", "arvid",
      "arne", "knut", "leif", "per", "rolf", "stig", "tor", "trond", "jens", "søren", "soren", "mads", "rasmus",
      "mikkel", "jakob", "hans", "klaus", "jurgen", "wolfgang", "dieter", "helmut", "gerhard", "stefan",
      "tobias", "matthias", "florian", "sebastian", "lukas", "felix", "maximilian", "johannes", "karl", "otto",
      "ivan", "dmitry", "dmitri", "sergei", "sergey", "vladimir", "alexei", "alexey", "andrei", "andrey", "mikhail",
      "nikolai", "pavel", "oleg", "igor", "yuri", "boris", "artyom", "viktor", "vasily", "maxim", "piotr",
      "pawel", "krzysztof", "marek", "tomasz", "jan", "jiri", "petr", "milan", "dragan", "goran", "zoran",
      "marco", "giuseppe", "giovanni", "francesco", "alessandro", "lorenzo", "matteo", "stefano", "paolo",
      "pedro", "pablo", "carlos", "javier", "miguel", "jose", "antonio", "manuel", "rafael", "diego", "luis",
      "jorge", "alejandro", "fernando", "bruno", "joao", "rui", "tiago", "mateo", "hugo", "pierre", "jacques",
      "francois", "philippe", "alain", "michel", "olivier", "nicolas", "thierry", "laurent", "yves", "mohammed",
      "muhammad", "ahmed", "ali", "omar", "hassan", "hussein", "ibrahim", "yusuf", "khalid", "tariq", "karim",
      "mustafa", "mehmet", "ahmet", "emre", "murat", "oluwaseun", "chinedu", "emeka", "kwame", "kofi", "tunde",
      "hiroshi", "takeshi", "kenji", "haruto", "wei", "jun", "raj", "rahul", "arjun", "vikram", "sanjay", "amit",
      "ravi", "avi", "moshe", "yosef", "ari", "noam", "hal", "ted", "tom", "tim", "jim", "bob", "bill",
      "mike", "dave", "steve", "nick", "ben", "sam", "dan", "rob", "pete", "greg", "ian", "neil", "nigel", "graham",
      "colin", "simon", "martin", "tobin", "gustav", "ragnar", "einar", "halvard", "torsten", "joakim",
      "dominik", "jakub", "lukasz", "bartosz", "wojciech", "adrian", "emil", "oskar", "viggo", "anton", "elias");

  /** Names ending in "-a" that are male: "Luca", "Nikita", "Joshua". */
  private static final Set<String> MALE_IN_A = Set.of("luca", "nikita", "ilya", "joshua", "jonah", "mustafa",
      "elia", "andrea", "sasha", "misha", "kostya", "kolya", "vanya", "dima", "aba", "musa", "isa",
      "akira", "zola", "juma", "oba", "ezra", "noa");

  static Gender of(String personName) {
    String first = firstName(personName);
    if (first.isEmpty()) return Gender.UNKNOWN;
    if (FEMALE.contains(first)) return Gender.FEMALE;
    if (MALE.contains(first)) return Gender.MALE;
    if (first.length() < 3 || MALE_IN_A.contains(first)) return Gender.UNKNOWN;
    if (first.endsWith("a")) return Gender.FEMALE;
    if (first.endsWith("o")) return Gender.MALE;
    return Gender.UNKNOWN;
  }

  /** Whether a word is a given name the lists hold ("Olivia"), not one guessed from its ending. */
  static boolean listed(String word) {
    String w = word.toLowerCase(Locale.ROOT);
    return FEMALE.contains(w) || MALE.contains(w) || MALE_IN_A.contains(w);
  }

  /** The gender a pronoun refers to: UNKNOWN for one that fits anybody ("they", "I"). */
  static Gender ofPronoun(String pronoun) {
    return switch (pronoun.toLowerCase(Locale.ROOT)) {
      case "she", "her", "hers", "herself" -> Gender.FEMALE;
      case "he", "him", "his", "himself" -> Gender.MALE;
      default -> Gender.UNKNOWN;
    };
  }

  /** Whether a person named so may be the one a pronoun of this gender stands for. */
  static boolean fits(String personName, Gender pronoun) {
    if (pronoun == Gender.UNKNOWN) return true;
    Gender g = of(personName);
    return g == Gender.UNKNOWN || g == pronoun;
  }

  private static String firstName(String personName) {
    for (String w : personName.strip().split("\\s+")) {
      String lower = w.toLowerCase(Locale.ROOT).replace(".", "");
      if (lower.isEmpty() || Lexicon.HONORIFICS.contains(lower) || Lexicon.HONORIFICS.contains(lower + ".")) continue;
      return lower.chars().allMatch(Character::isLetter) ? lower : "";
    }
    return "";
  }
}
