package dev.claimledger.server;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.google.gson.JsonObject;
import com.google.gson.JsonParser;
import dev.claimledger.server.ReadmeExamplesTest.Command;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;

/** How the README test reads a command: the shapes it knows exactly, and nothing else. */
class ReadmeCommandsTest {
  private static final Path REPO = Path.of(System.getProperty("claimledger.repo.dir", "."));
  private static final String SEED = "seeds/001_4b93eaeda18de8f4.txt";
  private static final String INGEST = "grpcurl -plaintext -d @ localhost:50051 claimledger.v1.IngestService/IngestArticle";

  @Test
  void plainGrpcurl() {
    Command c = Command.parse("grpcurl -plaintext -d '{\"alias\": \"choi\"}' localhost:50051 claimledger.v1.ActorService/LookupActor");
    assertEquals(new Command("localhost:50051", "claimledger.v1.ActorService/LookupActor", "{\"alias\": \"choi\"}", false,
        null, java.util.Map.of()), c);
    assertEquals("{}", Command.parse("grpcurl -plaintext localhost:50051 a.B/C").data());
    assertEquals("list", Command.parse("grpcurl -plaintext localhost:50051 list").verb());
  }

  @Test
  void headers_areSentAsMetadata() {
    Command c = Command.parse("grpcurl -plaintext -H 'x-claimledger-principal: desk:kim' -H 'x-other: 1' localhost:50051 a.B/C");
    assertEquals(java.util.Map.of("x-claimledger-principal", "desk:kim", "x-other", "1"), c.headers());
  }

  @Test
  void jqSlurp_sendsTheWholeFileAsArticleText() throws Exception {
    Command c = Command.parse("jq -Rs '{article: {text: .}}' " + SEED + " | " + INGEST);

    JsonObject request = JsonParser.parseString(c.data()).getAsJsonObject();
    assertEquals(List.of("article"), List.copyOf(request.keySet()));
    JsonObject article = request.getAsJsonObject("article");
    assertEquals(List.of("text"), List.copyOf(article.keySet()));
    assertEquals(Files.readString(REPO.resolve(SEED)), article.get("text").getAsString(), "every byte, as jq -Rs reads it");
    assertNull(c.output());
  }

  @Test
  void outputThroughJq_andEmitDefaults() {
    Command c = Command.parse("jq -Rs '{article: {text: .}}' " + SEED
        + " | grpcurl -plaintext -emit-defaults -d @ localhost:50051 claimledger.v1.IngestService/IngestArticle"
        + " | jq '{source: .source.name, stances: [.stances[] | {recorded}]}'");
    assertTrue(c.emitDefaults());
    assertNotNull(c.output());
    assertFalse(Command.parse("grpcurl -plaintext localhost:50051 a.B/C | jq '.x'").emitDefaults());
  }

  @Test
  void unknownShapes_failTheTest() {
    for (String command : List.of(
        "grpcurl localhost:50051 list",                                         // no -plaintext
        "grpcurl -plaintext -v localhost:50051 list",                           // unknown flag
        "grpcurl -plaintext -H 'no colon' localhost:50051 a.B/C",               // a header without its name
        "grpcurl -plaintext -d localhost:50051 a.B/C",                          // -d eats the address
        "grpcurl -plaintext -d '{}' -d '{}' localhost:50051 a.B/C",             // repeated
        "grpcurl -plaintext localhost:50051 a.B/C -d '{}'",                     // flag after positionals
        "grpcurl -plaintext localhost:50051 NotAMethod",
        "grpcurl -plaintext localhost:50051 list -d '{}'",
        "grpcurl -plaintext -d '{}' localhost:50051 list",
        "grpcurl -plaintext -emit-defaults localhost:50051 a.B/C",              // defaults unfiltered
        INGEST,                                                                 // -d @ with nothing piped in
        "cat " + SEED + " | " + INGEST,
        "jq -R -s '{article: {text: .}}' " + SEED + " | " + INGEST,
        "jq -Rs '{article: {text: .}, validate_only: true}' " + SEED + " | " + INGEST,
        "jq -Rs '{article: {text: .}}' seeds/001_*.txt | " + INGEST,           // a glob
        "jq -Rs '{article: {text: .}}' /etc/hostname | " + INGEST,
        "jq -Rs '{article: {text: .}}' ../x.txt | " + INGEST,
        "jq -Rs '{article: {text: .}}' seeds/no-such.txt | " + INGEST,
        "jq -Rs '{article: {text: .}}' " + SEED + " " + SEED + " | " + INGEST,
        "jq -Rs '{article: {text: .}}' " + SEED + " | grpcurl -plaintext -d '{}' localhost:50051 a.B/C",
        "jq -Rs '{article: {text: .}}' " + SEED,
        "grpcurl -plaintext localhost:50051 a.B/C | jq -c '.x'",
        "grpcurl -plaintext localhost:50051 a.B/C | jq '.x | length'",
        "grpcurl -plaintext localhost:50051 a.B/C | jq '.x' | jq '.y'",
        "grpcurl -plaintext localhost:50051 list | jq '.x'",
        "grpcurl -plaintext localhost:50051 a.B/C > out.json",
        "grpcurl -plaintext localhost:50051 a.B/C; grpcurl -plaintext localhost:50051 list",
        "grpcurl -plaintext -d \"{\\\"a\\\": 1}\" localhost:50051 a.B/C",
        "grpcurl -plaintext -d \"$DATA\" localhost:50051 a.B/C",
        "grpcurl -plaintext localhost:50051 a.B/C || true",
        "grpcurl -plaintext localhost:50051 a.B/C \\| jq .x")) {
      assertThrows(AssertionError.class, () -> Command.parse(command), command);
    }
  }

  @Test
  void isCommand_catchesPipelinesOfAnyShape() {
    assertTrue(ReadmeExamplesTest.isCommand("cat x | grpcurl -plaintext localhost:50051 list"));
    assertTrue(ReadmeExamplesTest.isCommand("jq -Rs . x"));
    assertFalse(ReadmeExamplesTest.isCommand("make run"));
  }
}
