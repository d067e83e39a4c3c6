package dev.claimledger.domain;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Groups the reports that support a claim by origin: where the claim entered the record. A claim's
 * corroboration counts origins, not articles.
 *
 * <ul>
 *   <li>A named speaker is one origin together with everyone it speaks for: Zakharova (spokeswoman
 *       of the Russian Foreign Ministry, part of Russia) and Lavrov (an official of Russia) are one
 *       origin, Russia, in however many articles they are quoted.
 *   <li>Unnamed speakers ("officials", "people familiar with the matter") and an outlet's own
 *       reporting count by the outlet that reported them, the furthest upstream one the article
 *       names: three reprints of a Reuters story (each relaying Reuters) are one origin, Reuters.
 *   <li>Near-copies (see {@link NearCopies}) are one text: what they attribute to unnamed speakers
 *       or to their own reporting is one origin, whoever published them.
 *   <li>An unnamed speaker in an article with no publisher and no relay has an unknown origin; it
 *       is shown, never counted as independent (it may be a copy of anything).
 * </ul>
 */
public final class Origins {
  private Origins() {}

  /**
   * One supporting stance and what is known of its report.
   *
   * @param stance the stance's name
   * @param speaker the speaker's actor id (after merges)
   * @param named false for an unnamed group
   * @param speaksFor the actors the speaker speaks for, transitively, nearest first
   * @param source the source's id
   * @param outlets the outlets from the reader's end: publisher, then relays, the origin's end last
   * @param signature the source text's {@link NearCopies} signature
   */
  public record Report(String stance, String speaker, boolean named, List<String> speaksFor, String source,
      List<String> outlets, long[] signature) {

    /** Whether the speaker is unnamed or is the outlet reporting on its own account. */
    boolean reportedByOutlet() {
      return !named || (!outlets.isEmpty() && outlets.get(outlets.size() - 1).equals(speaker));
    }

    String upstream() {
      return outlets.isEmpty() ? null : outlets.get(outlets.size() - 1);
    }
  }

  /**
   * One origin: the actor it is traced to (null when unknown), its stances and sources in the
   * order given, and why reports of different speakers or sources were joined.
   */
  public record Origin(String actor, boolean known, List<String> stances, List<String> sources, List<String> joinedBecause) {}

  /** Groups {@code reports} (oldest first); known origins first, each list in order of first report. */
  public static List<Origin> of(List<Report> reports) {
    UnionFind u = new UnionFind();
    for (Report r : reports) {
      String node = "stance:" + r.stance();
      u.add(node);
      if (r.named() && !r.reportedByOutlet()) {
        u.join(node, "actor:" + r.speaker(), null);
        String before = r.speaker();
        for (String org : r.speaksFor()) {
          u.join("actor:" + before, "actor:" + org, "actors/" + before + " speaks for actors/" + org);
          before = org;
        }
      } else if (r.upstream() != null) {
        u.join(node, "actor:" + r.upstream(), null);
      }
    }
    joinNearCopies(reports, u);
    joinSameOutlet(reports, u);

    Map<String, List<Report>> groups = new LinkedHashMap<>();
    for (Report r : reports) groups.computeIfAbsent(u.find("stance:" + r.stance()), k -> new ArrayList<>()).add(r);
    List<Origin> known = new ArrayList<>();
    List<Origin> unknown = new ArrayList<>();
    for (var e : groups.entrySet()) {
      List<Report> g = e.getValue();
      String actor = originActor(g.get(0));
      Set<String> stances = new LinkedHashSet<>();
      Set<String> sources = new LinkedHashSet<>();
      Set<String> speakers = new LinkedHashSet<>();
      for (Report r : g) {
        stances.add(r.stance());
        sources.add(r.source());
        speakers.add(r.speaker());
      }
      // A chain of one speaker, or one source, joined nothing worth explaining.
      List<String> why = u.reasons(e.getKey()).stream()
          .filter(w -> w.startsWith("actors/") ? speakers.size() > 1 : sources.size() > 1).toList();
      if (actor == null) unknown.add(new Origin(null, false, List.copyOf(stances), List.copyOf(sources), why));
      else known.add(new Origin(actor, true, List.copyOf(stances), List.copyOf(sources), why));
    }
    known.addAll(unknown);
    return known;
  }

