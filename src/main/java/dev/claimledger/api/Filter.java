package dev.claimledger.api;

import dev.claimledger.domain.LedgerError;
import java.time.Instant;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

/**
 * A small subset of AIP-160 filters: comparisons {@code field OP value} joined with {@code AND}.
 * OP is one of {@code = != < <= > >=}; a value is a double-quoted string (with {@code \"} and
 * {@code \\} escapes) or a bare word of letters, digits and {@code _ - . : /}. Each method says
 * which fields and operators it takes; anything else is INVALID_ARGUMENT (INVALID_FILTER).
 */
public final class Filter {

  /** A comparison operator. */
  public enum Op {
    EQ("="), NE("!="), LT("<"), LE("<="), GT(">"), GE(">=");

    final String symbol;

    Op(String symbol) {
      this.symbol = symbol;
    }
  }

  /** One comparison. */
  public record Restriction(String field, Op op, String value) {}

  public static final Set<Op> EQUALITY = Set.of(Op.EQ);
  public static final Set<Op> EQUALITY_OR_NOT = Set.of(Op.EQ, Op.NE);
  public static final Set<Op> ORDERING = Set.of(Op.LT, Op.LE, Op.GT, Op.GE);

  private static final int MAX_LENGTH = 2000;

  private final List<Restriction> restrictions;

  private Filter(List<Restriction> restrictions) {
    this.restrictions = restrictions;
  }

  /** Parses {@code text}, allowing only the given fields with their operators. */
  public static Filter parse(String text, Map<String, Set<Op>> allowed) {
    if (text.length() > MAX_LENGTH) throw invalid("is longer than " + MAX_LENGTH + " characters");
    List<String> tokens = tokenize(text);
    List<Restriction> out = new ArrayList<>();
    int i = 0;
    while (i < tokens.size()) {
      if (i + 3 > tokens.size()) throw invalid("expected FIELD OP VALUE near \"" + String.join(" ", tokens.subList(i, tokens.size())) + "\"");
      String field = tokens.get(i);
      Op op = op(tokens.get(i + 1));
      String value = unquote(tokens.get(i + 2));
      Set<Op> ops = allowed.get(field);
      if (ops == null) {
        throw invalid("unknown field \"" + field + "\"; this method filters on " + String.join(", ", allowed.keySet().stream().sorted().toList()));
      }
      if (!ops.contains(op)) throw invalid("field \"" + field + "\" does not take " + op.symbol);
      out.add(new Restriction(field, op, value));
      i += 3;
      if (i < tokens.size()) {
        if (!tokens.get(i).equals("AND")) throw invalid("expected AND, found \"" + tokens.get(i) + "\" (only AND is supported)");
        i++;
        if (i == tokens.size()) throw invalid("ends with AND");
      }
    }
    return new Filter(List.copyOf(out));
  }

  private static Op op(String token) {
    for (Op op : Op.values()) {
      if (op.symbol.equals(token)) return op;
    }
    throw invalid("expected an operator (= != < <= > >=), found \"" + token + "\"");
  }

  private static List<String> tokenize(String text) {
    List<String> tokens = new ArrayList<>();
    int i = 0;
    while (i < text.length()) {
      char ch = text.charAt(i);
      if (Character.isWhitespace(ch)) {
        i++;
      } else if (ch == '"') {
        StringBuilder sb = new StringBuilder("\"");
        i++;
        boolean closed = false;
        while (i < text.length()) {
          char c = text.charAt(i++);
          if (c == '\\' && i < text.length()) {
            sb.append(text.charAt(i++));
          } else if (c == '"') {
            closed = true;
            break;
          } else {
            sb.append(c);
          }
        }
        if (!closed) throw invalid("has an unterminated string");
        tokens.add(sb.toString());
      } else if ("=!<>".indexOf(ch) >= 0) {
        int start = i++;
        if (i < text.length() && text.charAt(i) == '=') i++;
        tokens.add(text.substring(start, i));
      } else if (Character.isLetterOrDigit(ch) || "_-.:/".indexOf(ch) >= 0) {
        int start = i;
        while (i < text.length() && (Character.isLetterOrDigit(text.charAt(i)) || "_-.:/".indexOf(text.charAt(i)) >= 0)) i++;
        tokens.add(text.substring(start, i));
      } else {
        throw invalid("has an unexpected character '" + ch + "'");
      }
    }
    return tokens;
  }

  /** A quoted token keeps a leading quote mark as its tag; bare words are returned as they are. */
  private static String unquote(String token) {
    return token.startsWith("\"") ? token.substring(1) : token;
  }

  static LedgerError invalid(String description) {
    return LedgerError.invalidField("INVALID_FILTER", "filter", description);
  }

  /** The restrictions on {@code field}, in order. */
  public List<Restriction> on(String field) {
    return restrictions.stream().filter(r -> r.field().equals(field)).toList();
  }

  /** The single restriction on {@code field}, or null; more than one is an error. */
  public Restriction single(String field) {
    List<Restriction> rs = on(field);
    if (rs.size() > 1) throw invalid("field \"" + field + "\" may appear only once");
    return rs.isEmpty() ? null : rs.get(0);
  }

  public static boolean bool(Restriction r) {
    return switch (r.value().toLowerCase(Locale.ROOT)) {
      case "true" -> true;
      case "false" -> false;
      default -> throw invalid("field \"" + r.field() + "\" takes true or false");
    };
  }

  public static Instant timestamp(Restriction r) {
    try {
      return java.time.OffsetDateTime.parse(r.value()).toInstant();
    } catch (DateTimeParseException e) {
      throw invalid("field \"" + r.field() + "\" takes an RFC 3339 timestamp such as \"2024-01-15T00:00:00Z\"");
    }
  }

  /** The ID in a resource name {@code collection/ID} given as the value. */
  public static String resourceId(Restriction r, String collection) {
    String id = ResourceNames.idOrNull(r.value(), collection);
    if (id == null) throw invalid("field \"" + r.field() + "\" takes a name like \"" + collection + "/ID\"");
    return id;
  }

  /** Reads an enum value given with or without its prefix (STANCE_KIND_DENIES or DENIES). */
  public static <E extends Enum<E>> E enumValue(Restriction r, Class<E> type, String prefix) {
    String v = r.value().toUpperCase(Locale.ROOT);
    if (v.startsWith(prefix)) v = v.substring(prefix.length());
    try {
      return Enum.valueOf(type, v);
    } catch (IllegalArgumentException e) {
      throw invalid("field \"" + r.field() + "\" has no value \"" + r.value() + "\"");
    }
  }
}
