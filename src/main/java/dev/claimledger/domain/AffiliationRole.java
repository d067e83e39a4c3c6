package dev.claimledger.domain;

/**
 * How a member relates to an organization. Roles that "speak for" the organization make the
 * member's stances count for it when a caller asks for roll-up; membership and employment do not
 * (an analyst does not speak for her university, nor a state for its coalition).
 */
public enum AffiliationRole {
  SPOKESPERSON(1, true),
  OFFICIAL(2, true),
  LEADER(3, true),
  PART_OF(4, true),
  STATE_MEDIA(5, true),
  MEMBER(6, false),
  EMPLOYEE(7, false);

  public final int number;
  public final boolean speaksFor;

  AffiliationRole(int number, boolean speaksFor) {
    this.number = number;
    this.speaksFor = speaksFor;
  }

  public static AffiliationRole ofNumber(int number) {
    for (AffiliationRole r : values()) {
      if (r.number == number) return r;
    }
    throw new IllegalArgumentException("unknown affiliation role " + number);
  }
}