  /** The actor a report's origin is named after: the top of its speaker's chain, or its upstream outlet. */
  private static String originActor(Report r) {
    if (r.named() && !r.reportedByOutlet()) return r.speaksFor().isEmpty() ? r.speaker() : r.speaksFor().get(r.speaksFor().size() - 1);
    return r.upstream();
  }

  /**
   * Near-copies are one text: what they attribute to the same unnamed speaker, or to their own
   * reporting, is one origin. Reports of one article through different upstream outlets stay
   * apart; a near-copy joins each report only with the copy's reports of the same speaker (or, when
   * an article has a single such report, with the copy's).
   */
  private static void joinNearCopies(List<Report> reports, UnionFind u) {
    Map<String, List<Report>> bySource = new LinkedHashMap<>();
    for (Report r : reports) {
      if (r.reportedByOutlet() && r.signature() != null) bySource.computeIfAbsent(r.source(), k -> new ArrayList<>()).add(r);
    }
    List<String> sources = List.copyOf(bySource.keySet());
    // Sources already one origin (one upstream outlet) need no comparing: the usual case of a hot claim.
    if (bySource.values().stream().flatMap(List::stream).map(r -> u.find("stance:" + r.stance())).distinct().count() < 2) {
      return;
    }
    List<long[]> signatures = sources.stream().map(src -> bySource.get(src).get(0).signature()).toList();
    for (NearCopies.Pair p : NearCopies.pairs(signatures)) {
      List<Report> first = bySource.get(sources.get(p.first()));
      List<Report> second = bySource.get(sources.get(p.second()));
      String why = "sources/" + sources.get(p.second()) + " is a near-copy of sources/" + sources.get(p.first())
          + String.format(" (%.2f)", p.similarity());
      for (Report a : first) {
        for (Report b : second) {
          if (a.speaker().equals(b.speaker()) || first.size() == 1 || second.size() == 1) {
            u.join("stance:" + a.stance(), "stance:" + b.stance(), why);
          }
        }
      }
    }
  }

  /** Explains joins of different sources through one upstream outlet ("both relay Reuters"). */
  private static void joinSameOutlet(List<Report> reports, UnionFind u) {
    Map<String, String> firstSourceByOutlet = new HashMap<>();
    for (Report r : reports) {
      if (!r.reportedByOutlet() || r.upstream() == null) continue;
      String first = firstSourceByOutlet.putIfAbsent(r.upstream(), r.source());
      if (first != null && !first.equals(r.source())) {
        u.note("actor:" + r.upstream(), "sources/" + first + " and sources/" + r.source() + " both trace to actors/" + r.upstream());
      }
    }
  }

  /** Union-find over string nodes that remembers why sets were joined. */
  private static final class UnionFind {
    private final Map<String, String> parent = new HashMap<>();
    private final Map<String, List<String>> reasons = new HashMap<>();

    void add(String n) {
      parent.putIfAbsent(n, n);
    }

    private final Map<String, Integer> size = new HashMap<>();

    /** The set's root, found without recursion (a claim may have thousands of reports), paths halved on the way. */
    String find(String n) {
      add(n);
      String at = n;
      while (true) {
        String p = parent.get(at);
        if (p.equals(at)) return at;
        String gp = parent.get(p);
        parent.put(at, gp);
        at = gp;
      }
    }

    void join(String a, String b, String reason) {
      String ra = find(a);
      String rb = find(b);
      if (ra.equals(rb)) return;
      // The smaller set goes under the larger, so paths stay short.
      if (size.getOrDefault(ra, 1) < size.getOrDefault(rb, 1)) {
        String t = ra;
        ra = rb;
        rb = t;
      }
      parent.put(rb, ra);
      size.put(ra, size.getOrDefault(ra, 1) + size.getOrDefault(rb, 1));
      List<String> merged = new ArrayList<>(reasons.getOrDefault(ra, List.of()));
      merged.addAll(reasons.getOrDefault(rb, List.of()));
      reasons.remove(rb);
      reasons.put(ra, merged);
      if (reason != null) note(ra, reason);
    }

    /** Records a reason on the set of {@code n}, whether or not a join happens now. */
    void note(String n, String reason) {
      List<String> list = reasons.computeIfAbsent(find(n), k -> new ArrayList<>());
      if (!list.contains(reason)) list.add(reason);
    }

    List<String> reasons(String root) {
      return List.copyOf(reasons.getOrDefault(find(root), List.of()));
    }
  }
}
