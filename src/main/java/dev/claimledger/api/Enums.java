package dev.claimledger.api;

import com.google.protobuf.ProtocolMessageEnum;
import dev.claimledger.domain.LedgerError;

/** Checks required enum fields: 0 (UNSPECIFIED) is missing, an unknown number is invalid. */
final class Enums {
  private Enums() {}

  /** Returns the number when valid, or adds a violation and returns 0. */
  static int required(int number, ProtocolMessageEnum value, String field, LedgerError.Violations v) {
    if (number == 0) {
      v.add(field, "is required");
      return 0;
    }
    if (value == null || "UNRECOGNIZED".equals(((Enum<?>) value).name())) {
      v.add(field, "has no value " + number);
      return 0;
    }
    return number;
  }
}
