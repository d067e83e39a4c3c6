package dev.claimledger.domain;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * A failure the caller can act on: a category (mapped to a gRPC code by the API layer), a stable
 * machine-readable reason, details for the ErrorInfo metadata and, for bad input, field violations.
 * Messages never carry SQL or stack traces.
 */
public final class LedgerError extends RuntimeException {

  /** The categories, one per gRPC status code the service returns for a known cause. */
  public enum Category { INVALID_ARGUMENT, NOT_FOUND, ALREADY_EXISTS, FAILED_PRECONDITION, OUT_OF_RANGE, UNAVAILABLE }

  /** A bad field: its path in the request (e.g. {@code claim.text}) and what is wrong. */
  public record FieldViolation(String field, String description) {}

  private final Category category;
  private final String reason;
  private final Map<String, String> metadata;
  private final List<FieldViolation> violations;

  private LedgerError(Category category, String reason, String message, Map<String, String> metadata,
      List<FieldViolation> violations) {
    super(message, null, false, false);
    this.category = category;
    this.reason = reason;
    this.metadata = Map.copyOf(metadata);
    this.violations = List.copyOf(violations);
  }

  public static LedgerError invalid(String reason, List<FieldViolation> violations) {
    String message = String.join("; ", violations.stream().map(v -> v.field() + " " + v.description()).toList());
    return new LedgerError(Category.INVALID_ARGUMENT, reason, message, Map.of(), violations);
  }

  public static LedgerError invalidField(String reason, String field, String description) {
    return invalid(reason, List.of(new FieldViolation(field, description)));
  }

  /** NOT_FOUND for a resource by name; reason like {@code CLAIM_NOT_FOUND}. */
  public static LedgerError notFound(String reason, String resourceName) {
    return new LedgerError(Category.NOT_FOUND, reason, resourceName + " does not exist",
        Map.of("resource", resourceName), List.of());
  }

  public static LedgerError alreadyExists(String reason, String message, Map<String, String> metadata) {
    return new LedgerError(Category.ALREADY_EXISTS, reason, message, metadata, List.of());
  }

  public static LedgerError failedPrecondition(String reason, String message, Map<String, String> metadata) {
    return new LedgerError(Category.FAILED_PRECONDITION, reason, message, metadata, List.of());
  }

  public static LedgerError outOfRange(String reason, String message, Map<String, String> metadata) {
    return new LedgerError(Category.OUT_OF_RANGE, reason, message, metadata, List.of());
  }

  public static LedgerError unavailable(String reason, String message) {
    return new LedgerError(Category.UNAVAILABLE, reason, message, Map.of(), List.of());
  }

  public Category category() {
    return category;
  }

  public String reason() {
    return reason;
  }

  public Map<String, String> metadata() {
    return metadata;
  }

  public List<FieldViolation> violations() {
    return violations;
  }

  /** Collects field violations so one response can name every bad field. */
  public static final class Violations {
    private final List<FieldViolation> list = new ArrayList<>();
    private final Map<String, String> seen = new LinkedHashMap<>();

    public Violations add(String field, String description) {
      if (seen.putIfAbsent(field, description) == null) list.add(new FieldViolation(field, description));
      return this;
    }

    public boolean isEmpty() {
      return list.isEmpty();
    }

    public int size() {
      return list.size();
    }

    /** Throws INVALID_ARGUMENT with the given reason when any violation was added. */
    public void throwIfAny(String reason) {
      if (!list.isEmpty()) throw invalid(reason, list);
    }
  }
}
