package dev.claimledger.extract;

import static org.junit.jupiter.api.Assertions.*;

import java.util.List;
import org.junit.jupiter.api.Test;

class SentencesTest {

  private static List<String> texts(String text) {
    return Sentences.split(text).stream().map(Sentences.Sentence::text).toList();
  }

  @Test
  void abbreviationsTitlesAndInitials_doNotEndASentence() {
    assertEquals(List.of("Dr. Amara Osei arrived on Jan. 5 in the U.S. capital.", "She met J. K. Lind there."),
        texts("Dr. Amara Osei arrived on Jan. 5 in the U.S. capital. She met J. K. Lind there."));
  }

  @Test
  void quotationOfSeveralSentences_staysWhole() {
    assertEquals(List.of("\"We are ready. The trucks leave tonight,\" the mayor said.", "Nobody objected."),
        texts("\"We are ready. The trucks leave tonight,\" the mayor said. Nobody objected."));
  }

  @Test
  void aQuotationThatIsAWholeSentence_endsAtItsClosingMark() {
    assertEquals(List.of("\"The report is pure speculation.\"", "The central bank declined to comment."),
        texts("\"The report is pure speculation.\" The central bank declined to comment."));
    assertEquals(List.of("\"We are ready. The trucks leave tonight.\"", "Nobody objected."),
        texts("\"We are ready. The trucks leave tonight.\" Nobody objected."));
  }

  @Test
  void sentenceStartingWithADigitOrQuote_isSplit_butDecimalsAreNot() {
    assertEquals(List.of("The vote passed.", "212 members voted yes.", "\"It is over,\" she said."),
        texts("The vote passed. 212 members voted yes. \"It is over,\" she said."));
    assertEquals(List.of("He paid $3.5 million for the site."), texts("He paid $3.5 million for the site."));
  }

  @Test
  void questionAndExclamationMarks_endSentences() {
    assertEquals(List.of("Is it safe?", "Nobody knows!", "Officials met at 9 a.m. and left."),
        texts("Is it safe? Nobody knows! Officials met at 9 a.m. and left."));
  }

  @Test
  void lineBreaks_endSentencesAndStartParagraphs() {
    String text = "Rains hit the coast\nTwo rivers burst their banks.\n\nOfficials said 40 homes flooded.";
    List<Sentences.Sentence> s = Sentences.split(text);
    assertEquals(List.of("Rains hit the coast", "Two rivers burst their banks.", "Officials said 40 homes flooded."),
        s.stream().map(Sentences.Sentence::text).toList());
    assertTrue(s.get(0).paragraph() < s.get(1).paragraph() && s.get(1).paragraph() < s.get(2).paragraph());
    for (Sentences.Sentence x : s) assertEquals(x.text(), text.substring(x.start(), x.end()));
  }
}
