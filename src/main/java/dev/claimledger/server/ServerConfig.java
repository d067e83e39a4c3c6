package dev.claimledger.server;

import dev.claimledger.store.sqlite.SqliteDatabase;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.Locale;
import java.util.Map;

/**
 * The server's settings, from flags ({@code --port 50051} or {@code --port=50051}) over
 * environment variables ({@code CLAIMLEDGER_PORT}) over defaults. See the README's Configuration.
 */
public record ServerConfig(
    String host,
    int port,
    Path database,
    SeedMode seed,
    Path seedFile,
    int threads,
    int queueSize,
    int maxMessageBytes,
    SqliteDatabase.Durability durability,
    int readers) {

  /** When to load the seed bundle. */
  public enum SeedMode {
    /** On first start, when the database holds nothing yet. */
    AUTO,
    /** Never. */
    NEVER
  }

  /** Names, defaults and descriptions of every setting, for parsing and --help. */
  private static final String[][] SETTINGS = {
      {"host", "127.0.0.1", "address to listen on (0.0.0.0 for every interface)"},
      {"port", "50051", "TCP port; 0 picks a free one"},
      {"db", "data/claimledger.db", "SQLite database file, created when missing"},
      {"seed", "auto", "auto: load the seed bundle into an empty database; never: do not"},
      {"seed-file", "seeds/annotations.txtpb", "the LedgerBundle textproto to seed from"},
      {"threads", "8", "request handler threads"},
      {"queue", "1000", "requests that may wait for a handler thread before new ones are refused"},
      {"max-message-bytes", "8388608", "largest request accepted, in bytes"},
      {"sync", "normal", "normal: commits survive a crash of the server; full: also power loss"},
      {"readers", "4", "SQLite reader connections"},
  };

  public static ServerConfig parse(String[] args, Map<String, String> env) {
    Map<String, String> values = new HashMap<>();
    for (String[] s : SETTINGS) {
      String fromEnv = env.get("CLAIMLEDGER_" + s[0].toUpperCase(Locale.ROOT).replace('-', '_'));
      values.put(s[0], fromEnv != null ? fromEnv : s[1]);
    }
    for (int i = 0; i < args.length; i++) {
      String arg = args[i];
      if (!arg.startsWith("--")) throw new IllegalArgumentException("unexpected argument " + arg + "\n" + usage());
      String name = arg.substring(2);
      String value;
      int eq = name.indexOf('=');
      if (eq >= 0) {
        value = name.substring(eq + 1);
        name = name.substring(0, eq);
      } else {
        if (i + 1 >= args.length) throw new IllegalArgumentException("--" + name + " needs a value\n" + usage());
        value = args[++i];
      }
      if (!values.containsKey(name)) throw new IllegalArgumentException("unknown flag --" + name + "\n" + usage());
      values.put(name, value);
    }
    return new ServerConfig(
        values.get("host"),
        integer(values, "port", 0, 65535),
        Path.of(values.get("db")),
        choice(values, "seed", SeedMode.class),
        Path.of(values.get("seed-file")),
        integer(values, "threads", 1, 1024),
        integer(values, "queue", 1, 1_000_000),
        integer(values, "max-message-bytes", 1024, 256 * 1024 * 1024),
        choice(values, "sync", SqliteDatabase.Durability.class),
        integer(values, "readers", 1, 64));
  }

  private static int integer(Map<String, String> values, String name, int min, int max) {
    try {
      int v = Integer.parseInt(values.get(name));
      if (v < min || v > max) throw new NumberFormatException();
      return v;
    } catch (NumberFormatException e) {
      throw new IllegalArgumentException("--" + name + " must be a whole number from " + min + " to " + max);
    }
  }

  private static <E extends Enum<E>> E choice(Map<String, String> values, String name, Class<E> type) {
    try {
      return Enum.valueOf(type, values.get(name).toUpperCase(Locale.ROOT));
    } catch (IllegalArgumentException e) {
      throw new IllegalArgumentException("--" + name + " must be one of "
          + java.util.Arrays.stream(type.getEnumConstants()).map(c -> c.name().toLowerCase(Locale.ROOT)).toList());
    }
  }

  public static String usage() {
    StringBuilder sb = new StringBuilder("usage: claimledger [--flag value ...]\n");
    for (String[] s : SETTINGS) {
      sb.append(String.format("  --%-18s %s (env CLAIMLEDGER_%s, default %s)%n", s[0], s[2],
          s[0].toUpperCase(Locale.ROOT).replace('-', '_'), s[1]));
    }
    return sb.toString();
  }
}
