package dev.claimledger.domain;

import java.nio.ByteBuffer;
import java.util.Arrays;
import java.util.Locale;

/**
 * Tells reprints from independent articles: a MinHash signature of each text's five-word
 * shingles estimates how much of their wording two texts share (Jaccard similarity). A wire story
 * reprinted with a new headline or a trimmed last paragraph keeps most of its shingles; two
 * reporters' accounts of one event share almost none, even where they quote the same words.
 */
public final class NearCopies {
  private NearCopies() {}

  /** Hashes per signature: the estimate's standard error is about 1/sqrt(64) = 0.125 at worst, far less near 0 or 1. */
  public static final int HASHES = 64;
  /** The estimated share of shingles above which two texts are one text, reprinted or lightly edited. */
  public static final double THRESHOLD = 0.5;
  private static final int SHINGLE = 5;

  /** The signature of {@code text}: {@link #HASHES} longs, as bytes for storage. */
  public static byte[] signature(String text) {
    long[] min = new long[HASHES];
    Arrays.fill(min, Long.MAX_VALUE);
    long[] window = new long[SHINGLE];
    int words = 0;
    for (String w : text.toLowerCase(Locale.ROOT).split("[^\\p{L}\\p{N}]+")) {
      if (w.isEmpty()) continue;
      window[words % SHINGLE] = w.hashCode() * 0x9E3779B97F4A7C15L;
      words++;
      if (words >= SHINGLE) add(min, shingle(window, words));
    }
    // A text shorter than one shingle is its own one shingle.
    if (words > 0 && words < SHINGLE) add(min, shingle(window, words));
    ByteBuffer b = ByteBuffer.allocate(HASHES * Long.BYTES);
    for (long m : min) b.putLong(m);
    return b.array();
  }

  /** The estimated Jaccard similarity of the texts behind two signatures, 0 to 1. */
  public static double similarity(byte[] a, byte[] b) {
    if (a.length != b.length || a.length != HASHES * Long.BYTES) return 0;
    ByteBuffer x = ByteBuffer.wrap(a);
    ByteBuffer y = ByteBuffer.wrap(b);
    int same = 0;
    int empty = 0;
    for (int i = 0; i < HASHES; i++) {
      long p = x.getLong();
      long q = y.getLong();
      if (p == Long.MAX_VALUE && q == Long.MAX_VALUE) empty++;
      else if (p == q) same++;
    }
    return empty == HASHES ? 0 : (double) same / HASHES;
  }

  /** The shingle ending at word {@code words - 1}, hashed in word order. */
  private static long shingle(long[] window, int words) {
    long h = 17;
    int n = Math.min(words, SHINGLE);
    for (int k = n; k >= 1; k--) h = h * 31 + window[(words - k) % SHINGLE];
    return h;
  }

  private static void add(long[] min, long shingle) {
    for (int i = 0; i < HASHES; i++) {
      // One cheap mixing function per slot (an odd multiplier and a xor-shift) stands in for 64 hash functions.
      long h = (shingle ^ SEEDS[i]) * 0xBF58476D1CE4E5B9L;
      h ^= h >>> 31;
      if (h < min[i]) min[i] = h;
    }
  }

  private static final long[] SEEDS = new long[HASHES];

  static {
    long s = 0x2545F4914F6CDD1DL;
    for (int i = 0; i < HASHES; i++) {
      s ^= s << 13;
      s ^= s >>> 7;
      s ^= s << 17;
      SEEDS[i] = s;
    }
  }
}
