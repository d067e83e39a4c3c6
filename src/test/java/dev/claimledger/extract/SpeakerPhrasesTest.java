package dev.claimledger.extract;

import static org.junit.jupiter.api.Assertions.*;

import dev.claimledger.domain.Names;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

class SpeakerPhrasesTest {

  /** The definition: the key of every span of up to seven words, its last word unpossessed. */
  private static Set<String> spanKeys(List<Tokens.Tok> phrase) {
    Set<String> keys = new HashSet<>();
    for (int i = 0; i < phrase.size(); i++) {
      StringBuilder sb = new StringBuilder();
      for (int j = i; j < Math.min(phrase.size(), i + 7); j++) {
        if (j > i) sb.append(' ');
        sb.append(phrase.get(j).text());
        String k = Names.key(Tokens.unpossessed(sb.toString()));
        if (!k.isEmpty()) keys.add(k);
      }
    }
    return keys;
  }

  @Test
  void candidateKeys_areTheKeysOfEverySpan_onEveryArticleOfTheRepo() throws Exception {
    int sentences = 0;
    try (Stream<Path> files = Stream.concat(Files.list(Path.of("seeds")), Files.list(Path.of("src/eval/corpus/tuning")))) {
      for (Path f : files.filter(x -> x.toString().endsWith(".txt")).toList()) {
        for (Sentences.Sentence s : Sentences.split(Files.readString(f))) {
          List<Tokens.Tok> t = Tokens.of(s.text(), s.start());
          assertEquals(spanKeys(t), SpeakerPhrases.candidateKeys(t), s.text());
          sentences++;
        }
      }
    }
    assertTrue(sentences > 300, "sentences read: " + sentences);
    List<Tokens.Tok> odd = Tokens.of("U.S. officials ' s Russia's , the ministers' \u2019s Kim Jong-un's", 0);
    assertEquals(spanKeys(odd), SpeakerPhrases.candidateKeys(odd));
  }
}
