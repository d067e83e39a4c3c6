package dev.claimledger.domain;

/** One news event told three ways, for tests of near-copies and origins: a wire story, a reprint of it, and another reporter's account. */
public final class SpillTexts {
  private SpillTexts() {}

  public static final String WIRE = """
      HARBOR CITY (Reuters) - The Calder water utility said on Tuesday that untreated sewage had flowed into the \
      Brenna river for six hours after a pump failed at its eastern plant, and that it had warned residents \
      downstream not to swim. The utility's chief engineer, Mara Holt, said the failure was caused by a power \
      surge during Monday's storm and that the pump had been repaired overnight. Environmental groups said the \
      spill was the third this year and called for an independent inquiry into the utility's maintenance record. \
      The regional environment agency said it was taking samples at four points along the river.""";

  /** The same story reprinted: a new opening line, the last sentence cut, one word changed. */
  public static final String REPRINT = """
      Sewage spill closes Brenna river to swimmers. HARBOR CITY (Reuters) - The Calder water utility said on \
      Tuesday that untreated sewage had flowed into the Brenna river for six hours after a pump failed at its \
      eastern plant, and that it had warned residents downstream not to swim. The utility's chief engineer, Mara \
      Holt, said the failure was caused by a power surge during Monday's storm and that the pump had been fixed \
      overnight. Environmental groups said the spill was the third this year and called for an independent \
      inquiry into the utility's maintenance record.""";

  /** Another reporter's account of the same event, quoting the same engineer. */
  public static final String OTHER = """
      Swimmers were told to stay out of the Brenna on Tuesday after a broken pump at the Calder utility's eastern \
      plant let raw sewage into the river for most of Monday night. Mara Holt, the utility's chief engineer, blamed \
      a power surge during the storm. Campaigners pointed out that it was the river's third spill of the year, \
      and the environment agency said it had begun sampling the water.""";
}
