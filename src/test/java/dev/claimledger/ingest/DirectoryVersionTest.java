package dev.claimledger.ingest;

import static org.junit.jupiter.api.Assertions.*;

import dev.claimledger.domain.Actor;
import dev.claimledger.domain.ActorKind;
import dev.claimledger.extract.Directory;
import dev.claimledger.extract.Extraction;
import dev.claimledger.store.ActorStore.ActorFields;
import dev.claimledger.store.IngestStore;
import dev.claimledger.store.sqlite.SqliteDatabase;
import dev.claimledger.store.sqlite.SqliteLedger;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The directory version lets an ingest keep the extraction it made beside the writer: it must move
 * with every change to actors or aliases, whichever path makes it, and with nothing else.
 */
class DirectoryVersionTest {
  @TempDir Path dir;
  SqliteLedger ledger;

  @BeforeEach
  void open() {
    ledger = SqliteLedger.open(dir.resolve("ledger.db"), SqliteDatabase.Durability.NORMAL, 2);
  }

  @AfterEach
  void close() {
    ledger.close();
  }

  private long version() {
    return ledger.ingest().read(IngestStore.Reads::directoryVersion);
  }

  private Actor actor(String name, String... aliases) {
    return ledger.actors().create(new ActorFields(name, ActorKind.ORGANIZATION, List.of(aliases), ""), null);
  }

  @Test
  void actorChanges_moveTheVersion() {
    long start = version();
    Actor halvik = actor("Halvik Rail", "Halvik");
    long created = version();
    assertTrue(created > start, "creating an actor");
    ledger.actors().update(halvik.id(), new ActorFields("Halvik Railways", ActorKind.ORGANIZATION, List.of(), ""),
        Set.of("display_name"));
    long renamed = version();
    assertTrue(renamed > created, "renaming an actor");
    Actor other = actor("Halvik State Railways");
    long second = version();
    assertTrue(second > renamed, "a second actor");
    ledger.actors().merge(other.id(), halvik.id(), "same company");
    assertTrue(version() > second, "merging actors");
  }

  @Test
  void ingestWithKnownSpeakersOnly_leavesTheVersion() {
    actor("Halvik Rail", "Halvik");
    Ingestor ingestor = new Ingestor(ledger.ingest());
    ingestor.ingest(article("Halvik Rail said the line would reopen on Monday."));
    long before = version();
    var result = ingestor.ingest(article("Halvik Rail said the line between Orvel and Tass would stay closed."));
    assertEquals(1, result.stances().size());
    assertEquals(before, version(), "sources, claims and stances are not the directory");
  }

  @Test
  void anActorCreatedBetweenReadAndWrite_isTheSpeakerWritten() {
    Ingestor ingestor = new Ingestor(ledger.ingest());
    Ingestor.Pending pending = ingestor.read(article("Halvik said the line would reopen on Monday."));
    Actor halvik = actor("Halvik Rail", "Halvik");
    var result = ingestor.write(pending);
    assertEquals(1, result.stances().size());
    assertEquals(halvik.id(), result.stances().get(0).stance().actorId());
    assertEquals(1, ledger.actors().list(new dev.claimledger.store.ActorStore.ActorFilter(null, null, null),
        new dev.claimledger.store.PageRequest(50, null)).items().size(), "no second Halvik");
  }

  @Test
  void holds_unchangedVersion_asksNothing_changedVersion_asksEveryLookup() {
    Map<String, Directory.Known> found = Map.of("halvik", new Directory.Known("a1", "Halvik Rail", ActorKind.ORGANIZATION));
    Prepared p = new Prepared(7, null, List.of(), new Extraction(List.of(), null, List.of(), List.of()),
        List.of(new Prepared.Lookup(Set.of("halvik"), found)));
    AtomicInteger asked = new AtomicInteger();
    assertTrue(p.holds(null, List.of(), 7, keys -> {
      asked.incrementAndGet();
      return Map.of();
    }));
    assertEquals(0, asked.get());
    assertTrue(p.holds(null, List.of(), 8, keys -> {
      asked.incrementAndGet();
      return found;
    }), "the directory moved elsewhere; these answers stand");
    assertEquals(1, asked.get());
    assertFalse(p.holds(null, List.of(), 9, keys -> Map.of()), "the look-up answers otherwise now");
  }

  private static Ingestor.Article article(String text) {
    return new Ingestor.Article(text, "", null, null, null, null, List.of(), List.of(), null, false);
  }
}
