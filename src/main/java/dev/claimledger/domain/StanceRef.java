package dev.claimledger.domain;

/** Identifies a stance: its claim's id and its own id. */
public record StanceRef(String claimId, String stanceId) {

  /** The resource name, {@code claims/{claim}/stances/{stance}}. */
  public String name() {
    return "claims/" + claimId + "/stances/" + stanceId;
  }
}
