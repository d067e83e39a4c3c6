package dev.claimledger.extract;

import static org.junit.jupiter.api.Assertions.*;

import dev.claimledger.domain.ActorKind;
import dev.claimledger.domain.Names;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class MentionsTest {

  private static Mentions scan(String text) {
    List<List<Tokens.Tok>> tokens = new ArrayList<>();
    for (Sentences.Sentence s : Sentences.split(text)) tokens.add(Tokens.of(s.text(), s.start()));
    Mentions m = Mentions.scan(tokens);
    m.learn(Map.of());
    return m;
  }

  @Test
  void professionBeforeAName_makesAPersonWithASurnameShortForm() {
    Mentions m = scan("The samples were taken by glaciologist Sunniva Rask. Rask has worked on the Brenn glacier.");
    assertEquals(ActorKind.PERSON, m.kindOf(Names.key("Sunniva Rask")));
    assertEquals("Sunniva Rask", m.fullName(Names.key("Rask")));
    assertEquals(ActorKind.PERSON, m.kindOf(Names.key("Rask")));
  }

  @Test
  void sentenceInitialProfession_stillMakesAPerson() {
    Mentions m = scan("Glaciologist Sunniva Rask has studied the Brenn glacier for two decades.");
    assertEquals(ActorKind.PERSON, m.kindOf(Names.key("Sunniva Rask")));
    assertEquals("Sunniva Rask", m.fullName(Names.key("Rask")));
  }

  @Test
  void descriptorBeforeAName_givesItsKind_evenForANewspaperLikeName() {
    Mentions m = scan("The breach was found by the security firm Lattice Sentinel on Monday.");
    assertEquals(ActorKind.ORGANIZATION, m.kindOf(Names.key("Lattice Sentinel")));
  }

  @Test
  void acronym_standsForTheBodyWithThoseInitials() {
    Mentions m = scan("The Athletics Integrity Unit suspended sprinter Kofi Mensah-Larbi. The AIU gave no reason.");
    assertEquals("Athletics Integrity Unit", m.fullName(Names.key("AIU")));
    assertEquals(ActorKind.ORGANIZATION, m.kindOf(Names.key("AIU")));
    assertEquals(ActorKind.PERSON, m.kindOf(Names.key("Kofi Mensah-Larbi")));
  }

  @Test
  void theCompany_isTheLastCompanyBefore_notAMinistryNamedLater() {
    String text = "Corvalis Pay, the payments company, was fined by the Velorian Ministry of Defence.";
    Mentions m = scan(text);
    Mentions.Mention company = m.lastBefore(text.length(), "company", true);
    assertNotNull(company);
    assertEquals("Corvalis Pay", company.name());
    assertNull(m.lastBefore(0, "company", true), "nothing is mentioned before the text starts");
  }

  @Test
  void descriptorAfterAName_givesItsKind() {
    Mentions m = scan("The Red Meridian aid group said 3,400 families had been displaced.");
    assertEquals(ActorKind.ORGANIZATION, m.kindOf(Names.key("Red Meridian")));
  }

  @Test
  void aDatelinesPlaceIsNoName_butCapitalsBeforeAnAppositiveAre() {
    Mentions dateline = scan("LUBUMBASHI, March 3 (Reuters) - A cobalt miner used children at its sites, a rights "
        + "group said.");
    assertNull(dateline.kindOf(Names.key("LUBUMBASHI")));
    assertEquals(ActorKind.ORGANIZATION, scan("NASA, the space agency, said the launch would go ahead.")
        .kindOf(Names.key("NASA")));
  }
}
