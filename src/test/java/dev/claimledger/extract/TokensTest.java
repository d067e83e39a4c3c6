package dev.claimledger.extract;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/** The hand-written tokenizer splits text exactly as the pattern its Javadoc gives. */
class TokensTest {
  private static final Pattern REFERENCE = Pattern.compile(
      "(?:Dr|Mr|Mrs|Ms|Prof|Gen|Lt|Col|Capt|Rev|Sen|Rep|Gov|Sgt|Maj|Adm|Cmdr|Insp|Supt|St)\\.(?=\\s+\\p{Lu})|"
          + "(?:\\p{L}\\.){2,}|\\p{N}+(?:[.,]\\p{N}+)+|[\\p{L}\\p{N}]+(?:['\u2019\\-][\\p{L}\\p{N}]+)*|\\S");

  private static List<String> reference(String text) {
    List<String> out = new ArrayList<>();
    Matcher m = REFERENCE.matcher(text);
    while (m.find()) out.add(m.start() + ":" + m.group());
    return out;
  }

  private static List<String> tokens(String text) {
    return Tokens.of(text, 0).stream().map(t -> t.start() + ":" + t.text()).toList();
  }

  @Test
  void splitsLikeThePatternOnHardCases() {
    for (String text : List.of("Dr. Lena Fosse said", "Mrs. Ng and Mr Ho", "Mrs.Ng", "Dr.  \nSmith", "Dr. smith",
        "St. Petersburg", "U.S. and U.K.-based e.g. a.", "1,200.50 euros, 2024. 3.", "1,,2 4.5.6 ٣٤٥",
        "North Korean-made Korea's rock'n'roll -x- don\u2019t", "\u00a0no\u00a0break", "emoji 😀 ok", "Ⅻ ½ 𝟘𝟙",
        "\"quoted,\" he said.", "", "   ", "A.B", "x'", "'x", "Gen.\tAdams", "Sgt. É")) {
      assertEquals(reference(text), tokens(text), text);
    }
  }

  @Test
  void splitsLikeThePatternOnEveryEvaluationArticle() throws IOException {
    List<Path> files;
    try (Stream<Path> walk = Stream.concat(Files.walk(Path.of("src/eval/corpus")), Files.walk(Path.of("seeds")))) {
      files = walk.filter(p -> p.toString().endsWith(".txt")).toList();
    }
    assertTrue(files.size() > 30, "the evaluation articles and seeds: " + files.size());
    for (Path f : files) {
      String text = Files.readString(f);
      assertEquals(reference(text), tokens(text), f.toString());
    }
  }
}
