package dev.claimledger.server;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import com.google.gson.JsonElement;
import com.google.gson.JsonParser;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The jq subset of the README test; the expected outputs are what jq 1.6 prints for them. */
class JqSubsetTest {
  private static final JsonElement IN = JsonParser.parseString("""
      {"source": {"name": "sources/s", "title": "T"}, "sourceExisted": true, "extractorVersion": "rules-1.0",
       "stances": [
        {"stance": {"name": "claims/c/stances/a", "actor": "actors/a", "kind": "STANCE_KIND_ASSERTS"},
         "recorded": false, "existingStance": "claims/c/stances/a", "claimIndex": 0},
        {"stance": {"name": "claims/d/stances/b", "actor": "actors/b", "kind": "STANCE_KIND_DENIES"},
         "recorded": true, "existingStance": "", "claimIndex": 1}
       ]}""");

  private static List<JsonElement> run(String program) {
    return JqSubset.parse(program).apply(IN);
  }

  private static List<JsonElement> json(String... values) {
    return java.util.Arrays.stream(values).map(JsonParser::parseString).toList();
  }

  @Test
  void readmeProgram_givesWhatJqGives() {
    assertEquals(json("""
        {"source":"sources/s","sourceExisted":true,"stances":[
         {"actor":"actors/a","kind":"STANCE_KIND_ASSERTS","recorded":false,"existingStance":"claims/c/stances/a"},
         {"actor":"actors/b","kind":"STANCE_KIND_DENIES","recorded":true,"existingStance":""}]}"""),
        run("{source: .source.name, sourceExisted, stances: [.stances[] | {actor: .stance.actor, kind: .stance.kind,"
            + " recorded, existingStance}]}"));
  }

  @Test
  void paths_iterationAndPipes() {
    assertEquals(json("[\"actors/a\",\"actors/b\"]"), run("[.stances[].stance.actor]"));
    assertEquals(json("\"STANCE_KIND_ASSERTS\"", "\"STANCE_KIND_DENIES\""), run(".stances[] | .stance | .kind"));
    assertEquals(List.of(IN), run("."));
  }

  @Test
  void fromjson_parsesAnExportsDocument_andRejectsNonStrings() {
    JsonElement in = JsonParser.parseString("{\"doc\": \"{\\\"a\\\": [1, {\\\"b\\\": true}]}\"}");
    assertEquals(List.of(JsonParser.parseString("[1, {\"b\": true}]")), JqSubset.parse(".doc | fromjson | .a").apply(in));
    assertThrows(IllegalArgumentException.class, () -> JqSubset.parse("fromjson").apply(in));
  }

  @Test
  void missingKeysAndFieldsOfNull_areNull() {
    assertEquals(json("{\"missing\":null,\"deep\":null,\"src\":{\"name\":\"sources/s\"}}"),
        run("{missing, deep: .source.nope.nope, src: {name: .source.name}}"));
  }

  @Test
  void runtimeErrors_asJqReportsThem() {
    assertThrows(IllegalArgumentException.class, () -> run(".source.name.x")); // Cannot index string
    assertThrows(IllegalArgumentException.class, () -> run(".sourceExisted[]")); // Cannot iterate over boolean
    assertThrows(IllegalArgumentException.class, () -> run(".nope[]")); // Cannot iterate over null
  }

  @Test
  void outsideTheSubset_isRejected_notApproximated() {
    for (String p : List.of("", ".stances | length", ".source[]", "{a: .stances[].recorded}", ".[]",
        "{\"source\": .source}", ".stances[0]", "select(.recorded)", ".a // false", "{a: .b | .c}", ".a,.b",
        "[.a", "{a}x", ". a", "{a, a}", ".stances[] | {actor: .stance.actor} | ")) {
      assertThrows(IllegalArgumentException.class, () -> run(p), p);
    }
  }
}
