package dev.claimledger.domain;

/** What kind of speaker an actor is. Numbers match the proto enum. */
public enum ActorKind {
  PERSON(1), ORGANIZATION(2), STATE(3), COALITION(4), MEDIA_OUTLET(5), UNNAMED_GROUP(6);

  public final int number;

  ActorKind(int number) {
    this.number = number;
  }

  public static ActorKind ofNumber(int number) {
    for (ActorKind k : values()) {
      if (k.number == number) return k;
    }
    throw new IllegalArgumentException("unknown actor kind " + number);
  }
}
