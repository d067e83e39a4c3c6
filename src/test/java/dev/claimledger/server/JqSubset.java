package dev.claimledger.server;

import com.google.gson.JsonArray;
import com.google.gson.JsonElement;
import com.google.gson.JsonNull;
import com.google.gson.JsonObject;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The small part of jq's language the README's examples use to shorten long answers, evaluated as
 * jq does. Anything outside it is rejected when parsed, never approximated:
 *
 * <pre>
 *   filter := term ('|' term)*
 *   term   := path | '[' filter ']' | '{' entry (',' entry)* '}' | 'fromjson'
 *   path   := '.' | ('.' NAME ('[]')?)+          e.g. .stances[]  .stance.actor
 *   entry  := NAME ':' term | NAME               NAME alone is NAME: .NAME; no pipe unbracketed
 * </pre>
 *
 * As in jq: {@code .NAME} of null is null and of anything but an object an error; {@code []}
 * iterates an array's elements (and is an error on null, a string, a number or a boolean; jq would
 * iterate an object's values, which is left out here); a pipe feeds each output on; {@code [f]}
 * collects f's outputs. An object entry must give exactly one value (jq would multiply the object;
 * the README does not need that). {@code fromjson} parses a string as JSON (an export's document)
 * and is an error on anything else.
 */
final class JqSubset {

  private interface Node {
    List<JsonElement> apply(JsonElement in);
  }

  private final String src;
  private int at;
  private final Node root;

  private JqSubset(String src) {
    this.src = src;
    this.root = filter();
    skipSpace();
    if (at != src.length()) throw error("unexpected input");
  }

  /** Parses {@code program}; throws IllegalArgumentException for anything outside the subset. */
  static JqSubset parse(String program) {
    return new JqSubset(program);
  }

  /** Every output of the program for {@code input}, in order. */
  List<JsonElement> apply(JsonElement input) {
    return root.apply(input);
  }

  // ---- parser ----

  private Node filter() {
    List<Node> terms = new ArrayList<>();
    terms.add(term());
    while (peek('|')) {
      at++;
      terms.add(term());
    }
    if (terms.size() == 1) return terms.get(0);
    return in -> {
      List<JsonElement> values = List.of(in);
      for (Node t : terms) {
        List<JsonElement> next = new ArrayList<>();
        for (JsonElement v : values) next.addAll(t.apply(v));
        values = next;
      }
      return values;
    };
  }

  private Node term() {
    skipSpace();
    if (peek('[')) {
      at++;
      Node inner = filter();
      expect(']');
      return in -> {
        JsonArray a = new JsonArray();
        inner.apply(in).forEach(a::add);
        return List.of(a);
      };
    }
    if (peek('{')) return object();
    if (peek('.')) return path();
    if (src.startsWith("fromjson", at)) {
      at += "fromjson".length();
      return in -> {
        if (!in.isJsonPrimitive() || !in.getAsJsonPrimitive().isString()) {
          throw new IllegalArgumentException("fromjson of a non-string: " + in);
        }
        return List.of(com.google.gson.JsonParser.parseString(in.getAsString()));
      };
    }
    throw error("expected a path, [, { or fromjson");
  }

  private Node object() {
    expect('{');
    Map<String, Node> entries = new LinkedHashMap<>();
    do {
      skipSpace();
      String key = name();
      if (entries.containsKey(key)) throw error("duplicate key " + key);
      Node value;
      if (peek(':')) {
        at++;
        value = term();
      } else {
        value = field(key);
      }
      entries.put(key, value);
    } while (consume(','));
    expect('}');
    return in -> {
      JsonObject o = new JsonObject();
      for (var e : entries.entrySet()) {
        List<JsonElement> v = e.getValue().apply(in);
        if (v.size() != 1) {
          throw new IllegalArgumentException("the value of " + e.getKey() + " gives " + v.size()
              + " outputs; this jq subset builds objects from single values only");
        }
        o.add(e.getKey(), v.get(0));
      }
      return List.of(o);
    };
  }

  private Node path() {
    skipSpace();
    expect('.');
    List<Node> steps = new ArrayList<>();
    if (at < src.length() && isNameStart(src.charAt(at))) {
      steps.add(field(name()));
      if (src.startsWith("[]", at)) {
        at += 2;
        steps.add(JqSubset::iterate);
      }
      while (at < src.length() && src.charAt(at) == '.') {
        at++;
        if (at >= src.length() || !isNameStart(src.charAt(at))) throw error("expected a field name after .");
        steps.add(field(name()));
        if (src.startsWith("[]", at)) {
          at += 2;
          steps.add(JqSubset::iterate);
        }
      }
    } else if (src.startsWith("[]", at)) {
      throw error(".[] alone is not in this subset");
    }
    return in -> {
      List<JsonElement> values = List.of(in);
      for (Node s : steps) {
        List<JsonElement> next = new ArrayList<>();
        for (JsonElement v : values) next.addAll(s.apply(v));
        values = next;
      }
      return values;
    };
  }

  private static Node field(String name) {
    return in -> {
      if (in.isJsonNull()) return List.of(JsonNull.INSTANCE);
      if (!in.isJsonObject()) throw new IllegalArgumentException("Cannot index " + kind(in) + " with \"" + name + "\"");
      JsonElement v = in.getAsJsonObject().get(name);
      return List.of(v == null ? JsonNull.INSTANCE : v);
    };
  }

  private static List<JsonElement> iterate(JsonElement in) {
    if (!in.isJsonArray()) throw new IllegalArgumentException("Cannot iterate over " + kind(in));
    List<JsonElement> out = new ArrayList<>();
    in.getAsJsonArray().forEach(out::add);
    return out;
  }

  private static String kind(JsonElement e) {
    if (e.isJsonNull()) return "null";
    if (e.isJsonArray()) return "array";
    if (e.isJsonObject()) return "object";
    var p = e.getAsJsonPrimitive();
    return p.isBoolean() ? "boolean" : p.isNumber() ? "number" : "string";
  }

  private String name() {
    skipSpace();
    int from = at;
    if (at >= src.length() || !isNameStart(src.charAt(at))) throw error("expected a name");
    while (at < src.length() && (isNameStart(src.charAt(at)) || Character.isDigit(src.charAt(at)))) at++;
    return src.substring(from, at);
  }

  private static boolean isNameStart(char c) {
    return c == '_' || (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z');
  }

  private boolean peek(char c) {
    skipSpace();
    return at < src.length() && src.charAt(at) == c;
  }

  private boolean consume(char c) {
    if (!peek(c)) return false;
    at++;
    return true;
  }

  private void expect(char c) {
    if (!consume(c)) throw error("expected " + c);
  }

  private void skipSpace() {
    while (at < src.length() && Character.isWhitespace(src.charAt(at))) at++;
  }

  private IllegalArgumentException error(String what) {
    return new IllegalArgumentException(what + " at " + at + " of jq program '" + src
        + "' (the README test knows only a small subset of jq)");
  }
}
