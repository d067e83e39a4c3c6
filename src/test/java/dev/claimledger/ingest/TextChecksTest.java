package dev.claimledger.ingest;

import static org.junit.jupiter.api.Assertions.*;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/** Which texts read as English: every article of the evaluation set does; other languages do not. */
class TextChecksTest {

  @Test
  void everyEvaluationArticleAndSeed_looksEnglish() throws IOException {
    List<Path> files;
    try (Stream<Path> walk = Stream.concat(Files.walk(Path.of("src/eval/corpus")), Files.walk(Path.of("seeds")))) {
      files = walk.filter(p -> p.toString().endsWith(".txt")).toList();
    }
    assertTrue(files.size() > 30);
    for (Path f : files) assertTrue(TextChecks.looksEnglish(Files.readString(f)), f::toString);
  }

  @Test
  void otherLanguages_doNot_andVeryShortTextIsGivenTheBenefitOfTheDoubt() {
    assertFalse(TextChecks.looksEnglish("Die Regierung teilte am Montag mit, dass die Gespräche fortgesetzt werden "
        + "sollen. Ein Sprecher des Ministeriums wollte sich nicht äußern."));
    assertFalse(TextChecks.looksEnglish("Le ministère a déclaré lundi que les négociations allaient reprendre. Un "
        + "porte-parole n'a pas souhaité commenter l'information."));
    assertFalse(TextChecks.looksEnglish("Министерство заявило в понедельник, что переговоры будут продолжены. "
        + "Представитель ведомства отказался от комментариев."));
    assertTrue(TextChecks.looksEnglish("Ja, sicher."));
    assertTrue(TextChecks.looksEnglish("THE MINISTRY SAID ON MONDAY THAT THE TALKS WOULD RESUME, AND IT WAS HOPEFUL."));
  }
}
