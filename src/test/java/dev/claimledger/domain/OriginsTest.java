package dev.claimledger.domain;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.claimledger.domain.Origins.Origin;
import dev.claimledger.domain.Origins.Report;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

class OriginsTest {
  private static int n;

  /** A supporting stance in its own text unless {@code text} says otherwise. */
  private static Report report(String speaker, boolean named, List<String> speaksFor, String source, List<String> outlets,
      String text) {
    return new Report("claims/c/stances/s" + (++n), speaker, named, speaksFor, source, outlets, NearCopies.signature(text));
  }

  private static Report unnamed(String source, String text, String... outlets) {
    return report("officials", false, List.of(), source, List.of(outlets), text);
  }

  private static List<Origin> known(List<Origin> origins) {
    return origins.stream().filter(Origin::known).toList();
  }

  @Test
  void of_threeReprintsOfOneWireStory_areOneOrigin() {
    List<Report> r = List.of(
        unnamed("herald", SpillTexts.WIRE, "harbor-herald", "reuters"),
        unnamed("gazette", SpillTexts.REPRINT + " Gazette staff contributed.", "lakeside-gazette", "reuters"),
        unnamed("post", "A shortened version of the wire story.", "valley-post", "reuters"));
    List<Origin> o = Origins.of(r);
    assertEquals(1, o.size(), o.toString());
    assertEquals("reuters", o.get(0).actor());
    assertEquals(List.of("herald", "gazette", "post"), o.get(0).sources());
    assertTrue(o.get(0).joinedBecause().stream().anyMatch(w -> w.contains("trace to actors/reuters")), o.toString());
  }

  @Test
  void of_twoUnrelatedOutlets_areTwoOrigins() {
    List<Origin> o = Origins.of(List.of(
        unnamed("herald", SpillTexts.WIRE, "harbor-herald"),
        unnamed("coast", SpillTexts.OTHER, "coastline-news")));
    assertEquals(2, known(o).size(), o.toString());
    assertEquals(List.of("harbor-herald", "coastline-news"), o.stream().map(Origin::actor).toList());
  }

  @Test
  void of_nearCopiesWithoutADeclaredRelay_areOneOrigin() {
    List<Origin> o = Origins.of(List.of(
        unnamed("herald", SpillTexts.WIRE, "harbor-herald"),
        unnamed("copycat", SpillTexts.REPRINT, "copycat-daily")));
    assertEquals(1, o.size(), o.toString());
    assertTrue(o.get(0).joinedBecause().get(0).startsWith("sources/copycat is a near-copy of sources/herald"), o.toString());
  }

  @Test
  void of_namedSpeakerQuotedByManyOutlets_isOneOriginWhoeverReportsIt() {
    List<Origin> o = Origins.of(List.of(
        report("police", true, List.of(), "herald", List.of("harbor-herald"), SpillTexts.WIRE),
        report("police", true, List.of(), "coast", List.of("coastline-news"), SpillTexts.OTHER)));
    assertEquals(1, o.size());
    assertEquals("police", o.get(0).actor());
    assertEquals(List.of(), o.get(0).joinedBecause(), "one speaker joins nothing that needs explaining");
  }

  @Test
  void of_speakersForOneState_areThatState() {
    List<Origin> o = Origins.of(List.of(
        report("maria-zakharova", true, List.of("russian-foreign-ministry", "russia"), "a", List.of("unn", "reuters"), "one"),
        report("sergey-lavrov", true, List.of("russia"), "b", List.of("tass"), "two"),
        report("artyom-lukin", true, List.of(), "a", List.of("unn", "reuters"), "one")));
    assertEquals(2, o.size(), o.toString());
    assertEquals("russia", o.get(0).actor());
    assertEquals(2, o.get(0).stances().size());
    assertTrue(o.get(0).joinedBecause().contains("actors/sergey-lavrov speaks for actors/russia"), o.toString());
    assertEquals("artyom-lukin", o.get(1).actor());
  }

  @Test
  void of_unnamedSpeakerInAnArticleOfUnknownProvenance_isUnknownAndLast() {
    List<Origin> o = Origins.of(List.of(
        unnamed("pasted", "Text pasted without a publisher."),
        unnamed("herald", SpillTexts.WIRE, "harbor-herald")));
    assertEquals(2, o.size());
    assertTrue(o.get(0).known());
    assertFalse(o.get(1).known());
    assertEquals(null, o.get(1).actor());
  }

  @Test
  void of_unknownReportThatIsANearCopyOfAKnownOne_joinsIt() {
    List<Origin> o = Origins.of(List.of(
        unnamed("herald", SpillTexts.WIRE, "harbor-herald"),
        unnamed("pasted", SpillTexts.REPRINT)));
    assertEquals(1, o.size(), o.toString());
    assertTrue(o.get(0).known());
  }

  @Test
  void of_outletReportingOnItsOwnAccount_countsByOutlet() {
    // Reuters' own reporting, relayed by UNN and by a second outlet: one origin.
    List<Origin> o = Origins.of(List.of(
        report("reuters", true, List.of(), "unn-1", List.of("unn", "reuters"), "first"),
        report("reuters", true, List.of(), "post-1", List.of("valley-post", "reuters"), "second")));
    assertEquals(1, o.size());
    assertEquals("reuters", o.get(0).actor());
  }

  @Test
  void of_manyIndependentOrigins_keepTheirOrder() {
    List<Report> r = new ArrayList<>();
    for (int i = 0; i < 5; i++) r.add(report("witness-" + i, true, List.of(), "s" + i, List.of("outlet-" + i), "text " + i));
    List<Origin> o = Origins.of(r);
    assertEquals(List.of("witness-0", "witness-1", "witness-2", "witness-3", "witness-4"), o.stream().map(Origin::actor).toList());
  }

  @Test
  void of_manyReportsOfOneSpeaker_isOneOrigin_withoutDeepRecursion() {
    List<Report> r = new ArrayList<>();
    for (int i = 0; i < 20_000; i++) r.add(report("police", true, List.of("city"), "s" + i, List.of("outlet-" + (i % 50)), "t" + i));
    List<Origin> o = Origins.of(r);
    assertEquals(1, o.size());
    assertEquals(20_000, o.get(0).stances().size());
  }

  @Test
  void of_oneArticleRelayingTwoOutlets_keepsThemApart_whateverElseIsCounted() {
    Report viaNyt = unnamed("s1", SpillTexts.WIRE, "herald", "nyt");
    Report viaReuters = new Report("claims/c/stances/s1b", "witnesses", false, List.of(), "s1", List.of("herald", "reuters"),
        NearCopies.signature(SpillTexts.WIRE));
    List<Origin> two = Origins.of(List.of(viaNyt, viaReuters));
    List<Origin> three = Origins.of(List.of(viaNyt, viaReuters, unnamed("s2", SpillTexts.OTHER, "wapo")));
    assertEquals(List.of("nyt", "reuters"), two.stream().map(Origin::actor).toList());
    assertEquals(List.of("nyt", "reuters", "wapo"), three.stream().map(Origin::actor).toList());
  }
}
