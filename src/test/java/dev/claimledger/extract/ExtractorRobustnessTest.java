package dev.claimledger.extract;

import static org.junit.jupiter.api.Assertions.assertDoesNotThrow;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/**
 * Users send any text: the rules must never fail on it. The seed and tuning articles, with words
 * dropped, doubled in capitals, and cue words, quotes, brackets, commas and numbers thrown in at
 * random (a fixed seed, so a failure repeats), are read without an exception.
 */
class ExtractorRobustnessTest {

  private static final String[] INSERTS = {", ", "\" ", "that ", "which ", "who ", "( ", ") ", "(AIU) ", "\u201c",
      "\u201d ", "- ", "\u2014 ", "said ", "denied ", "according to ", "declined to comment ", "called ",
      "\"nonsense\" ", "not ", "and ", "but ", ". ", "\n", "'s ", "12,000 ", "1.2 million ", "The ", "the company ",
      "it ", "she ", "led by ", "by ", "told ", "as ", "on Monday ", ": ", "; ", "X, 27, ", "a charge "};

  @Test
  void perturbedArticles_neverThrow() throws IOException {
    List<String> texts = articles();
    assertFalse(texts.isEmpty());
    Random random = new Random(20261123);
    for (int i = 0; i < 3000; i++) {
      String text = perturb(texts.get(random.nextInt(texts.size())), random);
      assertDoesNotThrow(() -> new Extractor().extract(text, Directory.EMPTY, null, List.of()), text);
    }
  }

  private static String perturb(String article, Random random) {
    StringBuilder sb = new StringBuilder();
    for (String w : article.split(" ")) {
      int x = random.nextInt(12);
      if (x == 0) continue;
      if (x == 1) sb.append(INSERTS[random.nextInt(INSERTS.length)]);
      if (x == 2) sb.append(w.toUpperCase()).append(' ');
      sb.append(w).append(' ');
    }
    String text = sb.toString();
    return random.nextBoolean() ? text.substring(0, random.nextInt(text.length() + 1)) : text;
  }

  /**
   * Shapes that once made the rules loop back over the text: a speaker phrase of many "In X,"
   * settings (each tried the rest again), and a long one-line article of accusations and denials
   * (each denial looked back to the start of the text). They must end, and soon: the bound is a
   * hang detector, generous for a loaded machine, not a speed target.
   */
  @Test
  void pathologicalShapes_endInTime() {
    String settings = "\"The plant is safe,\" said " + "In The, ".repeat(60) + "officials.";
    String oneLine = "Minister Anouk Lind accused the operator of hiding the outage for hours! Tellco denied that it "
        + "had misled its customers! ";
    String pronouns = "Brevik Track Services said the line was safe. It said the track was safe. ";
    assertTimeoutPreemptively(Duration.ofSeconds(30), () -> {
      extract(settings);
      extract(oneLine.repeat(8000));
      extract(pronouns.repeat(8000));
    });
  }

  private static void extract(String text) {
    new Extractor().extract(text, Directory.EMPTY, null, List.of());
  }

  private static List<String> articles() throws IOException {
    List<String> out = new ArrayList<>();
    for (String dir : List.of("seeds", "src/eval/corpus/tuning")) {
      try (Stream<Path> files = Files.list(Path.of(dir))) {
        for (Path p : files.filter(p -> p.toString().endsWith(".txt")).sorted().toList()) {
          out.add(ArticleHeader.parse(Files.readString(p)).body());
        }
      }
    }
    return out;
  }
}
