package dev.claimledger.domain;

import java.util.function.Supplier;

/**
 * Who makes the current request, for the audit record of every change it writes: set by the
 * server for the duration of each call from the caller's {@code x-claimledger-principal} header,
 * carried along by code that hands a call's work to another thread.
 */
public final class Principal {
  private Principal() {}

  /** The principal of a call that names none. */
  public static final String ANONYMOUS = "anonymous";
  /** The principal of the server's own changes (contradictions it detects beside the writes). */
  public static final String SERVER = "claimledger";
  /** The principal of the seed bundle a new database is loaded with. */
  public static final String SEED = "claimledger-seed";

  private static final ThreadLocal<String> CURRENT = new ThreadLocal<>();

  public static String current() {
    String p = CURRENT.get();
    return p == null ? ANONYMOUS : p;
  }

  /** Runs {@code work} as {@code principal}, restoring the thread's principal after. */
  public static <T> T as(String principal, Supplier<T> work) {
    String before = CURRENT.get();
    CURRENT.set(principal);
    try {
      return work.get();
    } finally {
      if (before == null) CURRENT.remove();
      else CURRENT.set(before);
    }
  }
}
