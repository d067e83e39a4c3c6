package dev.claimledger.domain;

import java.util.regex.Pattern;

/** The rule for user-chosen resource IDs (AIP-122): what follows the collection in a name. */
public final class ResourceIds {
  private ResourceIds() {}

  private static final Pattern ID = Pattern.compile("[a-z]([a-z0-9-]{0,61}[a-z0-9])?");

  public static final String RULE =
      "must be 1 to 63 characters of lowercase letters, digits and hyphens, start with a letter and not end with a hyphen";

  public static boolean valid(String id) {
    return ID.matcher(id).matches();
  }
}
