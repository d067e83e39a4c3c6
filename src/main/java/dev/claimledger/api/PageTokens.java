package dev.claimledger.api;

import com.google.protobuf.Message;
import dev.claimledger.domain.LedgerError;
import dev.claimledger.store.PageRequest;
import java.nio.ByteBuffer;
import java.security.GeneralSecurityException;
import java.security.MessageDigest;
import java.util.Arrays;
import java.util.Base64;
import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;

/**
 * Opaque page tokens (AIP-158). A token carries the store's keyset position and a fingerprint of
 * the request it continues (every field but page_size and page_token), signed with the
 * database's key: a token used with other filters, or altered, is rejected as INVALID_PAGE_TOKEN.
 */
public final class PageTokens {
  private static final byte VERSION = 1;
  private static final int FINGERPRINT_BYTES = 8;
  private static final int MAC_BYTES = 16;

  private final SecretKeySpec key;

  public PageTokens(byte[] key) {
    this.key = new SecretKeySpec(key.clone(), "HmacSHA256");
  }

  /** Decodes the page a request asks for; {@code request} is the request with its token and size. */
  public PageRequest pageOf(Message request, String token, int pageSize) {
    if (token.isEmpty()) return PageRequest.first(pageSize);
    return new PageRequest(pageSize, decode(token, fingerprint(request)));
  }

  /** The token for the page after {@code next}, or "" when there is none. */
  public String tokenAfter(Message request, long[] next) {
    if (next == null) return "";
    ByteBuffer b = ByteBuffer.allocate(1 + FINGERPRINT_BYTES + 1 + 8 * next.length + MAC_BYTES);
    b.put(VERSION).put(fingerprint(request)).put((byte) next.length);
    for (long k : next) b.putLong(k);
    b.put(mac(b.array(), b.position()));
    return Base64.getUrlEncoder().withoutPadding().encodeToString(b.array());
  }

  private long[] decode(String token, byte[] expectedFingerprint) {
    byte[] raw;
    try {
      raw = Base64.getUrlDecoder().decode(token);
    } catch (IllegalArgumentException e) {
      throw invalid("is not a page token this service issued");
    }
    if (raw.length < 1 + FINGERPRINT_BYTES + 1 + MAC_BYTES || raw[0] != VERSION) {
      throw invalid("is not a page token this service issued");
    }
    int body = raw.length - MAC_BYTES;
    if (!MessageDigest.isEqual(mac(raw, body), Arrays.copyOfRange(raw, body, raw.length))) {
      throw invalid("is not a page token this service issued");
    }
    ByteBuffer b = ByteBuffer.wrap(raw, 0, body);
    b.get();
    byte[] fp = new byte[FINGERPRINT_BYTES];
    b.get(fp);
    if (!Arrays.equals(fp, expectedFingerprint)) {
      throw invalid("was issued for a request with other parameters; send the same filter and options");
    }
    int n = b.get();
    if (n < 0 || b.remaining() != 8 * n) throw invalid("is not a page token this service issued");
    long[] keys = new long[n];
    for (int i = 0; i < n; i++) keys[i] = b.getLong();
    return keys;
  }

  private static LedgerError invalid(String description) {
    return LedgerError.invalidField("INVALID_PAGE_TOKEN", "page_token", description);
  }

  /** The request's type and every field but page_size and page_token, hashed. */
  private static byte[] fingerprint(Message request) {
    Message.Builder b = request.toBuilder();
    var fields = request.getDescriptorForType();
    for (String name : new String[] {"page_size", "page_token"}) {
      var f = fields.findFieldByName(name);
      if (f != null) b.clearField(f);
    }
    try {
      MessageDigest sha = MessageDigest.getInstance("SHA-256");
      sha.update(request.getDescriptorForType().getFullName().getBytes(java.nio.charset.StandardCharsets.UTF_8));
      sha.update(b.build().toByteArray());
      return Arrays.copyOf(sha.digest(), FINGERPRINT_BYTES);
    } catch (GeneralSecurityException e) {
      throw new IllegalStateException(e);
    }
  }

  private byte[] mac(byte[] data, int length) {
    try {
      Mac mac = Mac.getInstance("HmacSHA256");
      mac.init(key);
      mac.update(data, 0, length);
      return Arrays.copyOf(mac.doFinal(), MAC_BYTES);
    } catch (GeneralSecurityException e) {
      throw new IllegalStateException(e);
    }
  }
}
