package dev.claimledger.eval;

import dev.claimledger.v1.StanceKind;
import java.io.IOException;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * One gold file of the extraction evaluation, in the line format of src/eval/README.md: the article
 * it annotates and the stances and contested claims a careful reader finds in it. Parsing is
 * strict and every error names the file and line, because a gold line skipped or misread in
 * silence would skew the scores without anyone noticing.
 */
public record GoldFile(Path file, Path article, String articleText, String publisher, List<String> relays,
    List<GoldStance> stances, List<String> contested) {

  /** One {@code stance} line: the actor's names (alternatives, first that resolves wins), kind, claim key, evidence. */
  public record GoldStance(int line, List<String> actors, StanceKind kind, String key, String evidence) {

    /** The line as the gold file gives it, for reports. */
    public String describe() {
      return String.join(" / ", actors) + " | " + kind.name().substring("STANCE_KIND_".length()) + " | " + key;
    }
  }

  private static final Pattern FIELD_SEPARATOR = Pattern.compile("\\s+\\|\\s+");
  private static final Pattern ALTERNATIVE_SEPARATOR = Pattern.compile("\\s+/\\s+");
  private static final Pattern KEY = Pattern.compile("\\S+");
  private static final List<String> KINDS = Arrays.stream(StanceKind.values())
      .filter(k -> k != StanceKind.STANCE_KIND_UNSPECIFIED && k != StanceKind.UNRECOGNIZED)
      .map(k -> k.name().substring("STANCE_KIND_".length())).toList();

  /**
   * Reads a gold file. The article path is taken relative to the gold file's folder, and, when no
   * such file exists there (the seed articles), relative to {@code repoRoot}.
   */
  public static GoldFile parse(Path file, Path repoRoot) throws IOException {
    return new Parser(file, repoRoot).parse();
  }

  /** The state of one parse: what was read so far, and where. */
  private static final class Parser {
    private final Path file;
    private final Path repoRoot;
    private int line;
    private Path article;
    private int articleLine;
    private String publisher = "";
    private List<String> relays;
    private final List<GoldStance> stances = new ArrayList<>();
    private final List<String> contested = new ArrayList<>();
    private final List<Integer> contestedLines = new ArrayList<>();

    Parser(Path file, Path repoRoot) {
      this.file = file;
      this.repoRoot = repoRoot;
    }

    GoldFile parse() throws IOException {
      List<String> lines;
      try {
        lines = Files.readAllLines(file, StandardCharsets.UTF_8);
      } catch (CharacterCodingException e) {
        throw new IllegalArgumentException(file + ": not UTF-8 text", e);
      }
      for (String raw : lines) {
        line++;
        String text = raw.strip();
        if (text.isEmpty() || text.startsWith("#")) continue;
        String[] keywordAndRest = text.split("\\s+", 2);
        entry(keywordAndRest[0], keywordAndRest.length > 1 ? keywordAndRest[1] : "");
      }
      if (article == null) throw new IllegalArgumentException(file + ": no `article` line");
      String articleText = readArticle();
      for (GoldStance s : stances) {
        if (!articleText.contains(s.evidence())) {
          throw error(s.line(), "evidence \"" + s.evidence() + "\" is not in the article " + article);
        }
      }
      Set<String> keys = new HashSet<>(stances.stream().map(GoldStance::key).toList());
      for (int i = 0; i < contested.size(); i++) {
        if (!keys.contains(contested.get(i))) {
          throw error(contestedLines.get(i), "contested key " + contested.get(i) + " has no stance line in this file");
        }
      }
      return new GoldFile(file, article, articleText, publisher, relays == null ? List.of() : relays,
          List.copyOf(stances), List.copyOf(contested));
    }

    private void entry(String keyword, String rest) {
      switch (keyword) {
        case "article" -> {
          if (article != null) throw error(line, "second `article` line (the first is line " + articleLine + ")");
          article = locate(single(keyword, rest));
          articleLine = line;
        }
        case "publisher" -> {
          if (!publisher.isEmpty()) throw error(line, "second `publisher` line");
          publisher = single(keyword, rest);
        }
        case "relays" -> {
          if (relays != null) throw error(line, "second `relays` line");
          relays = List.of(fields(keyword, rest));
          if (relays.size() > 10) throw error(line, "more than 10 relays");
        }
        case "stance" -> stances.add(stance(rest));
        case "contested" -> {
          String key = single(keyword, rest);
          if (!KEY.matcher(key).matches()) throw error(line, "claim key \"" + key + "\" contains spaces");
          contested.add(key);
          contestedLines.add(line);
        }
        default -> throw error(line, "unknown keyword `" + keyword
            + "`; expected article, publisher, relays, stance or contested");
      }
    }

    private GoldStance stance(String rest) {
      String[] f = FIELD_SEPARATOR.split(rest, 4);
      if (f.length < 4 || f[3].isBlank()) {
        throw error(line, "a stance needs 4 fields separated by \" | \" (actor | KIND | claim-key | evidence), found "
            + (f.length < 4 ? f.length : 3));
      }
      List<String> actors = List.of(ALTERNATIVE_SEPARATOR.split(f[0].strip()));
      if (actors.stream().anyMatch(String::isBlank)) throw error(line, "empty actor name in \"" + f[0] + "\"");
      if (!KINDS.contains(f[1])) throw error(line, "unknown stance kind " + f[1] + "; expected one of " + KINDS);
      if (!KEY.matcher(f[2]).matches()) throw error(line, "claim key \"" + f[2] + "\" contains spaces");
      return new GoldStance(line, actors, StanceKind.valueOf("STANCE_KIND_" + f[1]), f[2], f[3].strip());
    }

    private String single(String keyword, String rest) {
      String[] f = fields(keyword, rest);
      if (f.length != 1) throw error(line, "`" + keyword + "` takes one value, found " + f.length);
      return f[0];
    }

    private String[] fields(String keyword, String rest) {
      String[] f = FIELD_SEPARATOR.split(rest.strip());
      for (String v : f) if (v.isBlank()) throw error(line, "`" + keyword + "` needs a value");
      return f;
    }

    private Path locate(String name) {
      Path nearGold = file.toAbsolutePath().getParent().resolve(name);
      if (Files.isRegularFile(nearGold)) return nearGold;
      Path fromRoot = repoRoot.resolve(name);
      if (Files.isRegularFile(fromRoot)) return fromRoot;
      throw error(line, "article " + name + " not found (looked for " + nearGold + " and " + fromRoot + ")");
    }

    private String readArticle() throws IOException {
      try {
        return Files.readString(article, StandardCharsets.UTF_8);
      } catch (CharacterCodingException e) {
        throw error(articleLine, "article " + article + " is not UTF-8 text");
      }
    }

    private IllegalArgumentException error(int at, String message) {
      return new IllegalArgumentException(file + ":" + at + ": " + message);
    }
  }
}
