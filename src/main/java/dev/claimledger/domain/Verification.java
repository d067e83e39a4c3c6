package dev.claimledger.domain;

import java.util.List;

/**
 * A claim's verification state and why. The latest review decides when there is one; otherwise
 * the stances do: denied by one actor and supported by another is contested; else two or more
 * independent origins corroborate, one is a single origin, and none (or only origins whose
 * provenance is unknown) leaves the claim unverified.
 */
public record Verification(State state, String explanation, List<Origins.Origin> origins, int independentOrigins,
    int unknownOrigins, Review decidingReview) {

  public enum State {
    UNVERIFIED(1), SINGLE_ORIGIN(2), CORROBORATED(3), CONTESTED(4), CONFIRMED(5), REFUTED(6), MIXED(7), UNPROVEN(8);

    public final int number;

    State(int number) {
      this.number = number;
    }

    public static State ofNumber(int number) {
      for (State s : values()) {
        if (s.number == number) return s;
      }
      throw new IllegalArgumentException("unknown verification state " + number);
    }
  }

  /**
   * Computes the state.
   *
   * @param contested whether one actor supports the claim and another denies it
   * @param origins the supporting stances' origins ({@link Origins#of})
   * @param latestReview the latest review of the claim, or null
   * @param names display names of the origins' actors, by id
   */
  public static Verification of(boolean contested, int denyingActors, List<Origins.Origin> origins, Review latestReview,
      java.util.Map<String, String> names) {
    List<Origins.Origin> known = origins.stream().filter(Origins.Origin::known).toList();
    int unknown = origins.size() - known.size();
    String who = String.join(", ", known.stream().map(o -> names.getOrDefault(o.actor(), o.actor())).toList());
    String evidence = switch (known.size()) {
      case 0 -> unknown == 0 ? "no stance supports it" : "supported only by " + plural(unknown, "report") + " of unknown origin";
      case 1 -> "supported by 1 origin: " + who;
      default -> "supported by " + known.size() + " independent origins: " + who;
    };
    if (unknown > 0 && !known.isEmpty()) evidence += "; " + plural(unknown, "origin") + " unknown";
    if (denyingActors > 0) evidence += "; denied by " + plural(denyingActors, "actor");
    State state;
    String explanation;
    if (latestReview != null) {
      state = switch (latestReview.rating()) {
        case TRUE, MOSTLY_TRUE -> State.CONFIRMED;
        case FALSE, MOSTLY_FALSE -> State.REFUTED;
        case MIXED -> State.MIXED;
        case UNPROVEN -> State.UNPROVEN;
      };
      explanation = "Rated " + latestReview.rating().label.toLowerCase(java.util.Locale.ROOT) + " by "
          + latestReview.reviewer() + " (review " + latestReview.id() + "); " + evidence + ".";
    } else if (contested) {
      state = State.CONTESTED;
      explanation = "Contested: " + evidence + ".";
    } else if (known.size() >= 2) {
      state = State.CORROBORATED;
      explanation = "Corroborated: " + evidence + ".";
    } else if (known.size() == 1) {
      state = State.SINGLE_ORIGIN;
      explanation = "Single origin: " + evidence + ".";
    } else {
      state = State.UNVERIFIED;
      explanation = "Unverified: " + evidence + ".";
    }
    return new Verification(state, explanation, origins, known.size(), unknown, latestReview);
  }

  private static String plural(int n, String word) {
    return n + " " + word + (n == 1 ? "" : "s");
  }
}
