package dev.claimledger.api;

import com.google.protobuf.Any;
import com.google.rpc.BadRequest;
import com.google.rpc.Code;
import com.google.rpc.ErrorInfo;
import com.google.rpc.Status;
import dev.claimledger.domain.LedgerError;
import io.grpc.StatusRuntimeException;
import io.grpc.protobuf.StatusProto;
import java.util.logging.Level;
import java.util.logging.Logger;

/**
 * Turns failures into AIP-193 errors: a google.rpc.Status with an ErrorInfo (reason, domain,
 * metadata) and, for bad input, one BadRequest listing every field violation. An unexpected
 * failure becomes INTERNAL with reason INTERNAL: logged here, never shown to the caller.
 */
public final class ApiErrors {
  private ApiErrors() {}

  /** The ErrorInfo domain of every error this service returns. */
  public static final String DOMAIN = "claimledger.dev";

  private static final Logger LOG = Logger.getLogger(ApiErrors.class.getName());

  public static StatusRuntimeException toStatus(Throwable t) {
    if (t instanceof StatusRuntimeException sre) return sre;
    if (t instanceof LedgerError e) return fromLedgerError(e);
    LOG.log(Level.SEVERE, "unexpected failure", t);
    return build(Code.INTERNAL, "INTERNAL", "internal error; the request may be retried", ErrorInfo.newBuilder(), null);
  }

  private static StatusRuntimeException fromLedgerError(LedgerError e) {
    Code code = switch (e.category()) {
      case INVALID_ARGUMENT -> Code.INVALID_ARGUMENT;
      case NOT_FOUND -> Code.NOT_FOUND;
      case ALREADY_EXISTS -> Code.ALREADY_EXISTS;
      case FAILED_PRECONDITION -> Code.FAILED_PRECONDITION;
      case OUT_OF_RANGE -> Code.OUT_OF_RANGE;
      case UNAVAILABLE -> Code.UNAVAILABLE;
    };
    BadRequest badRequest = null;
    if (!e.violations().isEmpty()) {
      BadRequest.Builder b = BadRequest.newBuilder();
      for (LedgerError.FieldViolation v : e.violations()) {
        b.addFieldViolationsBuilder().setField(v.field()).setDescription(v.description());
      }
      badRequest = b.build();
    }
    return build(code, e.reason(), e.getMessage(), ErrorInfo.newBuilder().putAllMetadata(e.metadata()), badRequest);
  }

  private static StatusRuntimeException build(Code code, String reason, String message, ErrorInfo.Builder info,
      BadRequest badRequest) {
    Status.Builder status = Status.newBuilder().setCode(code.getNumber()).setMessage(message)
        .addDetails(Any.pack(info.setReason(reason).setDomain(DOMAIN).build()));
    if (badRequest != null) status.addDetails(Any.pack(badRequest));
    return StatusProto.toStatusRuntimeException(status.build());
  }
}
