package dev.claimledger.extract;

import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The seed file format: an optional first line {@code date YYYY-MM-DD Title}, then the body. The
 * header line and the blank lines after it are not part of the body.
 */
public record ArticleHeader(Instant date, String title, String body) {

  private static final Pattern HEADER = Pattern.compile("\\s*date (\\d{4}-\\d{2}-\\d{2})\\s+(.*?)\\s*");
  private static final Pattern LEADING_BLANK_LINES = Pattern.compile("\\A(?:[ \\t]*\\r?\\n)+");

  /** Splits a header off {@code content}; date and title are null when it has none (or a bad date). */
  public static ArticleHeader parse(String content) {
    int newline = content.indexOf('\n');
    Matcher m = HEADER.matcher(newline < 0 ? content : content.substring(0, newline));
    if (!m.matches()) return new ArticleHeader(null, null, content);
    Instant date;
    try {
      date = LocalDate.parse(m.group(1)).atStartOfDay(ZoneOffset.UTC).toInstant();
    } catch (java.time.format.DateTimeParseException e) {
      return new ArticleHeader(null, null, content);
    }
    String body = newline < 0 ? "" : content.substring(newline + 1);
    return new ArticleHeader(date, m.group(2), LEADING_BLANK_LINES.matcher(body).replaceFirst(""));
  }
}
