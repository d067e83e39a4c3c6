package dev.claimledger.api;

import static org.junit.jupiter.api.Assertions.*;

import dev.claimledger.domain.LedgerError;
import dev.claimledger.v1.ListStancesRequest;
import org.junit.jupiter.api.Test;

class PageTokensTest {
  private final PageTokens tokens = new PageTokens(new byte[32]);
  private final ListStancesRequest request = ListStancesRequest.newBuilder().setParent("claims/-")
      .setFilter("kind = DENIES").setPageSize(3).build();

  @Test
  void roundTrip_sameRequest_givesThePosition() {
    String token = tokens.tokenAfter(request, new long[] {42, 7});
    var page = tokens.pageOf(request.toBuilder().setPageSize(10).setPageToken(token).build(), token, 10);
    assertArrayEquals(new long[] {42, 7}, page.after());
    assertEquals(10, page.size());
  }

  @Test
  void noNext_emptyToken() {
    assertEquals("", tokens.tokenAfter(request, null));
  }

  @Test
  void otherFilter_rejected() {
    String token = tokens.tokenAfter(request, new long[] {42});
    var other = request.toBuilder().setFilter("kind = ASSERTS").build();
    assertEquals("INVALID_PAGE_TOKEN", assertThrows(LedgerError.class, () -> tokens.pageOf(other, token, 3)).reason());
  }

  @Test
  void forgedOrTampered_rejected() {
    String token = tokens.tokenAfter(request, new long[] {42});
    char last = token.charAt(5);
    String tampered = token.substring(0, 5) + (last == 'A' ? 'B' : 'A') + token.substring(6);
    for (String bad : new String[] {"abc", "!!!", tampered, token + "AA"}) {
      assertEquals("INVALID_PAGE_TOKEN", assertThrows(LedgerError.class, () -> tokens.pageOf(request, bad, 3)).reason(), bad);
    }
  }

  @Test
  void tokenFromAnotherDatabase_rejected() {
    String token = new PageTokens(new byte[] {1, 2, 3}).tokenAfter(request, new long[] {42});
    assertThrows(LedgerError.class, () -> tokens.pageOf(request, token, 3));
  }
}
