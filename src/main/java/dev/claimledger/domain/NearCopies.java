package dev.claimledger.domain;

import java.nio.ByteBuffer;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Tells reprints from independent articles: a MinHash signature of each text's five-word
 * shingles estimates how much of their wording two texts share (Jaccard similarity). A wire story
 * reprinted with a new headline or a trimmed last paragraph keeps most of its shingles; two
 * reporters' accounts of one event share almost none, even where they quote the same words.
 *
 * <p>The signature is one-permutation MinHash: each shingle's hash falls in one of 64 bins by its
 * top bits and each bin keeps its least hash, so a text costs one hash per shingle, not 64. Two
 * signatures agree in a bin about as often as the texts share shingles; bins empty in both (a text
 * of fewer than about 64 shingles) are left out of the estimate.
 */
public final class NearCopies {
  private NearCopies() {}

  /** Hashes per signature: the estimate's standard error is about 1/sqrt(64) = 0.125 at worst, far less near 0 or 1. */
  public static final int HASHES = 64;
  /** The estimated share of shingles above which two texts are one text, reprinted or lightly edited. */
  public static final double THRESHOLD = 0.5;
  private static final int SHINGLE = 5;
  /**
   * Candidate pairs are found by banding (locality-sensitive hashing) instead of comparing every
   * pair: signatures that agree on both hashes of any of 32 bands. Two texts at the threshold (0.5)
   * meet in some band with probability 1 - (1 - 0.5^2)^32 > 0.9999; unrelated texts (about 0.02)
   * with about 0.013, so a claim reported in a thousand articles costs a thousand look-ups, not half
   * a million comparisons.
   */
  private static final int ROWS_PER_BAND = 2;

  /** The signature of {@code text}: {@link #HASHES} bins (Long.MAX_VALUE where empty; all of them for a text with no word). */
  public static long[] signature(String text) {
    long[] min = new long[HASHES];
    java.util.Arrays.fill(min, Long.MAX_VALUE);
    long[] window = new long[SHINGLE];
    int words = 0;
    int i = 0;
    int n = text.length();
    while (i < n) {
      while (i < n && !Character.isLetterOrDigit(text.charAt(i))) i++;
      if (i >= n) break;
      long h = 1125899906842597L;
      while (i < n && Character.isLetterOrDigit(text.charAt(i))) {
        h = 31 * h + Character.toLowerCase(text.charAt(i));
        i++;
      }
      window[words % SHINGLE] = h * 0x9E3779B97F4A7C15L;
      words++;
      if (words >= SHINGLE) add(min, shingle(window, words));
    }
    // A text shorter than one shingle is its own one shingle.
    if (words > 0 && words < SHINGLE) add(min, shingle(window, words));
    return min;
  }

  /** A signature as stored. */
  public static byte[] bytes(long[] signature) {
    ByteBuffer b = ByteBuffer.allocate(signature.length * Long.BYTES);
    for (long m : signature) b.putLong(m);
    return b.array();
  }

  /** A stored signature; null for a malformed one. */
  public static long[] fromBytes(byte[] bytes) {
    if (bytes == null || bytes.length != HASHES * Long.BYTES) return null;
    long[] s = new long[HASHES];
    ByteBuffer.wrap(bytes).asLongBuffer().get(s);
    return s;
  }

  /** The estimated Jaccard similarity of the texts behind two signatures, 0 to 1. */
  public static double similarity(long[] a, long[] b) {
    if (a == null || b == null || a.length != HASHES || b.length != HASHES) return 0;
    int same = 0;
    int empty = 0;
    for (int i = 0; i < HASHES; i++) {
      if (a[i] == Long.MAX_VALUE && b[i] == Long.MAX_VALUE) empty++;
      else if (a[i] == b[i]) same++;
    }
    return empty == HASHES ? 0 : (double) same / (HASHES - empty);
  }

  /** A pair of near-copies among a list of signatures: indexes {@code first < second}, and their similarity. */
  public record Pair(int first, int second, double similarity) {}

  /** Every pair of near-copies among {@code signatures}, each once, in index order. */
  public static List<Pair> pairs(List<long[]> signatures) {
    Map<Long, List<Integer>> buckets = new HashMap<>();
    Set<Long> candidates = new LinkedHashSet<>();
    for (int i = 0; i < signatures.size(); i++) {
      long[] s = signatures.get(i);
      if (s == null || s.length != HASHES) continue;
      for (int band = 0; band < HASHES / ROWS_PER_BAND; band++) {
        long key = band;
        for (int r = 0; r < ROWS_PER_BAND; r++) key = key * 0x100000001B3L ^ s[band * ROWS_PER_BAND + r];
        List<Integer> bucket = buckets.computeIfAbsent(key, k -> new ArrayList<>());
        for (int j : bucket) candidates.add(((long) j << 32) | i);
        bucket.add(i);
      }
    }
    List<Pair> out = new ArrayList<>();
    for (long c : candidates) {
      int j = (int) (c >>> 32);
      int i = (int) c;
      double sim = similarity(signatures.get(j), signatures.get(i));
      if (sim >= THRESHOLD) out.add(new Pair(j, i, sim));
    }
    out.sort(java.util.Comparator.comparingInt(Pair::second).thenComparingInt(Pair::first));
    return out;
  }

  /** The shingle ending at word {@code words - 1}, hashed in word order. */
  private static long shingle(long[] window, int words) {
    long h = 17;
    int n = Math.min(words, SHINGLE);
    for (int k = n; k >= 1; k--) h = h * 31 + window[(words - k) % SHINGLE];
    return h;
  }

  /** Puts a shingle's hash in its bin (the top six bits), keeping the bin's least value. */
  private static void add(long[] min, long shingle) {
    long h = shingle * 0xBF58476D1CE4E5B9L;
    h ^= h >>> 31;
    h *= 0x94D049BB133111EBL;
    h ^= h >>> 29;
    int bin = (int) (h >>> 58);
    // The low bits rank the shingle within its bin; never Long.MAX_VALUE, which marks an empty bin.
    long rank = h & 0x03FFFFFFFFFFFFFFL;
    if (rank < min[bin]) min[bin] = rank;
  }
}
