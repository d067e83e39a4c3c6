package dev.claimledger.store.sqlite;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.sql.Connection;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Random;
import java.util.Set;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The in-memory claim search answers exactly as claim_fts does, through inserts, merges and rollbacks. */
class ClaimIndexTest {
  private static final String FTS = "SELECT rowid FROM claim_fts WHERE claim_fts MATCH ? ORDER BY rank LIMIT ?";
  // Stems, plurals, synonyms of length, numbers and diacritics, few enough that many claims tie.
  private static final String[] WORDS = {"talk", "talks", "talking", "missile", "missiles", "russia", "russian",
      "korea", "north", "deployed", "deploying", "troops", "border", "café", "naïve", "40", "1.2", "million",
      "ministry", "said", "denied", "attack", "attacks", "ukraine", "sanctions", "oil", "embargo", "visit"};

  @TempDir Path dir;
  SqliteDatabase db;
  ClaimIndex index;
  SqliteClaimStore claims;
  final Random random = new Random(7);
  final Set<String> texts = new HashSet<>();
  final List<String> ids = new ArrayList<>();

  @BeforeEach
  void open() {
    db = SqliteDatabase.open(dir.resolve("index.db"), SqliteDatabase.Durability.NORMAL, 1);
    index = new ClaimIndex();
    db.listen(index);
    claims = new SqliteClaimStore(db, new PositionMaintainer(), index);
  }

  @AfterEach
  void close() {
    db.close();
  }

  @Test
  void search_answersAsClaimFts_throughInsertsMergesAndRollbacks() {
    for (int i = 0; i < 40; i++) ids.add(claims.create(newText(), "", null).id());
    ids.add(claims.create("?!", "", null).id());  // a row without tokens still counts in bm25's averages
    db.write(c -> {
      index.load(c);
      return null;
    });
    for (int round = 0; round < 60; round++) {
      switch (round % 4) {
        case 0 -> ids.add(claims.create(newText(), "", null).id());
        case 1 -> claims.merge(ids.remove(random.nextInt(ids.size())), ids.get(random.nextInt(ids.size())), "same");
        case 2 -> db.write(c -> {
          SqliteClaimStore.insert(c, index, newText(), "", null);
          assertSameAnswers(c);
          return null;
        }, false);
        default -> {
          try {
            db.write(c -> {
              SqliteClaimStore.insert(c, index, newText(), "", null);
              throw new IllegalArgumentException("fails after its insert");
            });
          } catch (IllegalArgumentException expected) {
            // Rolled back: the index must forget the insert.
          }
        }
      }
      db.write(c -> {
        assertSameAnswers(c);
        return null;
      });
    }
  }

  private String newText() {
    while (true) {
      StringBuilder b = new StringBuilder();
      for (int n = 2 + random.nextInt(6); n > 0; n--) b.append(WORDS[random.nextInt(WORDS.length)]).append(' ');
      String text = b.toString().strip() + ".";
      if (texts.add(dev.claimledger.domain.Names.key(text))) return text;
    }
  }

  private void assertSameAnswers(Connection c) throws SQLException {
    for (int q = 0; q < 25; q++) {
      List<String> words = new ArrayList<>();
      for (int n = 1 + random.nextInt(5); n > 0; n--) {
        String w = WORDS[random.nextInt(WORDS.length)].replaceAll("[^\\p{L}\\p{N}]", "");
        if (!words.contains(w)) words.add(w);
      }
      int limit = 1 + random.nextInt(12);
      var hits = index.search(c, words, limit);
      assertNotNull(hits, "the index answers " + words);
      List<Long> fromIndex = hits.stream().map(ClaimIndex.Hit::seq).toList();
      for (var h : hits) {
        assertEquals(Sql.one(c, "SELECT id, text FROM claim WHERE seq = ?", rs -> rs.getString(1) + "|" + rs.getString(2),
            h.seq()).orElseThrow(), h.id() + "|" + h.text());
      }
      String match = String.join(" OR ", words.stream().map(w -> "\"" + w + "\"").toList());
      assertEquals(Sql.list(c, FTS, rs -> rs.getLong(1), match, limit), fromIndex, match);
    }
    assertTrue(index.loaded());
  }
}
