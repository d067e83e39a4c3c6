package dev.claimledger.extract;

import static org.junit.jupiter.api.Assertions.*;

import dev.claimledger.domain.ActorKind;
import dev.claimledger.domain.Names;
import dev.claimledger.domain.StanceKind;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/**
 * What the rule-based extractor reads from short news passages: who speaks, with which stance, on
 * which claim (or which earlier statement), and that narration yields nothing.
 */
class ExtractorTest {

  private static Extraction run(String text) {
    return new Extractor().extract(text, Directory.EMPTY, null, List.of());
  }

  private static List<Statement> statements(String text) {
    return run(text).statements();
  }

  /** The only statement of a passage. */
  private static Statement only(String text) {
    List<Statement> st = statements(text);
    assertEquals(1, st.size(), () -> "statements: " + st);
    return st.get(0);
  }

  private static List<String> names(Statement s) {
    return s.speakers().stream().map(Speaker::name).toList();
  }

  private static Speaker speaker(Statement s) {
    assertEquals(1, s.speakers().size(), () -> "speakers: " + s.speakers());
    return s.speakers().get(0);
  }

  private static String excerpt(String text, Statement s) {
    return text.substring(s.start(), s.end());
  }

  // ---- Subject before the cue: said, told.

  @Test
  void saidThat_organizationAssertsTheClause() {
    Statement s = only("The Marlow Water Board said the reservoir would be drained by October.");
    assertEquals("Marlow Water Board", speaker(s).name());
    assertEquals(ActorKind.ORGANIZATION, speaker(s).kind());
    assertEquals(StanceKind.ASSERTS, s.kind());
    assertEquals("The reservoir would be drained by October.", s.claimText());
    assertFalse(s.refersBack());
  }

  @Test
  void toldReportersThat_claimStartsAfterThat() {
    Statement s = only("Mayor Ilse Dorn told reporters that the water in Kessa was safe to drink.");
    assertEquals("Ilse Dorn", speaker(s).name());
    assertEquals(ActorKind.PERSON, speaker(s).kind());
    assertEquals(StanceKind.ASSERTS, s.kind());
    assertEquals("The water in Kessa was safe to drink.", s.claimText());
  }

  @Test
  void quoteThenToldANewsConference_theQuoteIsTheClaim() {
    Statement s = only("\"We will not raise fares this year,\" Transport Secretary Omar Ketteridge told a news "
        + "conference in Brenholt.");
    assertEquals("Omar Ketteridge", speaker(s).name());
    assertEquals(ActorKind.PERSON, speaker(s).kind());
    assertEquals(StanceKind.ASSERTS, s.kind());
    assertEquals("We will not raise fares this year.", s.claimText());
  }

  // ---- Speaker after the reported words.

  @Test
  void commaNameSaid_speakerAfterTheClause() {
    Statement s = only("The airline cut 400 jobs, Harlan Voss said.");
    assertEquals("Harlan Voss", speaker(s).name());
    assertEquals(ActorKind.PERSON, speaker(s).kind());
    assertEquals("The airline cut 400 jobs.", s.claimText());
  }

  @Test
  void quoteItsDirectorNameSaid_speakerIsTheNamedPerson() {
    Statement s = only("The Caldera Mining Company runs three pits in the valley. \"Our pits are safe,\" its "
        + "director, Ingrid Holm, said.");
    assertEquals("Ingrid Holm", speaker(s).name());
    assertEquals(ActorKind.PERSON, speaker(s).kind());
    assertEquals("Our pits are safe.", s.claimText());
  }

  // ---- According to, reports, passives.

  @Test
  void leadingAccordingTo_speakerIsTheCitedBody() {
    Statement s = only("According to the Ministry of Agriculture, wheat exports fell by 12 percent in March.");
    assertEquals("Ministry of Agriculture", speaker(s).name());
    assertEquals(StanceKind.ASSERTS, s.kind());
    assertEquals("Wheat exports fell by 12 percent in March.", s.claimText());
  }

  @Test
  void trailingAccordingTo_claimIsTheWordsBefore() {
    Statement s = only("Wheat exports fell by 12 percent in March, according to the Ministry of Agriculture.");
    assertEquals("Ministry of Agriculture", speaker(s).name());
    assertEquals("Wheat exports fell by 12 percent in March.", s.claimText());
  }

  @Test
  void accordingToAReportWhichCitedPeople_citedGroupSpeaksThroughTheOutlet() {
    Statement s = only("The striker has agreed to join Velmont FC, according to a report in the Lakeside Gazette, "
        + "which cited three people familiar with the negotiations.");
    assertEquals(ActorKind.UNNAMED_GROUP, speaker(s).kind());
    assertTrue(speaker(s).name().contains("people familiar with the negotiations"), speaker(s).name());
    assertEquals(List.of("Lakeside Gazette"), s.relayChain().stream().map(Speaker::name).toList());
    assertEquals(ActorKind.MEDIA_OUTLET, s.relayChain().get(0).kind());
    assertEquals("The striker has agreed to join Velmont FC.", s.claimText());
  }

  @Test
  void asReportedBy_passiveSpeakerIsTheAgent() {
    Statement s = only("The satellite failed to reach orbit, as reported by the Orbital Monitoring Group.");
    assertEquals("Orbital Monitoring Group", speaker(s).name());
    assertEquals(StanceKind.ASSERTS, s.kind());
    assertEquals("The satellite failed to reach orbit.", s.claimText());
  }

  @Test
  void subjectSaidThenAccordingToAnOutlet_outletOnlyRelays() {
    Statement s = only("Police in Brenholt said the blast killed nine people, according to the Harbour Times.");
    assertEquals("The blast killed nine people.", s.claimText());
    assertEquals(List.of("Harbour Times"), s.relayChain().stream().map(Speaker::name).toList());
  }

  @Test
  void trailingAgencyReported_agencyIsInTheRelayChain() {
    Statement s = only("Orland's foreign ministry said the ambassador had been summoned, the state news agency "
        + "ONA reported.");
    assertEquals("The ambassador had been summoned.", s.claimText());
    assertEquals(List.of("ONA"), s.relayChain().stream().map(Speaker::name).toList());
  }

  @Test
  void wasAccusedByXOfY_agentAccuses() {
    Statement s = only("The army was accused by Human Rights Monitor of shelling the village of Orsk.");
    assertEquals("Human Rights Monitor", speaker(s).name());
    assertEquals(StanceKind.ASSERTS, s.kind());
    assertTrue(s.claimText().contains("shelling the village of Orsk"), s.claimText());
  }

  // ---- Accusations and charges.

  @Test
  void accusedXOfY_accuserAssertsThatXDidY() {
    Statement s = only("Prosecutors in Varna accused Bram Olander of laundering money through shell companies.");
    assertEquals(StanceKind.ASSERTS, s.kind());
    assertEquals(ActorKind.UNNAMED_GROUP, speaker(s).kind());
    assertTrue(s.claimText().startsWith("Bram Olander"), s.claimText());
    assertTrue(s.claimText().contains("money through shell companies"), s.claimText());
  }

  @Test
  void chargedXWithY_chargerAssertsThatXDidY() {
    Statement s = only("The Halvard League charged Tessa Quill with fixing two matches.");
    assertEquals("Halvard League", speaker(s).name());
    assertEquals(StanceKind.ASSERTS, s.kind());
    assertTrue(s.claimText().startsWith("Tessa Quill"), s.claimText());
    assertTrue(s.claimText().contains("fixing two matches"), s.claimText());
  }

  // ---- Denials that point back.

  @Test
  void deniedTheAccusations_pointsBackToTheAccusation() {
    List<Statement> st = statements("Opposition leader Fen Rourke accused the government of rigging the census. "
        + "The Interior Ministry denied the accusations.");
    assertEquals(2, st.size(), st::toString);
    assertEquals("Fen Rourke", speaker(st.get(0)).name());
    Statement denial = st.get(1);
    assertEquals("Interior Ministry", speaker(denial).name());
    assertEquals(StanceKind.DENIES, denial.kind());
    assertEquals(0, denial.refersTo());
    assertNull(denial.claimText());
  }

  @Test
  void rejectedThatClaim_pointsBackToTheClaim() {
    List<Statement> st = statements("The Tarrow Workers Union said the Kelvin Mills factory had cut wages by a "
        + "third. Kelvin Mills rejected that claim.");
    assertEquals(2, st.size(), st::toString);
    assertEquals(StanceKind.DENIES, st.get(1).kind());
    assertEquals("Kelvin Mills", speaker(st.get(1)).name());
    assertEquals(0, st.get(1).refersTo());
  }

  @Test
  void aChargeTheMinistryCalledNonsense_deniesTheClauseBeforeTheComma() {
    List<Statement> st = statements("The Defence Ministry of Orland issued a statement on Tuesday. The Coastal "
        + "Fishers Association said the navy had fired on fishing boats near Ardel, a charge the ministry called "
        + "\"nonsense\".");
    assertEquals(2, st.size(), st::toString);
    assertEquals("Coastal Fishers Association", speaker(st.get(0)).name());
    assertEquals("The navy had fired on fishing boats near Ardel.", st.get(0).claimText());
    Statement denial = st.get(1);
    assertEquals(StanceKind.DENIES, denial.kind());
    assertEquals("Defence Ministry of Orland", speaker(denial).name());
    assertEquals(0, denial.refersTo());
  }

  @Test
  void dismissedTheFigureAs_pointsToTheStatementWithTheNumberNotTheLastOne() {
    List<Statement> st = statements("The Kessa Nurses Union said 14 patients had been moved to other cities. It "
        + "said the hospital had run out of oxygen. The Ministry of Health dismissed the figure as \"invented\".");
    assertEquals(3, st.size(), st::toString);
    assertEquals(StanceKind.DENIES, st.get(2).kind());
    assertEquals(0, st.get(2).refersTo());
  }

  @Test
  void descriptorBeforeNameDismissedTheFigure_isADenial() {
    List<Statement> st = statements("The Sovan Electoral Commission said turnout was 61 percent. The opposition "
        + "Green Union dismissed the figure as inflated.");
    assertEquals(2, st.size(), st::toString);
    assertEquals("Green Union", speaker(st.get(1)).name());
    assertEquals(StanceKind.DENIES, st.get(1).kind());
    assertEquals(0, st.get(1).refersTo());
  }

  @Test
  void theMinistrySaidTheClaimWasFalse_deniesAndNamesTheMinistryMentionedEarlier() {
    List<Statement> st = statements("The Ministry of Health announced new rules on Monday. The Kessa Nurses Union "
        + "said the hospital had run out of oxygen. The ministry said the claim was false.");
    assertEquals(2, st.size(), st::toString);
    assertEquals("Ministry of Health", speaker(st.get(1)).name());
    assertEquals(StanceKind.DENIES, st.get(1).kind());
    assertEquals(0, st.get(1).refersTo());
  }

  @Test
  void deniedThat_clauseIsTheDeniedClaim() {
    Statement s = only("The Ministry of Health denied that the hospital had run out of oxygen.");
    assertEquals(StanceKind.DENIES, s.kind());
    assertFalse(s.refersBack());
    assertTrue(s.claimText().endsWith("ospital had run out of oxygen."), s.claimText());
  }

  @Test
  void deniedThat_claimKeepsItsArticle() {
    Statement s = only("The Ministry of Health denied that the hospital had run out of oxygen.");
    assertEquals("The hospital had run out of oxygen.", s.claimText());
  }

  // ---- Negated statements answer an earlier claim.

  @Test
  void negatedStatementAfterTheClaim_deniesIt() {
    List<Statement> st = statements("Greenwatch Alliance said the Dunmore plant released waste into the river. "
        + "The plant did not discharge any waste into the river, Dunmore Chemicals said.");
    assertEquals(2, st.size(), st::toString);
    assertEquals(StanceKind.ASSERTS, st.get(0).kind());
    assertEquals("The Dunmore plant released waste into the river.", st.get(0).claimText());
    assertEquals("Dunmore Chemicals", speaker(st.get(1)).name());
    assertEquals(StanceKind.DENIES, st.get(1).kind());
    assertEquals(0, st.get(1).refersTo());
  }

  @Test
  void negatedQuoteOfTheSubject_deniesTheReport() {
    List<Statement> st = statements("The Ravel Tribune reported that the mayor had resigned. \"I have not "
        + "resigned,\" Mayor Hanna Ostrova told reporters.");
    assertEquals(2, st.size(), st::toString);
    assertEquals(ActorKind.MEDIA_OUTLET, speaker(st.get(0)).kind());
    assertEquals("Hanna Ostrova", speaker(st.get(1)).name());
    assertEquals(StanceKind.DENIES, st.get(1).kind());
    assertEquals(0, st.get(1).refersTo());
  }

  @Test
  void negatedStatementWithNothingBefore_staysAnAssertion() {
    Statement s = only("The Ministry of Health said the hospital had not run out of oxygen.");
    assertEquals(StanceKind.ASSERTS, s.kind());
    assertEquals("The hospital had not run out of oxygen.", s.claimText());
  }

  // ---- Declining to comment.

  @Test
  void declinedToCommentOnTheRecall_pointsBackToTheRecallClaim() {
    List<Statement> st = statements("Regulators at the Vehicle Safety Agency said Selwyn Motors would recall "
        + "40,000 vans. Selwyn Motors declined to comment on the recall.");
    assertEquals(2, st.size(), st::toString);
    assertEquals(StanceKind.DECLINES_TO_COMMENT, st.get(1).kind());
    assertEquals("Selwyn Motors", speaker(st.get(1)).name());
    assertEquals(0, st.get(1).refersTo());
  }

  @Test
  void askedAboutTheReport_declinedToComment_pointsBackToTheReport() {
    // Without the question, the decline would go to the accusation its company disputes.
    List<Statement> st = statements("The Brenholt Freight Workers Union accused Orvel Freight of cutting safety "
        + "checks to save money. Orvel Freight rejected the accusation. According to a report in the Brenholt "
        + "Courier, inspectors had flagged a cracked axle in May. Asked about the report, Orvel Freight chief "
        + "executive Lina Marsh said she had not seen it and declined to comment.");
    Statement decline = st.get(st.size() - 1);
    assertEquals(StanceKind.DECLINES_TO_COMMENT, decline.kind(), st::toString);
    assertEquals("Lina Marsh", speaker(decline).name());
    assertTrue(st.get(decline.refersTo()).claimText().contains("axle"), st::toString);
  }

  @Test
  void declinedToCommentOnWhether_claimIsTheClauseWithoutWhether() {
    Statement s = only("Selwyn Motors declined to comment on whether it would recall the vehicles.");
    assertEquals(StanceKind.DECLINES_TO_COMMENT, s.kind());
    assertEquals("Selwyn Motors", speaker(s).name());
    assertFalse(s.claimText().toLowerCase().contains("whether"), s.claimText());
    assertTrue(s.claimText().endsWith("would recall the vehicles."), s.claimText());
  }

  @Test
  void declinedToCommentOnATopicNobodyRaised_topicIsTheClaim() {
    Statement s = only("Selwyn Motors declined to comment on the lawsuit filed by dealers in Brenholt.");
    assertEquals(StanceKind.DECLINES_TO_COMMENT, s.kind());
    assertEquals("Selwyn Motors", speaker(s).name());
    assertNotNull(s.claimText());
    assertTrue(s.claimText().contains("lawsuit"), s.claimText());
  }

  @Test
  void moreReportingVerbs_concededRebuttedForecastNotDrawn() {
    assertEquals(StanceKind.ASSERTS, only("Finance minister Olga Brandt conceded that the deficit had doubled.").kind());
    assertEquals(StanceKind.SUGGESTS, only("The Brenholt Central Bank forecast that inflation would fall to 3 per cent.").kind());
    List<Statement> st = statements("The Harbour Workers Union said the port had cut 300 jobs. The port "
        + "authority rebutted the claim. Port director Ivo Marek declined to be drawn on the figure.");
    assertEquals(3, st.size(), st::toString);
    assertEquals(StanceKind.DENIES, st.get(1).kind());
    assertEquals(0, st.get(1).refersTo());
    assertEquals(StanceKind.DECLINES_TO_COMMENT, st.get(2).kind());
  }

  // ---- Rhetoric.

  @Test
  void verdictsPledgesAndCleftsInQuotes_areNoClaims() {
    List<Statement> st = statements("Finance director Mara Loy said the reserves were already committed to road "
        + "repairs. \"Spending them on one year's rise would leave a hole the year after,\" she added. "
        + "\"That is not a plan. That is a gamble.\"");
    assertEquals(2, st.size(), st::toString);
    assertTrue(statements("\"No question will be off the table, and nobody will be protected,\" minister Ilse "
        + "Varga said.").isEmpty());
    assertTrue(statements("\"What parents want is a school that is open on Tuesday,\" said Dora Fenn, who "
        + "leads the Brenholt Parents' Forum.").isEmpty());
  }

  @Test
  void factsAboutNobody_remainClaims() {
    Statement s = only("\"No one was injured in the blast,\" fire chief Arno Brix said.");
    assertEquals("No one was injured in the blast.", s.claimText());
    assertEquals("Arno Brix", speaker(s).name());
  }

  // ---- Hedges.

  @Test
  void mayInTheClause_suggests() {
    Statement s = only("The Ferrant Institute said the drug may slow memory loss in older patients.");
    assertEquals(StanceKind.SUGGESTS, s.kind());
    assertEquals("The drug may slow memory loss in older patients.", s.claimText());
  }

  @Test
  void plainClause_assertsNotSuggests() {
    Statement s = only("The Ferrant Institute said the drug slows memory loss.");
    assertEquals(StanceKind.ASSERTS, s.kind());
  }

  @Test
  void believeWithoutThat_analystsSuggest() {
    Statement s = only("Analysts at Brightwater Capital believe the merger could collapse.");
    assertEquals(StanceKind.SUGGESTS, s.kind());
    assertEquals(ActorKind.UNNAMED_GROUP, speaker(s).kind());
    assertEquals("The merger could collapse.", s.claimText());
  }

  // ---- Coalitions and lists.

  @Test
  void threeCountriesCondemned_isOneStatementOfEachState() {
    Statement s = only("Britain, France and Germany condemned Norland's decision to expel six diplomats.");
    assertEquals(StanceKind.CONDEMNS, s.kind());
    assertEquals(3, s.speakers().size(), s.speakers()::toString);
    assertTrue(s.speakers().stream().allMatch(x -> x.kind() == ActorKind.STATE), s.speakers()::toString);
    assertTrue(names(s).containsAll(List.of("France", "Germany")), names(s)::toString);
  }

  @Test
  void condemnedTheTest_pointsBackToTheReportedTest() {
    List<Statement> st = statements("Norland's state news agency said the country had tested a new long-range "
        + "missile. Britain, France and Germany condemned the missile test.");
    assertEquals(2, st.size(), st::toString);
    assertEquals(StanceKind.CONDEMNS, st.get(1).kind());
    assertEquals(3, st.get(1).speakers().size());
    assertEquals(0, st.get(1).refersTo());
  }

  // ---- Subjects with relative clauses and appositives.

  @Test
  void relativeClauseInTheSubject_speakerIsTheHead() {
    List<Statement> st = statements("Engineers at the Kepler Lunar Consortium said the lander had lost power. "
        + "NASA, which runs a separate lunar mission, declined to comment.");
    assertEquals(2, st.size(), st::toString);
    assertEquals("NASA", speaker(st.get(1)).name());
    assertEquals(StanceKind.DECLINES_TO_COMMENT, st.get(1).kind());
  }

  @Test
  void appositiveWithRole_personBelongsToTheOrganization() {
    Statement s = only("Dana Okafor, a researcher at Lattice Labs, said the attackers had been inside the network "
        + "for weeks.");
    Speaker p = speaker(s);
    assertEquals("Dana Okafor", p.name());
    assertEquals(ActorKind.PERSON, p.kind());
    assertNotNull(p.organization());
    assertEquals("Lattice Labs", p.organization().name());
    assertEquals(ActorKind.ORGANIZATION, p.organization().kind());
    assertEquals("researcher", p.title());
    assertEquals("The attackers had been inside the network for weeks.", s.claimText());
  }

  @Test
  void appositiveWithDescribedFirm_personBelongsToTheFirm() {
    Statement s = only("Dana Okafor, a researcher at the security firm Lattice Sentinel, said the attackers had "
        + "been inside the network for weeks.");
    Speaker p = speaker(s);
    assertEquals("Dana Okafor", p.name());
    assertNotNull(p.organization(), "organization");
    assertEquals("Lattice Sentinel", p.organization().name());
    assertEquals(ActorKind.ORGANIZATION, p.organization().kind());
  }

  @Test
  void theCompanyCommaName_speakerIsTheNamedCompany() {
    Statement s = only("The company, Brightline Rail, said it would cut 300 jobs.");
    assertEquals("Brightline Rail", speaker(s).name());
    assertEquals(ActorKind.ORGANIZATION, speaker(s).kind());
  }

  @Test
  void bareGroupNoun_isAnUnnamedGroup() {
    Statement s = only("Activists said the navy had fired on fishing boats.");
    assertEquals(ActorKind.UNNAMED_GROUP, speaker(s).kind());
  }

  // ---- Back-references to named actors: "the company", surnames, pronouns, acronyms.

  @Test
  void theCompanySaid_pointsToTheCompanyNamedEarlierThatNeverSpoke() {
    Statement s = only("Regulators opened an inquiry into Corvalis Pay, the payments company, on Tuesday. The "
        + "company said it would cooperate fully.");
    assertEquals("Corvalis Pay", speaker(s).name());
    assertEquals(ActorKind.ORGANIZATION, speaker(s).kind());
  }

  @Test
  void surnameAfterTheFullName_isTheSamePerson() {
    List<Statement> st = statements("The glacier lost four metres of ice this summer, glaciologist Sunniva Rask "
        + "said. Rask said the melt had accelerated since 2019.");
    assertEquals(2, st.size(), st::toString);
    assertEquals("Sunniva Rask", speaker(st.get(0)).name());
    assertEquals("Sunniva Rask", speaker(st.get(1)).name());
    assertEquals("The melt had accelerated since 2019.", st.get(1).claimText());
  }

  @Test
  void surnameOfAPersonOnlyMentioned_isTheFullName() {
    Statement s = only("The glaciologist Sunniva Rask has studied the Brenn glacier for two decades. Rask said the "
        + "melt had accelerated since 2019.");
    assertEquals("Sunniva Rask", speaker(s).name());
  }

  @Test
  void surnameAfterSentenceInitialProfession_isTheFullName() {
    Statement s = only("Glaciologist Sunniva Rask has studied the Brenn glacier for two decades. Rask said the melt "
        + "had accelerated since 2019.");
    assertEquals("Sunniva Rask", speaker(s).name());
  }

  @Test
  void pronounAfterASpeaker_isThatSpeaker() {
    List<Statement> st = statements("Finance Minister Aldo Brannic said inflation would fall below 3 percent by "
        + "June. He told reporters that the central bank had acted too slowly.");
    assertEquals(2, st.size(), st::toString);
    assertEquals("Aldo Brannic", speaker(st.get(1)).name());
    assertEquals("The central bank had acted too slowly.", st.get(1).claimText());
  }

  @Test
  void pronounAfterAPersonOnlyMentioned_isThatPerson() {
    Statement s = only("The glaciologist Sunniva Rask has studied the Brenn glacier for two decades. She said the "
        + "melt had accelerated since 2019.");
    assertEquals("Sunniva Rask", speaker(s).name());
  }

  @Test
  void acronymOfABodyNamedEarlier_isThatBody() {
    Statement s = only("The Athletics Integrity Unit suspended sprinter Kofi Mensah-Larbi on Thursday. The AIU said "
        + "he had missed three drug tests.");
    assertEquals("Athletics Integrity Unit", speaker(s).name());
    assertEquals(ActorKind.ORGANIZATION, speaker(s).kind());
  }

  @Test
  void bracketedAcronymAfterTheSubject_keepsTheStatement() {
    Statement s = only("The Athletics Integrity Unit (AIU) said sprinter Kofi Mensah-Larbi had missed three tests.");
    assertEquals("Athletics Integrity Unit", speaker(s).name());
    assertEquals("Sprinter Kofi Mensah-Larbi had missed three tests.", s.claimText());
  }

  @Test
  void knownAliasInTheDirectory_resolvesToTheKnownActor() {
    Directory dir = keys -> keys.contains(Names.key("Tarsk"))
        ? Map.of(Names.key("Tarsk"), new Directory.Known("tarsk-energy", "Tarsk Energy", ActorKind.ORGANIZATION))
        : Map.of();
    List<Statement> st = new Extractor().extract("Tarsk said the pipeline would reopen in May.", dir, null,
        List.of()).statements();
    assertEquals(1, st.size(), st::toString);
    Speaker s = speaker(st.get(0));
    assertEquals("tarsk-energy", s.actorId());
    assertEquals("Tarsk Energy", s.name());
    assertFalse(s.isNew());
  }

  @Test
  void aGroupCallingItselfX_isTheOrganisationX_andItsLaterIt() {
    List<Statement> st = statements("Tallow Bank said the outage was caused by a faulty update. A group calling "
        + "itself Night Owl claimed responsibility for the outage and posted what it said were copies of the "
        + "bank's internal emails.");
    assertEquals(3, st.size(), st::toString);
    assertEquals("Night Owl", speaker(st.get(1)).name());
    assertEquals(ActorKind.ORGANIZATION, speaker(st.get(1)).kind());
    assertEquals("Night Owl", speaker(st.get(2)).name(), "'it' is the body that already spoke in the sentence");
  }

  @Test
  void theChiefExecutive_theCouncilLeader_areThePeopleNamedWithThoseTitles() {
    List<Statement> st = statements("Tomas Reinholt, the operator's chief executive, said the train was within "
        + "the speed limit. The Rail Workers Union said maintenance had been cut. The chief executive rejected "
        + "that account. The leader of Kellsborough City Council, Harriet Lund, said the offer was final. The "
        + "council leader later said the door was open.");
    assertEquals(5, st.size(), st::toString);
    assertEquals("Tomas Reinholt", speaker(st.get(2)).name());
    assertEquals(StanceKind.DENIES, st.get(2).kind());
    assertEquals("Harriet Lund", speaker(st.get(3)).name(), "the role and its organisation come before the name");
    assertEquals("Kellsborough City Council", speaker(st.get(3)).organization().name());
    assertEquals("Harriet Lund", speaker(st.get(4)).name());
  }

  @Test
  void aRoleNobodyWasNamedWith_isNoSpeaker() {
    assertTrue(statements("Tomas Reinholt, the operator's chief executive, said the line was safe. The "
        + "council leader said the door was open.").stream().noneMatch(x -> x.speakers().stream()
            .anyMatch(sp -> sp.name().equals("Tomas Reinholt") && x.claimText() != null
                && x.claimText().contains("door"))));
  }

  @Test
  void sheSaid_afterAWomanAndAMan_isTheWoman() {
    List<Statement> st = statements("Council leader Harriet Lund said the offer was final. Colm Brannigan, the "
        + "union secretary, called that false. She said the union had floated 6 per cent last week. He said no "
        + "figure below 9 per cent had been put forward.");
    assertEquals(4, st.size(), st::toString);
    assertEquals("Harriet Lund", speaker(st.get(2)).name());
    assertEquals("Colm Brannigan", speaker(st.get(3)).name());
    // A name of unknown gender fits either pronoun.
    assertEquals("Ngata Rewi", speaker(statements("Ngata Rewi said the river had flooded. She said the dam had held.")
        .get(1)).name());
  }

  @Test
  void firstNames_knownEndingsAndUnknown() {
    assertEquals(FirstNames.Gender.FEMALE, FirstNames.of("Dr. Ingrid Halloway"));
    assertEquals(FirstNames.Gender.MALE, FirstNames.of("Tomas Reinholt"));
    assertEquals(FirstNames.Gender.FEMALE, FirstNames.of("Mirela Santic"));
    assertEquals(FirstNames.Gender.UNKNOWN, FirstNames.of("Luca Ferri"), "a male name ending in -a");
    assertEquals(FirstNames.Gender.UNKNOWN, FirstNames.of("Robin Hale"));
    assertTrue(FirstNames.fits("Robin Hale", FirstNames.Gender.FEMALE));
    assertFalse(FirstNames.fits("Colm Brannigan", FirstNames.Gender.FEMALE));
  }

  @Test
  void speakerShapes_drAfterAQuote_spokespersonForABody_personWithARelativeClause() {
    Statement dr = only("\"We acted as soon as we knew,\" said Dr. Lena Fosse, the authority's medical director.");
    assertEquals("Lena Fosse", speaker(dr).name());
    Statement spokesperson = only("A spokesperson for Helix Supplies, which provided the equipment, denied that "
        + "its products were at fault.");
    assertEquals("Helix Supplies", speaker(spokesperson).name());
    assertEquals(ActorKind.ORGANIZATION, speaker(spokesperson).kind());
    assertEquals(ActorKind.PERSON, speaker(only("A spokesman for Maria Lopez said she would appeal.")).kind());
    Statement mayor = only("Mayor Ana Petrović, whose city hosts the hospital, said residents deserved answers.");
    assertEquals("Ana Petrović", speaker(mayor).name());
    assertEquals(ActorKind.PERSON, speaker(mayor).kind());
  }

  @Test
  void aBodysOwnFiguresShow_isTheBodysClaim() {
    List<Statement> st = statements("The Marvella Health Authority said 12 patients had been infected. The "
        + "authority's own figures show that infections rose by 40 per cent in February.");
    assertEquals(2, st.size(), st::toString);
    assertEquals("Marvella Health Authority", speaker(st.get(1)).name());
    assertTrue(st.get(1).claimText().startsWith("Infections rose"), st::toString);
  }

  // ---- Clause splits and continued quotes.

  @Test
  void saidXAndY_withTwoSubjects_isTwoClaims() {
    List<Statement> st = statements("The Tolvern Health Board said 212 people had fallen ill and six had died.");
    assertEquals(2, st.size(), st::toString);
    assertEquals("212 people had fallen ill.", st.get(0).claimText());
    assertEquals("Six had died.", st.get(1).claimText());
    assertTrue(st.stream().allMatch(x -> speaker(x).name().equals("Tolvern Health Board")));
  }

  @Test
  void saidXAndThatY_isTwoClaims() {
    List<Statement> st = statements("The Sovan Electoral Commission said turnout was 61 percent and that no "
        + "complaints had been filed.");
    assertEquals(2, st.size(), st::toString);
    assertEquals("Turnout was 61 percent.", st.get(0).claimText());
    assertEquals("No complaints had been filed.", st.get(1).claimText());
  }

  @Test
  void oneSubjectWithTwoVerbs_staysOneClaim() {
    Statement s = only("The Tolvern Health Board said the outbreak began at a school and spread to two villages.");
    assertEquals("The outbreak began at a school and spread to two villages.", s.claimText());
  }

  @Test
  void quoteContinuedInTheNextSentence_belongsToTheSameSpeaker() {
    List<Statement> st = statements("\"We have never seen a season like this,\" said Marta Ilves, the head of the "
        + "Ilves Farm Cooperative. \"The harvest is half of last year's.\"");
    assertEquals(2, st.size(), st::toString);
    assertEquals("Marta Ilves", speaker(st.get(0)).name());
    assertEquals("Marta Ilves", speaker(st.get(1)).name());
    assertEquals("The harvest is half of last year's.", st.get(1).claimText());
  }

  @Test
  void unattributedSentenceAfterAStatement_isNotAttributed() {
    Statement s = only("Officials said the fire was started deliberately. Investigators have not yet found the "
        + "cause.");
    assertEquals("The fire was started deliberately.", s.claimText());
  }

  // ---- Datelines, narration, other languages.

  @Test
  void dateline_isNeitherSpeakerNorClaim() {
    String text = "HOLLIN FORD, Dravenia (AP) \u2014 The footbridge collapsed because of corroded cables, city "
        + "engineer Tomas Brek said.";
    Extraction x = run(text);
    assertEquals(1, x.statements().size(), x.statements()::toString);
    Statement s = x.statements().get(0);
    assertEquals("Tomas Brek", speaker(s).name());
    assertEquals("The footbridge collapsed because of corroded cables.", s.claimText());
    assertTrue(excerpt(text, s).startsWith("The footbridge"), excerpt(text, s));
    assertEquals("AP", x.creditedPublisher().name());
  }

  @Test
  void datelineOverNarration_givesNoStatement() {
    Extraction x = run("HOLLIN FORD, Dravenia (AP) \u2014 Inspectors are examining a collapsed footbridge over the "
        + "Hollin river.");
    assertTrue(x.statements().isEmpty(), x.statements()::toString);
  }

  @Test
  void narration_givesNoStatement() {
    Extraction x = run("The storm reached the coast early on Sunday. Thousands of homes lost power and several "
        + "roads were closed. The festival drew 80,000 visitors to the old town.");
    assertTrue(x.statements().isEmpty(), x.statements()::toString);
    assertFalse(x.notes().isEmpty());
  }

  @Test
  void nonEnglishText_givesNoStatement() {
    assertTrue(statements("Die Regierung hat am Montag neue Ma\u00dfnahmen angek\u00fcndigt, sagte der Sprecher.")
        .isEmpty());
    assertTrue(statements("La ministra dijo que el gobierno no subir\u00e1 los impuestos.").isEmpty());
  }

  @Test
  void publisherCitingAnAgency_isCreditedAndRelaysLaterStatements() {
    Extraction x = run("The pipeline will reopen in May, writes Harbour Post citing Reuters. Tarsk Energy said the "
        + "repairs were finished.");
    assertEquals("Harbour Post", x.creditedPublisher().name());
    assertEquals(List.of("Reuters"), x.creditedRelays().stream().map(Speaker::name).toList());
    Statement last = x.statements().get(x.statements().size() - 1);
    assertEquals("Tarsk Energy", speaker(last).name());
    assertEquals(List.of("Reuters"), last.relayChain().stream().map(Speaker::name).toList());
  }

  // ---- What a reference back names: a report, an owner described by its kind, a topic, an accusation.

  @Test
  void theReport_isWhatAReportSaid_notTheLastStatement() {
    List<Statement> st = statements("According to a report in the Harlow Post, which cited two officials, the mine had "
        + "flooded twice in March. Geologist Petra Lund said the tunnel walls looked stable. "
        + "Norvik Mining called the report \"baseless\".");
    Statement denial = st.get(st.size() - 1);
    assertEquals(StanceKind.DENIES, denial.kind());
    assertTrue(st.get(denial.refersTo()).claimText().startsWith("The mine had flooded"), () -> st.toString());
  }

  @Test
  void theGroupsFigure_isTheFigureOfTheBodyTheArticleCalledAGroup() {
    List<Statement> st = statements("Riverkeep, the environmental group that monitors the estuary, said 300 seals had "
        + "died. The Halden Group said it would pay for a cleanup of the harbour. The Marlow Port Authority called the "
        + "group's figure \"false\".");
    Statement denial = st.get(st.size() - 1);
    assertEquals(StanceKind.DENIES, denial.kind());
    assertEquals("300 seals had died.", st.get(denial.refersTo()).claimText());
  }

  @Test
  void theDroughtTheory_isTheClaimAboutDrought() {
    List<Statement> st = statements("The Farmers Union said drought had cut the wheat harvest by a third. The trade "
        + "ministry said imports of grain would rise next year. Economist Ana Ruiz dismissed the drought theory as "
        + "\"convenient\".");
    Statement denial = st.get(st.size() - 1);
    assertEquals(StanceKind.DENIES, denial.kind());
    assertTrue(st.get(denial.refersTo()).claimText().startsWith("Drought had cut"), () -> st.toString());
  }

  @Test
  void aDenialAboutTheDenier_answersTheAccusationJustMade() {
    List<Statement> st = statements("Minister Anouk Lind accused Tellco of hiding the scale of the outage for hours. "
        + "Tellco denied that it had misled its customers.");
    assertEquals(2, st.size(), () -> st.toString());
    assertEquals(StanceKind.DENIES, st.get(1).kind());
    assertEquals(0, st.get(1).refersTo());
  }

  @Test
  void aDenialAboutSomethingElse_keepsItsOwnClaim() {
    List<Statement> st = statements("Minister Anouk Lind accused Tellco of hiding the scale of the outage for hours. "
        + "Tellco denied that the storm had damaged more than ten of its towers.");
    assertEquals(StanceKind.DENIES, st.get(1).kind());
    assertFalse(st.get(1).refersBack());
    assertEquals("The storm had damaged more than ten of its towers.", st.get(1).claimText());
  }

  @Test
  void aNegatedQuote_deniesTheEarlierClaim_andItsNextSentenceIsAssertedToo() {
    List<Statement> st = statements("Activists said the refinery had released crude oil into the bay. \"The refinery "
        + "did not release any oil into the bay. Our floating barriers held all night,\" spokesman Tor Berg said.");
    List<Statement> berg = st.stream().filter(x -> x.speakers().get(0).name().equals("Tor Berg")).toList();
    assertEquals(2, berg.size(), () -> st.toString());
    assertTrue(berg.stream().anyMatch(x -> x.kind() == StanceKind.DENIES && x.refersTo() == 0));
    assertTrue(berg.stream().anyMatch(x -> x.kind() == StanceKind.ASSERTS
        && "Our floating barriers held all night.".equals(x.claimText())), () -> berg.toString());
  }

  @Test
  void dismissedTheClaim_pointsToWhatWasClaimed_notToWhatWasSaidSince() {
    List<Statement> st = statements("A group calling itself Night Owl claimed responsibility for the outage at "
        + "Tallow Bank. It said it had stolen the records of 9,000 Tallow Bank customers. Bank spokeswoman Ines Ruud dismissed "
        + "the claim as \"noise\".");
    Statement denial = st.get(st.size() - 1);
    assertEquals(StanceKind.DENIES, denial.kind(), st::toString);
    assertEquals(0, denial.refersTo(), st::toString);
    assertEquals("Night Owl", speaker(st.get(1)).name(), "'It' is the body that spoke in the sentence before");
  }

  // ---- Hedges, counts, bodies named by a place.

  @Test
  void aHedgeInARelativeClause_doesNotHedgeTheClaim() {
    Statement s = only("Corinna Vehrs said the images showed a status page that anyone could view.");
    assertEquals(StanceKind.ASSERTS, s.kind());
    Statement hedged = only("Corinna Vehrs said a faulty update could have caused the outage.");
    assertEquals(StanceKind.SUGGESTS, hedged.kind());
    // The main clause goes on after the relative clause's own verb, and its hedge counts.
    assertEquals(StanceKind.SUGGESTS, only("Corinna Vehrs said the update that was installed on Monday could have "
        + "caused the outage.").kind());
  }

  @Test
  void aCountOfPeopleBeforeAccordingTo_isWhatTheSourceReports() {
    Statement s = only("More than 4,000 residents lost power overnight, according to the utility Norgrid.");
    assertEquals("Norgrid", speaker(s).name());
    assertEquals("More than 4,000 residents lost power overnight.", s.claimText());
  }

  @Test
  void aPlacesBodyNamedByItsKind_isAnOrganization() {
    Statement s = only("The Kessa district hospital said 40 people had been admitted with burns.");
    assertEquals("Kessa district hospital", speaker(s).name());
    assertEquals(ActorKind.ORGANIZATION, speaker(s).kind());
    assertEquals("Hollin Ford health centre",
        speaker(only("The Hollin Ford health centre said 37 people had been treated for rashes.")).name());
  }

  @Test
  void andBeforeAnInfinitive_doesNotSplitTheClaim() {
    Statement s = only("The Athletics Integrity Unit said it had announced the case as soon as the athlete had been notified and given "
        + "the chance to have her sample tested.");
    assertTrue(s.claimText().endsWith("have her sample tested."), s::claimText);
  }

  @Test
  void twoVerbsOfOneSubject_areTwoClaims_andTheSecondBorrowsTheSubject() {
    List<Statement> st = statements("Minister Jana Holub said the network had paid two dock workers to photograph "
        + "naval vessels and had tried to recruit an engineer at the grid operator.");
    assertEquals(2, st.size(), () -> st.toString());
    assertEquals("The network had tried to recruit an engineer at the grid operator.", st.get(1).claimText());
    // A new act of the speaker in another tense is not reported words.
    Statement s = only("The Marlow Water Board said the reservoir was safe and has ordered new tests of the dam.");
    assertEquals("The reservoir was safe.", s.claimText());
  }

  @Test
  void aNameWithAnAndInIt_isOneSpeaker() {
    Statement union = only("The Union of Rail and Transport Workers (URTW) said inspection crews had been cut in half.");
    assertEquals("Union of Rail and Transport Workers", speaker(union).name());
    Statement teachers = only("The Teachers' and Lecturers' Union said 90 schools had closed.");
    assertEquals(1, teachers.speakers().size(), () -> teachers.speakers().toString());
    assertTrue(speaker(teachers).name().endsWith("Lecturers' Union"), () -> speaker(teachers).name());
    // Two names joined by "and" are still two.
    assertEquals(List.of("Hestia Bank", "Corran Savings"),
        names(only("Hestia Bank and Corran Savings said card payments had been disrupted for seven hours.")));
  }

  @Test
  void theCompany_isNotAUnion() {
    List<Statement> st = statements("Lestrian State Railways said four people had been killed in the derailment. "
        + "The Union of Rail and Transport Workers (URTW) accused the operator of cutting track maintenance. "
        + "The company rejected the accusation.");
    assertEquals("Lestrian State Railways", speaker(st.get(st.size() - 1)).name());
  }

  @Test
  void wordsThatSayNothing_areNoClaim() {
    assertTrue(statements("Tomas Reinholt said it was too early to be certain.").isEmpty());
    assertTrue(statements("Tomas Reinholt said he had not seen the report.").isEmpty());
    assertTrue(statements("Tomas Reinholt said it would be wrong to speculate.").isEmpty());
  }

  @Test
  void itWasLikelyThat_suggestsWhatFollows() {
    Statement s = only("Tomas Reinholt said it was possible, even likely, that a fault in the points had played a part.");
    assertEquals(StanceKind.SUGGESTS, s.kind());
    assertEquals("A fault in the points had played a part.", s.claimText());
    Statement clear = only("Tomas Reinholt said it was clear that the signal had failed.");
    assertEquals(StanceKind.ASSERTS, clear.kind());
    assertEquals("The signal had failed.", clear.claimText());
    // Not every "it was ... that": the time is part of the claim.
    assertEquals("It was the first time that the line had closed.",
        only("Tomas Reinholt said it was the first time that the line had closed.").claimText());
  }

  @Test
  void saidThatWasUntrue_deniesWhatWasJustSaid_andWhatFollowsIsAsserted() {
    List<Statement> st = statements("Brevik Track Services said the repair order had not reached it until 9 March. "
        + "Lestrian State Railways said that was untrue and that the order had been sent on 28 February.");
    assertEquals(3, st.size(), () -> st.toString());
    assertEquals(StanceKind.DENIES, st.get(1).kind());
    assertEquals(0, st.get(1).refersTo());
    assertEquals("The order had been sent on 28 February.", st.get(2).claimText());
  }

  @Test
  void calledThatSimplyFalse_isADenial() {
    List<Statement> st = statements("Harriet Lund said the union had floated a 6 per cent rise in private. "
        + "Colm Brannigan called that \"simply false\".");
    assertEquals(StanceKind.DENIES, st.get(1).kind());
    assertEquals(0, st.get(1).refersTo());
  }

  @Test
  void andThatIsAFact_isNoSecondClaim() {
    Statement s = only("\"There are fewer people walking that track than there used to be, and that is a fact,\" "
        + "Dana Kovac said.");
    assertTrue(s.claimText().endsWith("and that is a fact."), s::claimText);
  }

  @Test
  void confirmedAReportThat_theClaimIsTheReports_andTheReporterMadeIt() {
    List<Statement> st = statements("East Lestria police confirmed an earlier report by the state news agency LNA "
        + "that the driver had passed breath and blood tests.");
    assertTrue(st.stream().anyMatch(x -> names(x).equals(List.of("LNA"))), () -> st.toString());
    Statement police = st.stream().filter(x -> names(x).equals(List.of("East Lestria police"))).findFirst().orElseThrow();
    assertEquals("The driver had passed breath and blood tests.", police.claimText());
  }

  @Test
  void itAfterASetting_isTheBodyTheSentenceBeforeBeganWith() {
    List<Statement> st = statements("Lestrian State Railways said the line would reopen on Monday. Brevik Track "
        + "Services, the contractor responsible for the points, broke its silence on Thursday. In a statement it said "
        + "the repair order had not reached it until 9 March.");
    assertEquals("Brevik Track Services", speaker(st.get(st.size() - 1)).name());
  }

  @Test
  void aBodyNamedOnlyByItsField_isASpeaker() {
    Statement s = only("The transport ministry said the audit would begin at the weekend.");
    assertEquals("transport ministry", speaker(s).name());
    assertEquals(ActorKind.ORGANIZATION, speaker(s).kind());
    Statement h = only("More than 30 people remain in hospital, according to the regional health authority.");
    assertEquals("regional health authority", speaker(h).name());
  }

  @Test
  void theNewspaper_isTheOutletJustNamed() {
    List<Statement> st = statements("According to a report in the Ostrel daily Kystposten, engineers had recorded a "
        + "fault on the points 12 days before the crash. The newspaper said the repair had still not been carried out.");
    assertEquals("Kystposten", speaker(st.get(st.size() - 1)).name());
  }

  @Test
  void aListOfNamesWithArticles_isACoalition() {
    Statement s = only("The Civic Alliance, the Greens and the Independent Group, which between them hold 29 seats, "
        + "said the leadership should go back to the negotiating table.");
    assertEquals(List.of("Civic Alliance", "Greens", "Independent Group"), names(s));
  }

  @Test
  void aRelativeClauseWithItsOwnBut_isNotTheSpeaker() {
    Statement s = only("The Ministry of Education, which publishes a pay framework but leaves settlements to local "
        + "authorities, declined to comment on whether it would give Kellsborough extra money.");
    assertEquals("Ministry of Education", speaker(s).name());
  }

  @Test
  void aPersonOfABodyWhoseNameEndsInAGroupWord_isThePerson() {
    Statement s = only("Hal Whitcombe of the Association of School Leaders said the strike would go on.");
    assertEquals("Hal Whitcombe", speaker(s).name());
  }

  @Test
  void saidOnlyThat_theClaimIsWhatFollows() {
    assertEquals("The door is open.", only("Harriet Lund said only that \"the door is open\".").claimText());
  }

  @Test
  void aNameWithAnAppositiveAndARelativeClause_isTheSpeaker() {
    List<Statement> st = statements("According to a report in the daily Kystposten, the repair had not been carried out. "
        + "Brevik Track Services, the private contractor that has maintained the points since 2021, did not respond "
        + "to a request for comment.");
    Statement last = st.get(st.size() - 1);
    assertEquals("Brevik Track Services", speaker(last).name());
    assertEquals(StanceKind.DECLINES_TO_COMMENT, last.kind());
    assertEquals(0, last.refersTo());
  }

  @Test
  void dismissedAsScaremongering_isADenial() {
    List<Statement> st = statements("The Kellsborough Chronicle reported that Kellsborough City Council was considering cutting 140 "
        + "posts. The council dismissed the report as \"scaremongering\".");
    assertEquals(StanceKind.DENIES, st.get(1).kind());
    assertEquals(0, st.get(1).refersTo());
  }

  @Test
  void describedXAsY_claimsXWasY() {
    Statement s = only("Colm Brannigan described support for the walkout as \"overwhelming\".");
    assertEquals("Support for the walkout was overwhelming.", s.claimText());
  }

  @Test
  void figuresFromABody_areThatBodysStatement() {
    Statement s = only("Figures from the OECD, the Paris-based policy body, show that teachers' salaries fell by 11 per "
        + "cent in real terms.");
    assertEquals("OECD", speaker(s).name());
  }

  @Test
  void repeatedTheArgumentThat_assertsTheArgument() {
    Statement s = only("Colm Brannigan repeated the union's argument that the council's reserves were more than enough "
        + "to close the gap.");
    assertEquals("The council's reserves were more than enough to close the gap.", s.claimText());
  }

  @Test
  void aQuoteThenAndAnotherAct_endsTheClaimAtTheQuote() {
    List<Statement> st = statements("A spokesman for the Ministry of Education said pay settlements were \"a matter "
        + "for employers\" and ruled out any additional funding.");
    assertEquals(2, st.size(), () -> st.toString());
    assertEquals("Pay settlements were a matter for employers.", st.get(0).claimText());
    assertEquals("There will be no additional funding.", st.get(1).claimText());
  }

  @Test
  void aDiplomaticFormula_isNoClaim_butItsSpeakersGoOnToTheNextVerb() {
    List<Statement> st = statements("Britain, France and Germany said in a joint statement that they stood with Ostravia "
        + "and condemned hostile intelligence activity by Kaldonia.");
    assertEquals(1, st.size(), () -> st.toString());
    assertEquals(StanceKind.CONDEMNS, st.get(0).kind());
    assertEquals(3, st.get(0).speakers().size());
  }

  @Test
  void xNotY_theClaimIsX_andYIsDenied() {
    List<Statement> st = statements("Nimbra Cloud said a faulty software update, not a cyberattack, caused the outage.");
    assertEquals(2, st.size(), st::toString);
    assertEquals("A faulty software update caused the outage.", st.get(0).claimText());
    assertEquals(StanceKind.DENIES, st.get(1).kind());
  }

  @Test
  void whichTheSpeakerSaysIs_claimsItOfWhatWhichStandsFor() {
    Statement s = only("At the heart of the dispute is a pay offer of 4 per cent for the current school year, which "
        + "Kellsborough City Council says is the most it can afford.");
    assertEquals("A pay offer of 4 per cent for the current school year is the most it can afford.", s.claimText());
  }

  @Test
  void aParticipleAfterANarratedClause_isTheSentenceSubjects() {
    Statement s = only("The Teachers' and Lecturers' Union is seeking 9 per cent, arguing that teachers' pay has fallen "
        + "by about a fifth since 2010.");
    assertEquals(StanceKind.ASSERTS, s.kind());
    assertEquals("Teachers' pay has fallen by about a fifth since 2010.", s.claimText());
  }

  @Test
  void aBodysUnnamedSpokesman_speaksForTheBody() {
    List<Statement> st = statements("The Kellsborough Chronicle reported that Kellsborough City Council was considering "
        + "cutting 140 posts. A council spokesman dismissed the report as \"scaremongering\" and said no decisions on "
        + "staffing had been made.");
    assertEquals(3, st.size(), () -> st.toString());
    assertEquals("Kellsborough City Council", speaker(st.get(1)).name());
    assertEquals("Kellsborough City Council", speaker(st.get(2)).name());
  }

  @Test
  void aNameThenWhichAndACue_isThatNamesStatement() {
    Statement s = only("The findings add to pressure on Lestrian State Railways, which confirmed on Thursday that a "
        + "defect on the points had been logged on 27 February.");
    assertEquals("Lestrian State Railways", speaker(s).name());
    assertEquals("A defect on the points had been logged on 27 February.", s.claimText());
    // A relative clause of a common noun is narration.
    assertTrue(statements("Inspectors visited a depot, which confirmed the repairs were late.").isEmpty());
  }

  @Test
  void evidencePointingTo_isHedged() {
    assertEquals(StanceKind.SUGGESTS, only("Ruth Ellinger said everything found so far points to a failure of the "
        + "switch mechanism.").kind());
  }

  @Test
  void aPersonsGroup_isTheGroupTheArticleNamed() {
    List<Statement> st = statements("The conservation group Brenna Watch said the plant had released untreated waste. "
        + "\"They dumped it at night,\" the group's director, Mirjam Koster, said. Koster's group has also accused "
        + "Aurex of covering up an overflow of a wastewater tank.");
    assertEquals("Brenna Watch", speaker(st.get(st.size() - 1)).name());
  }

  @Test
  void putXAtN_claimsXWasN() {
    Statement s = only("The Dravenian Environment Agency put the number of dead fish at about 4,000.");
    assertEquals("The number of dead fish was about 4,000.", s.claimText());
  }

  @Test
  void andBeforeASecondSpeaker_isNotPartOfTheName() {
    List<Statement> st = statements("Reuters reported that the government was considering ending Brevik's contract. "
        + "The transport ministry declined to comment on the report, and Brevik Track Services has not commented on it.");
    assertEquals("Brevik Track Services", speaker(st.get(st.size() - 1)).name());
    assertEquals(0, st.get(st.size() - 1).refersTo());
  }

  @Test
  void aReportInAnOutletOnADay_isTheOutlets() {
    Statement s = only("According to a report in the Kellsborough Chronicle on Monday, which cited a draft budget paper, "
        + "the council is considering cutting about 140 teaching assistant posts.");
    assertEquals("Kellsborough Chronicle", speaker(s).name());
  }

  @Test
  void thereHasBeenNoX_deniesTheStatementThatSpokeOfX() {
    List<Statement> st = statements("The Union of Rail and Transport Workers said the operator had been cutting track "
        + "maintenance for two years. \"There has been no cut,\" chief executive Tomas Reinholt said.");
    assertEquals(2, st.size(), () -> st.toString());
    assertEquals(StanceKind.DENIES, st.get(1).kind());
    assertEquals(0, st.get(1).refersTo());
  }

  @Test
  void aGroupWithARelativeClause_isTheGroup() {
    Statement s = only("According to two hospital staff who spoke on condition of anonymity, the ward ran out of "
        + "sterile gowns twice in February.");
    assertEquals("hospital staff", speaker(s).name());
    assertEquals(ActorKind.UNNAMED_GROUP, speaker(s).kind());
    assertEquals("The ward ran out of sterile gowns twice in February.", s.claimText());
  }

  @Test
  void aPortfolioBeforeMinister_isPartOfTheTitleNotAnOrganisation() {
    List<Statement> st = statements("Health Minister Petra Lund said the audit would be published next week. "
        + "The company said all deliveries had been made on time.");
    assertEquals(1, st.size(), () -> "no company was named: " + st);
    Speaker lund = speaker(st.get(0));
    assertEquals("Petra Lund", lund.name());
    assertEquals(ActorKind.PERSON, lund.kind());
    assertNull(lund.organization());
    assertEquals("Health Minister", lund.title());
  }

  @Test
  void chiefExecutiveOfABody_isAffiliatedAndTheBodyIsTheCompany() {
    List<Statement> st = statements("\"We have nothing to hide,\" said Marco Fosse, chief executive of Helix Supplies. "
        + "The company said in a statement that all deliveries had been made on time.");
    assertEquals(2, st.size(), () -> st.toString());
    assertEquals("Helix Supplies", speaker(st.get(0)).organization().name());
    assertEquals("Helix Supplies", speaker(st.get(1)).name());
    assertEquals(ActorKind.ORGANIZATION, speaker(st.get(1)).kind());
  }

  @Test
  void aNameJoinedByAnd_isNotDescribedByTheNounAfterIt() {
    List<Statement> st = statements("Marco Fosse, chief executive of Helix Supplies, said the gowns were delivered. "
        + "Both Helix Supplies and the hospital have rejected the allegations. The company said it had met every order.");
    assertEquals("Helix Supplies", speaker(st.get(st.size() - 1)).name());
  }

  @Test
  void deniedAnyWrongdoing_refersToTheAccusationAgainstTheSpeaker() {
    List<Statement> st = statements("The Halvard League has charged Ravenshore FC with fielding an ineligible player. "
        + "Sources close to the club said a deal was unlikely before June. Ravenshore denied any wrongdoing.");
    assertEquals(StanceKind.DENIES, st.get(2).kind());
    assertEquals(0, st.get(2).refersTo());
  }

  @Test
  void deniedAnyWrongdoing_withNoAccusation_isItsOwnClaim() {
    List<Statement> st = statements("Sources close to the negotiations said a deal was unlikely before June. "
        + "Helix Supplies has denied any wrongdoing.");
    assertEquals(2, st.size(), () -> st.toString());
    assertFalse(st.get(1).refersBack());
    assertEquals(StanceKind.DENIES, st.get(1).kind());
    assertEquals("Helix Supplies committed wrongdoing.", st.get(1).claimText());
  }

  @Test
  void refusedToSay_declines() {
    List<Statement> st = statements("Two nurses said the ward ran out of gowns. "
        + "Helix Supplies refused to say how many gowns had been ordered.");
    assertEquals(StanceKind.DECLINES_TO_COMMENT, st.get(1).kind());
    assertEquals("Helix Supplies", speaker(st.get(1)).name());
  }

  @Test
  void theOpposition_isASpeaker_butAClauseEndingInOppositionIsNot() {
    Statement s = only("The opposition condemned the delay in publishing the audit.");
    assertEquals(StanceKind.CONDEMNS, s.kind());
    assertEquals("opposition", speaker(s).name());
    assertTrue(statements("She rejected opposition claims that she had been warned about the state of the line.")
        .stream().noneMatch(x -> x.speakers().stream().anyMatch(sp -> sp.name().contains("rejected"))));
  }

  @Test
  void askedWhetherXAndAnsweredNo_deniesX_yesAssertsIt() {
    Statement no = only("Asked whether the supplier had been warned, Health Minister Petra Lund said: \"Absolutely not.\"");
    assertEquals(StanceKind.DENIES, no.kind());
    assertEquals("The supplier had been warned.", no.claimText());
    assertEquals("Petra Lund", speaker(no).name());
    Statement yes = only("Asked if the club would appeal, Jonas Berg said: \"Yes.\"");
    assertEquals(StanceKind.ASSERTS, yes.kind());
    assertEquals("The club would appeal.", yes.claimText());
    // A full answer is a statement of its own, not a yes or no.
    Statement full = only("Asked whether the club would appeal, Jonas Berg said the board would decide on Friday.");
    assertEquals("The board would decide.", full.claimText());
  }

  @Test
  void theSpeakersOwnIt_isNamedInDeclinedAndDeniedClaimsToo() {
    Statement s = only("The National Data Protection Board declined to comment on whether it had opened an investigation.");
    assertEquals(StanceKind.DECLINES_TO_COMMENT, s.kind());
    assertEquals("National Data Protection Board had opened an investigation.", s.claimText());
  }

  @Test
  void aSingleWordNameWithItsDemonymInTheText_isAPlace() {
    List<Statement> st = statements("Ostravia said on Monday it had ordered 12 Kaldonian diplomats to leave. "
        + "Ostravian officials said the network had targeted ports.");
    assertEquals("Ostravia", speaker(st.get(0)).name());
    assertEquals(ActorKind.STATE, speaker(st.get(0)).kind());
    assertEquals("Ostravia had ordered 12 Kaldonian diplomats to leave.", st.get(0).claimText());
  }

  @Test
  void calledItBaseless_afterADenialInTheSameSentence_isOneDenial() {
    List<Statement> st = statements("The Aviation Workers Union alleged that engineers had been pressured to sign off "
        + "on repairs. Norvik Air disputed that account, calling it \"baseless\".");
    assertEquals(2, st.size(), () -> st.toString());
    assertEquals(StanceKind.DENIES, st.get(1).kind());
    assertEquals(0, st.get(1).refersTo());
    assertEquals(ActorKind.ORGANIZATION, speaker(st.get(1)).kind());
  }

  @Test
  void theAirline_isTheCompanyNamedBefore() {
    List<Statement> st = statements("The Aviation Workers Union said Norvik Air had cut maintenance. "
        + "The airline said its maintenance budget had grown every year.");
    assertEquals("Norvik Air", speaker(st.get(1)).name());
  }

  @Test
  void aStatementFromABody_isTheBodys() {
    List<Statement> st = statements("The Civil Aviation Authority has opened an investigation into Norvik Air, the "
        + "authority said. A statement from the authority said inspectors would examine the maintenance records.");
    assertEquals("Civil Aviation Authority", speaker(st.get(1)).name());
    assertEquals("Inspectors would examine the maintenance records.", st.get(1).claimText());
  }

  @Test
  void theSettingBeforeThat_isNoPartOfTheClaim() {
    assertEquals("The aircraft had been fully serviced in April.", only("Elise Brandt said in an interview with the "
        + "Tromsdal Herald that the aircraft had been fully serviced in April.").claimText());
    assertEquals("The aircraft had been fully serviced in April.", only("Elise Brandt said during a visit to the "
        + "plant that the aircraft had been fully serviced in April.").claimText());
  }

  @Test
  void anEllipticalSecondClause_staysWithTheFirst() {
    Statement s = only("\"Safety is our first priority, and it always has been,\" Elise Brandt said.");
    assertEquals("Safety is our first priority, and it always has been.", s.claimText());
  }

  @Test
  void aPossessiveOrganisationBeforeATitle_losesItsS() {
    Statement s = only("Norvik Air's chief operating officer, Elise Brandt, said the aircraft had been serviced.");
    assertEquals("Elise Brandt", speaker(s).name());
    assertEquals("Norvik Air", speaker(s).organization().name());
  }

  @Test
  void neitherXNorYResponded_declinesForBoth() {
    List<Statement> st = statements("The Herald reported that the engine had been flagged twice. Neither Norvik Air "
        + "nor the engine's manufacturer, Halvorsen Turbines, responded to requests for comment.");
    Statement s = st.get(st.size() - 1);
    assertEquals(StanceKind.DECLINES_TO_COMMENT, s.kind());
    assertEquals(List.of("Norvik Air", "Halvorsen Turbines"), names(s));
  }

  @Test
  void anUnnamedSingleSource_speaksAndIsTheHeThatFollows() {
    List<Statement> st = statements("Transport Minister Henrik Aas said the fleet could be grounded. A former Norvik Air "
        + "engineer, who asked not to be named because he feared retaliation, told the Herald that shortcuts were "
        + "common. \"Everyone knew the schedule was impossible,\" he said.");
    assertEquals(3, st.size(), () -> st.toString());
    assertEquals("former Norvik Air engineer", speaker(st.get(1)).name());
    assertEquals(ActorKind.UNNAMED_GROUP, speaker(st.get(1)).kind());
    assertEquals("former Norvik Air engineer", speaker(st.get(2)).name());
    Statement official = only("A senior official, speaking on condition of anonymity, said the fleet would be grounded.");
    assertEquals("senior official", speaker(official).name());
  }

  @Test
  void saidThenALowerCaseTitleAndAName_isThatPerson() {
    Statement s = only("\"This is the strongest evidence yet,\" said lead author Dr. Miriam Osei of the University of Halden.");
    assertEquals("Miriam Osei", speaker(s).name());
    assertEquals("University of Halden", speaker(s).organization().name());
  }

  @Test
  void aStudyInAJournalFound_isTheJournals_andQuestioningTheFindingsDeniesIt() {
    List<Statement> st = statements("A study published on Wednesday in the journal Cardiology Today found that patients "
        + "with microplastics in their arteries were twice as likely to suffer a heart attack. Osei cautioned that the "
        + "study did not prove that plastics caused heart disease. The Plastics Industry Council questioned the findings.");
    assertEquals("Cardiology Today", speaker(st.get(0)).name());
    assertEquals(ActorKind.MEDIA_OUTLET, speaker(st.get(0)).kind());
    assertEquals(StanceKind.ASSERTS, st.get(0).kind(), "'twice as likely' is a comparison, not a hedge");
    Statement questioned = st.get(st.size() - 1);
    assertEquals(StanceKind.DENIES, questioned.kind());
    assertEquals(0, questioned.refersTo());
    assertTrue(statements("Police questioned two men about the theft.").isEmpty());
  }

  @Test
  void allegationsWithoutMerit_deniesThem_andTheCompanyIsNoUniversity() {
    List<Statement> st = statements("Dr. Miriam Osei of the University of Halden said the samples were clean. "
        + "Prosecutors allege that the company hid test results from regulators for a decade. The company's lawyer, "
        + "Sandra Vik, said in a court filing that the allegations were \"without merit\".");
    Statement vik = st.get(st.size() - 1);
    assertEquals(StanceKind.DENIES, vik.kind());
    assertEquals(1, vik.refersTo());
    assertNull(speaker(vik).organization());
  }

  @Test
  void anAgencyCitingASource_relaysTheSource() {
    Statement s = only("State news agency RIA Novosti, citing a source in the ministry, reported that Ukrainian drones "
        + "had been shot down over Belgorod.");
    assertEquals("source in the ministry", speaker(s).name());
    assertEquals(List.of("RIA Novosti"), s.relayChain().stream().map(Speaker::name).toList());
  }

  @Test
  void accordingToATitleAndAName_isThatPerson() {
    Statement s = only("According to the Kharkiv regional governor, Oleh Syniehubov, 17 people were injured.");
    assertEquals("Oleh Syniehubov", speaker(s).name());
    assertEquals("17 people were injured.", s.claimText());
  }

  @Test
  void aDatelineWithADate_creditsTheWire() {
    Extraction x = run("KYIV, Feb 3 (Reuters) - Ukraine said on Monday that Russian forces had shelled a hospital.");
    assertEquals("Reuters", x.creditedPublisher().name());
  }

  @Test
  void itWasNotInvolved_isTheSpeakersOwnDenialNotAnImpersonalIt() {
    Statement s = only("Belarus, a close ally of Moscow, said it was not involved.");
    assertEquals("Belarus was not involved.", s.claimText());
  }

  @Test
  void condemnedTheAttack_isTheShellingReportedBefore() {
    List<Statement> st = statements("Ukraine said that Russian forces had shelled a hospital in Kharkiv. The Kremlin "
        + "spokesman, Dmitry Peskov, told reporters that Russia never targets civilians. Poland, Lithuania and Latvia "
        + "condemned the attack in a joint statement.");
    Statement condemned = st.get(st.size() - 1);
    assertEquals(StanceKind.CONDEMNS, condemned.kind());
    assertEquals(3, condemned.speakers().size());
    assertEquals(0, condemned.refersTo());
  }

  @Test
  void blamedXForY_andYOnX_sayXWasToBlame() {
    Statement s = only("Telvora's chief technology officer, Rune Dahl, appeared to blame a third-party vendor for the breach.");
    assertEquals(StanceKind.SUGGESTS, s.kind());
    assertEquals("A third-party vendor was to blame for the breach.", s.claimText());
    Statement on = only("Norvik Air blamed the cancellations on a shortage of air traffic controllers.");
    assertEquals("A shortage of air traffic controllers was to blame for the cancellations.", on.claimText());
    List<Statement> st = statements("Rune Dahl blamed a third-party vendor for the breach. "
        + "Dahl later retracted his comments about the vendor.");
    assertEquals(StanceKind.RETRACTS, st.get(1).kind());
    assertEquals(0, st.get(1).refersTo());
  }

  @Test
  void noEvidenceThatX_deniesX() {
    Statement s = only("The vendor, Cloudbridge Systems, said there was no evidence its systems had been compromised.");
    assertEquals("Cloudbridge Systems", speaker(s).name());
    assertEquals(StanceKind.DENIES, s.kind());
    assertEquals("Cloudbridge Systems' systems had been compromised.", s.claimText());
  }

  @Test
  void anUnnamedBodysOwnIt_keepsItsArticle() {
    Statement s = only("The data protection regulator said it had received more than 1,000 complaints.");
    assertEquals("The data protection regulator had received more than 1,000 complaints.", s.claimText());
  }

  @Test
  void theLeaderOfABody_isThePersonTheArticleTitlesSoLater_notTheDeputy() {
    List<Statement> st = statements("Teachers stayed off work, as the leader of Kellsborough City Council accused their "
        + "union of lying about the offer. Speaking on local radio, council leader Harriet Lund said the talks had "
        + "failed. Deputy council leader Joseph Adeyemi said there was no plan to cut posts.");
    assertEquals("Harriet Lund", speaker(st.get(0)).name());
    assertEquals(ActorKind.PERSON, speaker(st.get(0)).kind());
  }

  @Test
  void neitherConfirmNorDenyThatX_declinesOnX_alsoAfterSaidIt() {
    Statement s = only("The Halden Anti-Doping Agency would neither confirm nor deny that an investigation was under way.");
    assertEquals(StanceKind.DECLINES_TO_COMMENT, s.kind());
    assertEquals("An investigation was under way.", s.claimText());
    Statement said = only("The national anti-doping agency said it could neither confirm nor deny that an "
        + "investigation was under way.");
    assertEquals(StanceKind.DECLINES_TO_COMMENT, said.kind());
    assertEquals("national anti-doping agency", speaker(said).name());
  }

  @Test
  void saidInAStatementColon_theQuoteIsWhatWasSaid() {
    List<Statement> st = statements("The Daily Courier reported that three players had tested positive for a banned "
        + "stimulant. Westbrook United said in a statement: \"These allegations are entirely false.\"");
    assertEquals(StanceKind.DENIES, st.get(1).kind());
    assertEquals(0, st.get(1).refersTo());
  }

  @Test
  void aPossessiveClaimDismissedByABody_isTheOwnersClaimAndTheBodysDenial() {
    List<Statement> st = statements("Ortega's claim that the story was planted by a rival club was dismissed by the "
        + "Halvard League as pure speculation.");
    assertEquals(2, st.size(), () -> st.toString());
    assertEquals("Ortega", speaker(st.get(0)).name());
    assertEquals(StanceKind.ASSERTS, st.get(0).kind());
    assertEquals("Halvard League", speaker(st.get(1)).name());
    assertEquals(StanceKind.DENIES, st.get(1).kind());
    assertEquals("The story was planted by a rival club.", st.get(1).claimText());
  }

  @Test
  void accusedEachOther_isEachAccusingTheOther() {
    List<Statement> st = statements("Armenia and Azerbaijan accused each other of violating the ceasefire.");
    assertEquals(2, st.size(), () -> st.toString());
    assertEquals("Armenia", speaker(st.get(0)).name());
    assertEquals("Azerbaijan violating the ceasefire.", st.get(0).claimText());
    assertEquals("Azerbaijan", speaker(st.get(1)).name());
    assertEquals("Armenia violating the ceasefire.", st.get(1).claimText());
  }

  @Test
  void quotedXAsSaying_isXsRelayedByTheQuotingOutlet() {
    Statement s = only("The state news agency IRNA quoted Defence Minister Mohammad Reza Ashtiani as saying the drones "
        + "had been sold before the war began.");
    assertEquals("Mohammad Reza Ashtiani", speaker(s).name());
    assertEquals("The drones had been sold before the war began.", s.claimText());
    assertEquals(List.of("IRNA"), s.relayChain().stream().map(Speaker::name).toList());
  }

  @Test
  void hadNothingToAdd_declines() {
    List<Statement> st = statements("The United States has accused Iran of supplying drones to Russia. Asked about the "
        + "allegations, Kremlin spokesman Dmitry Peskov said he had nothing to add.");
    assertEquals(StanceKind.DECLINES_TO_COMMENT, st.get(1).kind());
    assertEquals(0, st.get(1).refersTo());
  }

  @Test
  void aTitleWithItsPlace_andABodyNamedWithATitleWord() {
    Statement marsh = only("Station Commander Aileen Marsh of Dunmore Fire and Rescue Service said a fire that badly "
        + "damaged a flat appeared to have started at the plug of a portable heater.");
    assertEquals("Aileen Marsh", speaker(marsh).name());
    assertEquals(StanceKind.SUGGESTS, marsh.kind(), "'appeared to have started' is hedged");
    Statement division = only("The Premier Division charged Ashmoor Rovers with breaking its spending rules.");
    assertEquals("Premier Division", speaker(division).name());
    assertEquals(ActorKind.ORGANIZATION, speaker(division).kind());
  }

  @Test
  void theClub_isAClubNotAPanelWithClubInItsName() {
    List<Statement> st = statements("The Premier Division charged Ashmoor Rovers on Monday with breaking its spending "
        + "rules, after the league's Club Finance Panel concluded that the club had understated its wage bill. "
        + "The club dismissed the charges as \"baseless\".");
    Statement dismissed = st.get(st.size() - 1);
    assertEquals("Ashmoor Rovers", speaker(dismissed).name());
    assertEquals(StanceKind.DENIES, dismissed.kind());
  }

  @Test
  void describedAsWrong_denies_andALocalFishermanWithAName_isThatPerson() {
    List<Statement> st = statements("The Household Consumers Association said the same cable is fitted to the smaller "
        + "heater. A spokeswoman for Corvane Home described the association's claim as \"simply wrong\".");
    assertEquals(StanceKind.DENIES, st.get(1).kind());
    assertEquals(0, st.get(1).refersTo());
    Statement dahl = only("A local fisherman, Erik Dahl, said catches had fallen sharply since last autumn.");
    assertEquals("Erik Dahl", speaker(dahl).name());
    assertEquals(ActorKind.PERSON, speaker(dahl).kind());
  }

  @Test
  void aConditionalPromise_isNoClaim_butAConditionalAssessmentIs() {
    assertTrue(statements("\"If the charges stand, we expect to be compensated,\" Derek Amankwah said.").isEmpty());
    Statement lukin = only("Artyom Lukin said that if she meets the president, it could be another sign that Putin "
        + "will visit Pyongyang this year.");
    assertEquals(StanceKind.SUGGESTS, lukin.kind());
  }

  @Test
  void theEnvironmentAgency_isNoOtherAgencyNamedBefore() {
    List<Statement> st = statements("Redstone Minerals, a mining agency, said its monitoring showed no breach. "
        + "The state environment agency said it had opened an inquiry.");
    assertEquals("environment agency", speaker(st.get(st.size() - 1)).name());
  }

  @Test
  void andXDeclinedToComment_isASilenceOfItsOwn_andTheNewspapersAccountIsTheOutletsReport() {
    List<Statement> st = statements("Victor Hale, the Rovers chairman, said every payment had been declared. According "
        + "to a report in the Sporting Chronicle, the Maltese firm, Seacrest Image Management, is controlled by a "
        + "relative of one of Hale's business partners. Hale did not respond to a request for comment on the "
        + "newspaper's account of Seacrest's ownership, and Seacrest declined to comment.");
    assertEquals(4, st.size(), () -> st.toString());
    assertEquals("Victor Hale", speaker(st.get(2)).name());
    assertEquals(StanceKind.DECLINES_TO_COMMENT, st.get(2).kind());
    assertEquals(1, st.get(2).refersTo());
    assertEquals("Seacrest Image Management", speaker(st.get(3)).name());
    assertEquals(StanceKind.DECLINES_TO_COMMENT, st.get(3).kind());
  }

  @Test
  void sheAfterAWomanNamedJustBefore_isHerNotTheLastSpeakerWhoseNameTellsNothing() {
    List<Statement> st = statements("Derek Amankwah said his side could have stayed up. League chief executive Priya "
        + "Raman was unmoved. \"These charges will be heard by an independent commission,\" she told reporters.");
    assertEquals("Priya Raman", speaker(st.get(st.size() - 1)).name());
  }

  @Test
  void ruledOutX_saysThereWillBeNoX() {
    Statement s = only("The Ministry of Education ruled out any additional funding for Kellsborough.");
    assertEquals("There will be no additional funding for Kellsborough.", s.claimText());
    assertEquals(StanceKind.SUGGESTS, only("League chief executive Priya Raman appeared to rule out a negotiated "
        + "settlement.").kind());
  }

  @Test
  void aPluralPossessiveName_whichSays_isTheWholeNameAndItsClauseEndsAtTheMainVerb() {
    List<Statement> st = statements("The Household Consumers' Association, which says it has logged 46 complaints about "
        + "scorched sockets since October, argues that the same cable is fitted to a smaller version.");
    assertEquals(2, st.size(), () -> st.toString());
    assertEquals("Household Consumers' Association", speaker(st.get(0)).name());
    assertEquals("Household Consumers' Association has logged 46 complaints about scorched sockets since October.",
        st.get(0).claimText());
    assertTrue(statements("The panel said wages were paid through a company in Malta, keeping Rovers' declared "
        + "spending below the cap.").stream().noneMatch(x -> x.cue().equals("declared")));
  }

  @Test
  void disputedThatComma_pointsBack_andAGenericBodyBeforeATitleIsNoBodyOfItsOwn() {
    List<Statement> st = statements("The Valmont Port Authority said the strike was illegal because the union had not "
        + "given notice. Union leader Sara Nilsen disputed that, saying notice had been served on June 20.");
    // The reason given is a claim of its own, and it is what the union leader disputes.
    assertEquals("The union had not given notice.", st.get(1).claimText());
    assertEquals(StanceKind.DENIES, st.get(2).kind());
    assertEquals(1, st.get(2).refersTo());
    assertEquals("Sara Nilsen", speaker(st.get(2)).name());
    assertNull(speaker(st.get(2)).organization());
    assertEquals("Notice had been served on June 20.", st.get(3).claimText());
  }

  @Test
  void qualifiedGroups_officesAndBodiesBeforeATitle() {
    Statement officials = only("Health officials in Lindmark say 14 people have died of measles since January.");
    assertEquals("health officials", speaker(officials).name());
    List<Statement> st = statements("In a letter to shareholders, Vaxgen chief executive Lena Ruiz wrote that demand "
        + "for the vaccine had doubled. Opposition lawmaker Tom Ekberg wrote in a post on X that the government had "
        + "ignored repeated warnings. The prime minister's office said the claim was \"categorically untrue\". "
        + "Vaxgen has said it will contest the lawsuit.");
    assertEquals("Demand for the vaccine had doubled.", st.get(0).claimText());
    assertEquals("Vaxgen", speaker(st.get(0)).organization().name());
    assertEquals("Tom Ekberg", speaker(st.get(1)).name());
    assertNull(speaker(st.get(1)).organization());
    assertEquals("prime minister's office", speaker(st.get(2)).name());
    assertEquals(StanceKind.DENIES, st.get(2).kind());
    assertEquals(ActorKind.ORGANIZATION, speaker(st.get(3)).kind());
    assertEquals("Vaxgen will contest the lawsuit.", st.get(3).claimText());
  }

  @Test
  void aReportThatItPlans_isTheDeniersPlan_andReportedCitingOfficials_isTheOfficialsRelayed() {
    Statement denied = only("The Ministry of Finance denied a report that it plans to raise value-added tax.");
    assertEquals("Ministry of Finance plans to raise value-added tax.", denied.claimText());
    Statement cited = only("The Kronberg Times had reported, citing two officials, that the increase would be "
        + "announced in the autumn budget.");
    assertEquals("officials", speaker(cited).name());
    assertEquals("The increase would be announced in the autumn budget.", cited.claimText());
    assertEquals(List.of("Kronberg Times"), cited.relayChain().stream().map(Speaker::name).toList());
  }

  @Test
  void aQuotedVerdictOnTheReport_deniesIt_andAnAcronymLikeVatIsNoBody() {
    List<Statement> st = statements("The Kronberg Times reported that the Ministry of Finance would raise VAT. \"There are no "
        + "plans to raise VAT,\" a ministry spokesman said. \"The report is pure speculation.\" The central bank "
        + "declined to comment.");
    Statement verdict = st.get(2);
    assertEquals(StanceKind.DENIES, verdict.kind());
    assertEquals(0, verdict.refersTo());
    assertEquals("central bank", speaker(st.get(3)).name());
  }

  @Test
  void aSaintsNameKeepsItsOwner() {
    Statement s = only("Dr. Kwame Asante, a respiratory specialist at St. Luke's Hospital, said asthma cases had risen.");
    assertEquals("St. Luke's Hospital", speaker(s).organization().name());
  }

  @Test
  void theLeaguesDisciplinaryPanel_isABodyOfItsOwn() {
    Statement s = only("The league's disciplinary panel said in its written reasons that the testimony of two "
        + "witnesses was \"credible and consistent\".");
    assertEquals("league's disciplinary panel", speaker(s).name());
    assertEquals("The testimony of two witnesses was credible and consistent.", s.claimText());
  }

  @Test
  void wordsThatFrameTheClaim_areNoPartOfIt() {
    Statement s = only("\"Everything we know so far tells us the train was running within the speed limit,\" "
        + "chief executive Tomas Reinholt said.");
    assertEquals("The train was running within the speed limit.", s.claimText());
  }

  @Test
  void theNumbersDontAddUp_deniesTheFigure_andNotHavingReviewedTheNumbersClaimsNothing() {
    List<Statement> st = statements("Mayor Lisa Grant said that the budget deficit had tripled. \"The numbers don't add "
        + "up,\" council member Dan Ortiz said in a phone interview. The city's auditor, Karen Liu, said she had not yet "
        + "reviewed the numbers.");
    assertEquals(2, st.size(), () -> st.toString());
    assertEquals(StanceKind.DENIES, st.get(1).kind());
    assertEquals(0, st.get(1).refersTo());
  }

  @Test
  void aNonAnswerToAskedWhether_declinesOnTheQuestion_andAGroupInTwoPlacesIsOneGroup() {
    Statement s = only("Asked whether customers would be compensated, Marcus Webb said the company was \"still "
        + "assessing\" its options.");
    assertEquals(StanceKind.DECLINES_TO_COMMENT, s.kind());
    assertEquals("Customers would be compensated.", s.claimText());
    Statement authorities = only("Data protection authorities in Norway and Denmark said they were looking into the "
        + "incident.");
    assertEquals(List.of("data protection authorities"), names(authorities));
  }

  @Test
  void aGroupCallingItself_isTheGroup_whoseClaimIsWhatItClaimed() {
    List<Statement> st = statements("Marlow Telecom said a power fault had cut service in three regions. A group calling "
        + "itself Black Lantern claimed responsibility for the blackout on Sunday and posted what it said was a "
        + "server log. Marlow's security chief, Ines Varga, said the log was fake. The national police said they "
        + "were investigating but declined to comment on the group's claim.");
    Statement declined = st.get(st.size() - 1);
    assertEquals(StanceKind.DECLINES_TO_COMMENT, declined.kind());
    assertEquals("Black Lantern", speaker(st.get(declined.refersTo())).name());
    assertTrue(st.get(declined.refersTo()).claimText().startsWith("Black Lantern was responsible for the blackout"));
  }

  @Test
  void someonesSuggestion_isWhatTheySuggested_andPointingOutThat_assertsForTheSameSpeaker() {
    List<Statement> st = statements("Mayor Tom Reyes said the bridge could have stayed open had the contractor "
        + "followed the plans. \"We will be talking to our lawyers,\" he said. The contractor, Delmar Works, called "
        + "Reyes's suggestion \"absurd\", pointing out that the bridge had failed two inspections before it took "
        + "over.");
    Statement denial = st.get(2);
    assertEquals(StanceKind.DENIES, denial.kind());
    assertEquals(0, denial.refersTo());
    Statement pointed = st.get(3);
    assertEquals("Delmar Works", speaker(pointed).name());
    assertEquals(StanceKind.ASSERTS, pointed.kind());
    assertEquals("The bridge had failed two inspections before it took over.", pointed.claimText());
  }

  @Test
  void theNewspapersAccount_isTheOutletLastNamed_evenParagraphsAfterItsReport() {
    List<Statement> st = statements("According to a report in the Harbour Times, the firm Nordvik Freight is owned by "
        + "a cousin of port director Erik Sand. The paper also quoted a former clerk, speaking on condition "
        + "of anonymity, who described the tender as rushed. The "
        + "port authority said cargo volumes rose 12 per cent this year. Sand did not respond to a request for comment on the "
        + "newspaper's account of Nordvik's "
        + "ownership.");
    Statement declined = st.get(st.size() - 1);
    assertEquals(StanceKind.DECLINES_TO_COMMENT, declined.kind());
    assertEquals("Harbour Times", speaker(st.get(declined.refersTo())).name());
  }

  @Test
  void theFindings_areWhatTheStudyTheArticleLedWithFound() {
    List<Statement> st = statements("Coral cover on the Tessaly Reef fell by a third in five years, according to a "
        + "study published on Monday by the Maren Ocean Trust. A 2019 survey by Calder University put the decline "
        + "at 12 per cent. The trust's lead author, Dr. Ana Pires, said warmer water was to blame. The regional "
        + "fisheries office said catches had been stable. The tourism board declined to comment on the findings.");
    Statement declined = st.get(st.size() - 1);
    assertEquals(StanceKind.DECLINES_TO_COMMENT, declined.kind());
    assertEquals(0, declined.refersTo());
  }

  @Test
  void aSilenceIsAboutABodyOnlyWhereItsNameIsWrittenAsAName() {
    List<Statement> st = statements("The Transport Workers Union accused Halden City Council of cutting road "
        + "maintenance to save money. The council denied it. According to the Valen Post, inspectors had flagged a cracked joint on the bridge in "
        + "May. The paper said the joint had still not been repaired. Northway Road Services, which maintains the "
        + "bridge, did not respond to a request for comment.");
    Statement silent = st.get(st.size() - 1);
    assertEquals(StanceKind.DECLINES_TO_COMMENT, silent.kind());
    assertEquals("The joint had still not been repaired.", st.get(silent.refersTo()).claimText());
  }

  @Test
  void theUnionsClaims_areWhatTheUnionAccusedSomeoneOf_notItsLeadersQuoteSince() {
    List<Statement> st = statements("The Dock Workers Union accused Port Selna of cutting safety checks to save money. "
        + "\"We warned them for a year,\" said Rui Costa, the union's president. \"Nobody listened.\" Port director "
        + "Maria Lind said inspections had increased, calling the union's claims \"false\".");
    Statement denial = st.get(st.size() - 1);
    assertEquals(StanceKind.DENIES, denial.kind());
    assertEquals(0, denial.refersTo());
  }

  @Test
  void aStatementInTheSubjectsRelativeClause_isLeftOutOfTheMainStatementsExcerpt() {
    String text = "The Tenants' Alliance, which says it has received 120 complaints about flooded basements and "
        + "blocked drains since May, argues that the same contractor built both estates.";
    List<Statement> st = statements(text);
    assertEquals(2, st.size(), () -> st.toString());
    assertEquals("Tenants' Alliance has received 120 complaints about flooded basements and blocked drains since May.",
        st.get(0).claimText());
    assertTrue(excerpt(text, st.get(1)).startsWith("argues that the same contractor"), excerpt(text, st.get(1)));
  }

  @Test
  void theAssociationsClaim_isWhatTheAssociationItselfSaid_beforeWhatItsPeopleSaid() {
    List<Statement> st = statements("The Cyclists' Association argues that the new junction is more dangerous than "
        + "the old one. Mia Holt, the association's campaigns director, accused Redbridge Council of ignoring its "
        + "own safety audit. A spokesman for Redbridge Council described the association's claim as \"simply wrong\".");
    assertEquals("Cyclists' Association", speaker(st.get(1)).organization().name());  // "campaigns director"
    Statement denial = st.get(st.size() - 1);
    assertEquals(StanceKind.DENIES, denial.kind());
    assertEquals(0, denial.refersTo());
  }

  @Test
  void aBodysFirstWord_isNoShortFormWhenItIsACommonNoun() {
    Statement s = only("Hal Whitcombe of the Association of School Leaders said another walkout looked likely.");
    Speaker body = speaker(s).organization();
    assertEquals("Association of School Leaders", body.name());
    assertTrue(body.aliases().stream().noneMatch(a -> a.equalsIgnoreCase("association")), body.aliases()::toString);
  }

  @Test
  void theSuggestionThat_justAfterSomeoneSuggestedIt_isThatSuggestionInTheDeniersWords() {
    List<Statement> st = statements("Fire chief Ola Berg said faulty wiring in the kitchen was the likely cause of "
        + "the blaze. The landlord, Brook Homes, rejected the suggestion that its electrics were to blame.");
    assertEquals(StanceKind.SUGGESTS, st.get(0).kind());
    assertEquals(StanceKind.DENIES, st.get(1).kind());
    assertEquals(0, st.get(1).refersTo());
    // With nothing suggested just before, the clause is the claim denied.
    Statement own = only("Brook Homes rejected the suggestion that its electrics were to blame.");
    assertEquals(StanceKind.DENIES, own.kind());
    assertFalse(own.refersBack());
  }

  @Test
  void hardToExplainWith_deniesTheExplanationSomeoneGave() {
    List<Statement> st = statements("Marc Dubois, the cyclist's lawyer, said contaminated meat was the most likely "
        + "explanation for the positive test. Dr. Ines Moreau, a toxicologist, said a concentration that high \"would be very hard to "
        + "explain with contaminated meat\".");
    Statement denial = st.get(st.size() - 1);
    assertEquals(StanceKind.DENIES, denial.kind());
    assertEquals(0, denial.refersTo());
  }

  @Test
  void calledThatFalse_isTheClaimSomeoneReported_notTheQuoteThatColouredIt() {
    List<Statement> st = statements("Mayor Ellen Park said the drivers' union had privately accepted a 3 per cent "
        + "offer last week. \"We were one signature away from a deal,\" she said. Union chief Tom Lyle called that "
        + "\"simply false\".");
    Statement denial = st.get(st.size() - 1);
    assertEquals(StanceKind.DENIES, denial.kind());
    assertEquals(0, denial.refersTo());
  }

  @Test
  void aDenialOfWhatTheDeniersStaffDid_answersTheAccusationAfterTheAccusersOwnAccount() {
    List<Statement> st = statements("Valdora said it had expelled eight Brenish diplomats, accusing them of "
        + "running a smuggling ring. \"They were traffickers with diplomatic passports,\" Interior Minister Ana "
        + "Kos said. She said the ring had bribed two customs officers and had moved weapons through the port. The "
        + "Brenish Foreign Ministry denied that any of its staff had broken the law.");
    Statement denial = st.get(st.size() - 1);
    assertEquals(StanceKind.DENIES, denial.kind());
    assertEquals(1, denial.refersTo());
  }

  @Test
  void whatTheBodyBelieves_saidByItsSpokesperson_isOneStatementOfTheSpokesperson() {
    String text = "The Ministry of Fisheries said 40 seabirds had died. The ministry believes the oil was dumped by a "
        + "passing tanker, spokesman Jonas Falk said on Friday.";
    List<Statement> st = statements(text);
    assertEquals(2, st.size(), st::toString);
    Statement s = st.get(1);
    assertEquals("Jonas Falk", speaker(s).name());
    assertEquals("The oil was dumped by a passing tanker.", s.claimText());
    assertTrue(excerpt(text, s).startsWith("The ministry believes"), excerpt(text, s));
  }

  @Test
  void claimedResponsibility_isTheClaimThatTheSpeakerWasResponsible_andNotYDeniesY() {
    Statement claimed = only("A group calling itself Night Owl claimed responsibility for the blackout.");
    assertEquals("Night Owl was responsible for the blackout.", claimed.claimText());
    List<Statement> st = statements("Marlow Telecom said a fault in the power supply, not a cyberattack, caused the "
        + "blackout that cut service in three regions.");
    assertEquals(2, st.size(), st::toString);
    assertEquals("A fault in the power supply caused the blackout that cut service in three regions.",
        st.get(0).claimText());
    assertEquals(StanceKind.DENIES, st.get(1).kind());
    assertEquals("A cyberattack caused the blackout.", st.get(1).claimText());
  }

  @Test
  void confirmedXDaysAfterItDeclinedToComment_isTheSameSpeakersEarlierSilenceOnX() {
    List<Statement> st = statements("The Harbour Authority confirmed on Friday that it had suspended the ferry "
        + "operator's licence, three days after it declined to comment on the matter.");
    assertEquals(2, st.size(), st::toString);
    assertEquals("Harbour Authority had suspended the ferry operator's licence.", st.get(0).claimText());
    assertEquals(StanceKind.DECLINES_TO_COMMENT, st.get(1).kind());
    assertEquals(0, st.get(1).refersTo());
  }

  @Test
  void theCompany_staysTheOneTheArticleCalledSo_notAContractorNamedSince() {
    List<Statement> st = statements("Nordline Ferry Group said the crossing would resume on Monday. The Ferry Workers "
        + "Union accused Nordline of cutting crew numbers. The company rejected the accusation. Harbor Marine "
        + "Services, the contractor that maintains the ramps, did not respond to a request for comment. The company "
        + "said the ramp had been repaired overnight.");
    Statement last = st.get(st.size() - 1);
    assertEquals("Nordline Ferry Group", speaker(last).name());
    assertEquals("The ramp had been repaired overnight.", last.claimText());
  }

  @Test
  void anAndBetweenTheFieldsOfABodysName_isOneBody_butAListOfStatesIsEach() {
    Statement union = only("The Union of Rail and Transport Workers said the operator had starved the line of "
        + "maintenance.");
    assertEquals(List.of("Union of Rail and Transport Workers"), names(union));
    Statement states = only("Britain and France said they would send engineers to help.");
    assertEquals(2, states.speakers().size());
  }

  @Test
  void accusedOfSomethingInTheirOwnQuotedWords_condemns_accusedOfAnAct_asserts() {
    Statement quoted = only("Rosa Lind, the union leader, accused Tarvik Foods of \"hiding behind its own paperwork\".");
    assertEquals(StanceKind.CONDEMNS, quoted.kind());
    Statement act = only("Rosa Lind accused Tarvik Foods of withholding test results from the regulator.");
    assertEquals(StanceKind.ASSERTS, act.kind());
  }

  @Test
  void aCallForAnAct_assertsItShouldHappen_forEachBodyOfTheList() {
    Statement call = only("The Civic Alliance, the Green List and the Ratepayers' Group jointly called for the "
        + "contract to be suspended until an independent review is completed.");
    assertEquals(List.of("Civic Alliance", "Green List", "Ratepayers' Group"), names(call));
    assertEquals("The contract should be suspended until an independent review is completed.", call.claimText());
    Statement demand = only("The Tenants' Alliance demanded that the inspection report be "
        + "published in full.");
    assertEquals("The inspection report should be published in full.", demand.claimText());
    assertTrue(statements("Police called for calm after the match.").isEmpty());
  }

  @Test
  void theDirectorate_isTheBodyNamedBeforeByItsHeadWord() {
    List<Statement> st = statements("The data were sent to the Agricultural Chemicals Directorate in 2022, Halvergate "
        + "said. The Directorate confirmed it had received the data in March.");
    assertEquals("Agricultural Chemicals Directorate", speaker(st.get(st.size() - 1)).name());
  }

  @Test
  void twoFieldsBeforeABodysWord_areOneBody_butTwoWholeNamesAreTwo() {
    Statement union = only("The Vineyard and Orchard Workers' Union said at least 14 of its members had been "
        + "diagnosed with kidney disease.");
    assertEquals(List.of("Vineyard and Orchard Workers' Union"), names(union));
    Statement banks = only("Hestia Bank and Corran Savings said card payments had been disrupted for seven hours.");
    assertEquals(List.of("Hestia Bank", "Corran Savings"), names(banks));
  }

  @Test
  void reportedAtTheWeekendCiting_isTheCitedSources_andTheSamePeopleAreThem() {
    List<Statement> st = statements("The Harbour Post reported at the weekend, citing two people familiar with the "
        + "evaluation, that Nordvik was allowed to lower its offer after the deadline. The same people said two panel "
        + "members had met Nordvik representatives in December.");
    assertEquals(2, st.size(), st::toString);
    Speaker sources = speaker(st.get(0));
    assertEquals("people familiar with the evaluation", sources.name());
    assertTrue(sources.aliases().contains("two people familiar with the evaluation"), sources.aliases()::toString);
    assertEquals(List.of("Harbour Post"), st.get(0).relayChain().stream().map(Speaker::name).toList());
    assertEquals("Nordvik was allowed to lower its offer after the deadline.", st.get(0).claimText());
    assertEquals(sources.identity(), speaker(st.get(1)).identity());
  }

  @Test
  void aCommissionSpokesperson_speaksForTheCommissionNamedBefore() {
    List<Statement> st = statements("Marlow Shipping said it had complained to the European Commission about the "
        + "port fees. A Commission spokesperson declined to comment on the complaint.");
    assertEquals("European Commission", speaker(st.get(st.size() - 1)).name());
  }

  @Test
  void theRivalBidder_isABusiness_andItsFirstWordItsShortForm() {
    List<Statement> st = statements("The rival bidder, Hallbeck Living, offered the city 52 million euros more, the "
        + "audit office said. Hallbeck confirmed on Monday that it had lodged a complaint.");
    Speaker hallbeck = speaker(st.get(st.size() - 1));
    assertEquals("Hallbeck Living", hallbeck.name());
    assertEquals(ActorKind.ORGANIZATION, hallbeck.kind());
  }

  @Test
  void aHalvergateSpokesman_speaksForTheBodyThatShortNameStandsFor() {
    List<Statement> st = statements("The fungicide's manufacturer, Halvergate Crop Sciences, disputed the study. "
        + "According to a report in the Marrow Valley Gazette, the company's toxicologists found kidney lesions in "
        + "rats. A Halvergate spokesman rejected the claim.");
    Statement denial = st.get(st.size() - 1);
    assertEquals("Halvergate Crop Sciences", speaker(denial).name());
    assertEquals(StanceKind.DENIES, denial.kind());
  }

  @Test
  void putItBluntly_thenAQuote_isTheSpeakersStatement() {
    Statement s = only("Edvard Lusk, chairman of the Marrow Valley Growers' Association, put it bluntly: \"There is "
        + "no registered alternative for downy mildew.\"");
    assertEquals("Edvard Lusk", speaker(s).name());
    assertEquals("There is no registered alternative for downy mildew.", s.claimText());
  }

  @Test
  void aFindingTheMakerRejected_afterAReportedClause_isTheMakersDenialOfTheFinding() {
    List<Statement> st = statements("Workers who sprayed the fungicide were twice as likely to show kidney damage as "
        + "colleagues who did not, researchers at Brannock University reported on Monday, a finding the product's "
        + "manufacturer, Halvergate Crop Sciences, rejected as \"statistically fragile\".");
    Statement denial = st.get(st.size() - 1);
    assertEquals("Halvergate Crop Sciences", speaker(denial).name());
    assertEquals(StanceKind.DENIES, denial.kind());
    assertEquals(0, denial.refersTo());
  }

  @Test
  void anOpeningAdverb_isNoReportedWords_andDismissedThatAsASmear_pointsBack() {
    List<Statement> st = statements("Separately, the Harbour Post reported on Sunday, citing people familiar with the "
        + "matter, that Nordvik had been allowed to revise its offer. Councillor Dana Reyes accused the mayor of "
        + "\"handing the site to a friend\". The mayor's office dismissed that as \"a smear\".");
    assertEquals("people familiar with the matter", speaker(st.get(0)).name());
    assertEquals("Nordvik had been allowed to revise its offer.", st.get(0).claimText());
    Statement denial = st.get(st.size() - 1);
    assertEquals(StanceKind.DENIES, denial.kind());
    assertEquals(1, denial.refersTo());
  }

  @Test
  void aModalInAClauseAfterTheMainVerb_doesNotHedgeTheClaim() {
    Statement s = only("\"The criteria were altered at a point when the panel could already see who would "
        + "benefit,\" Chief Auditor Henrike Solberg told reporters.");
    assertEquals(StanceKind.ASSERTS, s.kind());
    Statement hedged = only("Solberg said the criteria could have been altered after the bids were opened.");
    assertEquals(StanceKind.SUGGESTS, hedged.kind());
  }

  @Test
  void sheAfterASentenceThatNamedAWomanButSpokeForNoOne_isThatWoman() {
    List<Statement> st = statements("\"That money should have gone into schools,\" said Maria Tennant, who leads "
        + "the Green List. Mayor Teodora Vallin will have none of it. \"Nobody has lost any money,\" she said on "
        + "Tuesday.");
    assertEquals("Teodora Vallin", speaker(st.get(st.size() - 1)).name());
  }

  @Test
  void aSecondVerbAfterOneThatReportedNothing_isTheSentenceSubjects() {
    List<Statement> st = statements("Professor Amalia Groszek, a toxicologist at the Selbourne Institute who was not "
        + "involved in the research, called the findings plausible but said heat stress may have accounted for part "
        + "of the effect.");
    assertEquals(1, st.size(), st::toString);
    assertEquals("Amalia Groszek", speaker(st.get(0)).name());
    assertEquals(StanceKind.SUGGESTS, st.get(0).kind());
    List<Statement> noted = statements("The fungicide's maker, Halvergate Crop Sciences, said the study was flawed. "
        + "The company also questioned the study's independence, noting that part of its funding came from a "
        + "patient charity.");
    Statement last = noted.get(noted.size() - 1);
    assertEquals("Halvergate Crop Sciences", speaker(last).name());
    assertEquals("Part of its funding came from a patient charity.", last.claimText());
  }

  @Test
  void worseThanExpected_reportsNoOne_andTheReasonGivenIsAClaimToo() {
    List<Statement> st = statements("Lestrian State Railways said the line would reopen on Monday at the earliest, a "
        + "day later than it had first estimated, because damage to the overhead wires was worse than expected.");
    assertEquals(2, st.size(), st::toString);
    assertEquals("Damage to the overhead wires was worse than expected.", st.get(1).claimText());
    assertEquals("Lestrian State Railways", speaker(st.get(1)).name());
  }

  @Test
  void accordingToTheGazetteTheTwoAlsoSaid_isTheCountedSourcesRelayedByTheGazette() {
    List<Statement> st = statements("According to a report in the Marrow Valley Gazette, which cited two former "
        + "Halvergate employees, the company found kidney lesions in rats. According to the Gazette, the two also said "
        + "the findings were never shown to the regulator.");
    assertEquals(2, st.size(), st::toString);
    assertEquals(speaker(st.get(0)).identity(), speaker(st.get(1)).identity());
    assertEquals("The findings were never shown to the regulator.", st.get(1).claimText());
    assertFalse(st.get(1).relayChain().isEmpty());
  }

  @Test
  void aReportingVerbInThePassive_reportsNoOne() {
    Statement s = only("Deputy Mayor Piet Aldenhove said the weighting had been \"clarified\" in October.");
    assertEquals("Piet Aldenhove", speaker(s).name());
    assertEquals("The weighting had been clarified in October.", s.claimText());
  }

  @Test
  void ordinarySentencesTheNewerRulesMustNotMisread() {
    // A call as a noun, and a call for no act, claim nothing.
    assertTrue(statements("Mayor Ellen Park said she would stay in office, amid calls for her to resign.").stream()
        .noneMatch(x -> x.claimText() != null && x.claimText().contains("should")), "calls as a noun");
    assertTrue(statements("The Red Cross called for an end to the fighting.").stream()
        .noneMatch(x -> x.claimText() != null && x.claimText().contains("should")), "an end to the fighting");
    // A participle aside after the name ("accused of fraud") is no accusation by her.
    assertTrue(statements("Lena Ruiz, accused of fraud by prosecutors, denied the allegations on Monday.").stream()
        .noneMatch(x -> x.kind() == StanceKind.ASSERTS));
    // "because of" gives no claim of its own.
    assertEquals(1, statements("Lestrian State Railways said the line closed because of damage to the overhead "
        + "wires.").size());
    // Someone else's silence after "after" is no silence of the speaker's on the claim.
    assertTrue(statements("Harriet Lund said talks collapsed after the buyer did not respond to the offer.").stream()
        .noneMatch(x -> x.kind() == StanceKind.DECLINES_TO_COMMENT));
    // Two bodies joined by "and" stay two.
    assertEquals(2, only("The Bank of England and Barclays said rates would stay at 4 per cent.").speakers().size());
  }

  @Test
  void aRoleAfterAnUnnamedBody_isThatBodysPerson() {
    // The issue's own example: "health ministry spokeswoman Dr. Amara Osei" is a person of the ministry.
    Speaker osei = speaker(only("Health ministry spokeswoman Dr. Amara Osei said the outbreak was contained."));
    assertEquals(ActorKind.PERSON, osei.kind());
    assertEquals("spokeswoman", osei.title());
    assertEquals("Health ministry", osei.organization().name());
    // Named before in full, the body is that one.
    Speaker named = speaker(statements("The Halden Health Ministry opened a hotline. Health ministry spokeswoman "
        + "Amara Osei said the outbreak was contained.").get(0));
    assertEquals("Halden Health Ministry", named.organization().name());
    // "a spokeswoman for the health ministry" is a person, and "the ministry" afterwards is that ministry.
    List<Statement> after = statements("\"We are watching,\" said Amara Osei, a spokeswoman for the health ministry. "
        + "The ministry declined to comment on reports that cases had been hidden.");
    assertEquals(2, after.size());
    assertEquals(ActorKind.PERSON, speaker(after.get(0)).kind());
    assertEquals("health ministry", speaker(after.get(0)).organization().name());
    assertEquals(StanceKind.DECLINES_TO_COMMENT, after.get(1).kind());
    assertEquals("health ministry", speaker(after.get(1)).name());
    // A place's body by its kind: "the Halden health ministry".
    assertEquals("Halden health ministry", speaker(only("\"We are watching,\" said Amara Osei, a spokeswoman for the "
        + "Halden health ministry.")).organization().name());
    // A title with no body stays a title.
    assertEquals("Spokeswoman", speaker(only("Spokeswoman Dr. Amara Osei said the outbreak was contained.")).title());
    assertNull(speaker(only("Sports lawyer Hanne Solvik said the ban was unlawful.")).organization());
  }

  @Test
  void aDeniedGerund_isTheDeniersAct() {
    Statement s = only("Pyongyang denied supplying missiles, Reuters reported.");
    assertEquals(StanceKind.DENIES, s.kind());
    assertEquals("North Korea supplying missiles.", s.claimText());
    assertEquals(List.of("Reuters"), s.relayChain().stream().map(Speaker::name).toList());
    assertEquals("Russia and North Korea supplying missiles to Ukraine.",
        only("Moscow and Pyongyang have denied supplying missiles to Ukraine.").claimText());
    // A thing in "-ing" is no act.
    assertEquals("Helix Supplies committed wrongdoing.", only("Helix Supplies denied any wrongdoing.").claimText());
  }

  @Test
  void aQuoteTheAttributionInterrupts_isOneStatement() {
    Statement s = only("\"The plan,\" Defence Minister Oleg Petrenko said, \"is dead on arrival.\"");
    assertEquals("Oleg Petrenko", speaker(s).name());
    assertEquals("The plan is dead on arrival.", s.claimText());
    String text = "\"The bridge,\" said Mayor Diane Foster, \"will reopen next week.\"";
    Statement foster = only(text);
    assertEquals("The bridge will reopen next week.", foster.claimText());
    assertEquals(text, excerpt(text, foster));
    // A second quoted sentence of its own is not joined to the first.
    assertEquals(List.of("The bridge will reopen next week.", "The repairs are finished."),
        statements("\"The bridge will reopen next week,\" said Mayor Diane Foster. \"The repairs are finished.\"")
            .stream().map(Statement::claimText).toList());
  }

  @Test
  void aDescriptionNoTitleListHolds_beforeAPersonsName() {
    Speaker laurent = speaker(only("Tennis star Mia Laurent said she would withdraw from the tournament."));
    assertEquals("Mia Laurent", laurent.name());
    assertEquals(ActorKind.PERSON, laurent.kind());
    assertEquals("Tennis star", laurent.title());
    assertEquals("Irina Volkova", speaker(only("The vote had been rigged, said opposition candidate Irina Volkova."))
        .name());
    // A body's description stays a body's, whatever its name looks like.
    Speaker watch = speaker(only("The conservation group Brenna Watch said the plant had released untreated waste."));
    assertEquals("Brenna Watch", watch.name());
    assertEquals(ActorKind.ORGANIZATION, watch.kind());
  }

  @Test
  void aNameAndItsDescriptionBetweenCommas_afterTheWords() {
    assertEquals("Bruno Keller", speaker(only("Striker Kofi Mensah is expected to sign a new contract, his agent, "
        + "Bruno Keller, said.")).name());
    Statement patel = only("The breach exposed the passwords of 3 million users, Raj Patel, the chief technology "
        + "officer, told the Financial Ledger.");
    assertEquals("Raj Patel", speaker(patel).name());
    assertEquals("The breach exposed the passwords of 3 million users.", patel.claimText());
    assertEquals(ActorKind.MEDIA_OUTLET, speaker(only("The talks failed, Reuters, the news agency, reported.")).kind());
  }

  @Test
  void theyOpeningWordsBeforeABodysAttribution_isNotTheBody() {
    List<Statement> st = statements("Nordhaven Telecom said hackers had accessed customer names. They also stole "
        + "phone numbers, the company said.");
    assertEquals("They also stole phone numbers.", st.get(1).claimText());
    // After the cue, a body's "they" is still the body.
    assertEquals("Nordhaven Telecom had fixed the fault.", only("Nordhaven Telecom said they had fixed the fault.")
        .claimText());
  }

  @Test
  void criticisingAnActNoOneReported_condemnsThatAct() {
    Statement s = only("Civic Watch criticised the government's pension reform.");
    assertEquals(StanceKind.CONDEMNS, s.kind());
    assertEquals("The government's pension reform.", s.claimText());
    assertFalse(s.refersBack());
  }

  @Test
  void aRetractionPointsBackToTheSpeakersOwnClaim() {
    List<Statement> st = statements("Senator Joan Whitaker alleged that the contract was awarded without bidding. "
        + "She later retracted the allegation.");
    assertEquals(2, st.size());
    assertEquals(StanceKind.RETRACTS, st.get(1).kind());
    assertEquals(0, st.get(1).refersTo());
    List<Statement> courier = statements("The Daily Courier reported that the mayor had used public funds. On Monday "
        + "the Daily Courier retracted the report.");
    assertEquals(StanceKind.RETRACTS, courier.get(1).kind());
    assertEquals("Daily Courier", speaker(courier.get(1)).name());
    // Someone else's claim is no retraction of one's own.
    assertTrue(statements("The Daily Courier reported that the mayor had used public funds. Mayor Diane Foster "
        + "retracted the report.").stream().noneMatch(x -> x.kind() == StanceKind.RETRACTS && x.refersBack()));
  }

  @Test
  void anOpeningPhraseIsNoPartOfTheSpeaker() {
    assertEquals("Walid Haddad", speaker(only("In an interview with the Daily Courier, Foreign Minister Walid "
        + "Haddad said the talks had failed.")).name());
    assertEquals("Diane Foster", speaker(statements("The Daily Courier reported that the mayor had used public "
        + "funds. In May Diane Foster denied the report.").get(1)).name());
  }

  @Test
  void aDenialInTheSpeakersOwnWords_pointsBack() {
    List<Statement> st = statements("Activists accused Boreal Mining of bribing local officials. \"We categorically "
        + "reject these allegations,\" said chief executive Anders Holm.");
    assertEquals(StanceKind.DENIES, st.get(1).kind());
    assertEquals(0, st.get(1).refersTo());
    // A first-person denial of a clause denies the clause.
    Statement idea = only("\"We reject the idea that prices will rise,\" said Anders Holm.");
    assertEquals(StanceKind.DENIES, idea.kind());
    assertEquals("Prices will rise.", idea.claimText());
    // Rejecting a thing that is no statement is no denial.
    assertEquals(StanceKind.ASSERTS, only("\"We reject any form of violence in our city,\" said Anders Holm.").kind());
  }

  @Test
  void theTitleOfAPersonTheTextNamed_findsThatPerson() {
    List<Statement> st = statements("The Daily Courier reported that Mayor Diane Foster had used public funds for a "
        + "private trip. The mayor denied the report.");
    assertEquals(2, st.size());
    assertEquals("Diane Foster", speaker(st.get(1)).name());
    assertEquals(0, st.get(1).refersTo());
    // Two ministers: "the minister" is neither.
    assertEquals(1, statements("The Daily Courier reported that Defence Minister Oleg Petrenko and Finance Minister "
        + "Ana Ruiz had used public funds. The minister denied the report.").size());
  }

  @Test
  void bothBanks_areTheTwoBanksNamedBefore() {
    Statement s = statements("The Herald reported that Kalmar Bank and Osprey Capital were in merger talks. Both "
        + "banks denied the report.").get(1);
    assertEquals(StanceKind.DENIES, s.kind());
    assertEquals(List.of("Kalmar Bank", "Osprey Capital"), names(s));
    assertEquals(0, s.refersTo());
  }

  @Test
  void disputingAForecast_deniesIt() {
    Statement s = statements("Finance Minister Arturo Delgado said inflation would fall. Economists at Halden "
        + "University disputed his forecast.").get(1);
    assertEquals(StanceKind.DENIES, s.kind());
    assertEquals(0, s.refersTo());
  }

  @Test
  void unnamedGroupsOfManyKinds_speak() {
    assertEquals("rebel commanders", speaker(only("Rebel commanders said that fighting continued in the north."))
        .name());
    Statement unions = only("Trade unions criticised the government's pension reform.");
    assertEquals(ActorKind.UNNAMED_GROUP, speaker(unions).kind());
    assertEquals(StanceKind.CONDEMNS, unions.kind());
    // A paper sent to a group is no group.
    assertTrue(statements("According to a report in the Kellsborough Chronicle, which cited a draft budget paper "
        + "circulated to senior councillors, the council is considering cutting 140 posts.").stream()
        .flatMap(x -> x.speakers().stream()).noneMatch(x -> x.name().contains("councillors")));
  }

  @Test
  void aListWhoseMemberHasAnAndInItsName_isEveryMember() {
    String bodies = " said in a joint statement that dorvacil should be suspended.";
    for (String list : List.of(
        "The Vineyard and Orchard Workers' Union, the Calder Renal Foundation and Physicians for Safer Farming",
        "The Calder Renal Foundation, the Vineyard and Orchard Workers' Union and Physicians for Safer Farming")) {
      Statement s = only(list + bodies);
      assertEquals(3, s.speakers().size(), list);
      assertTrue(names(s).contains("Vineyard and Orchard Workers' Union"), names(s)::toString);
      assertTrue(s.speakers().stream().allMatch(x -> x.kind() == ActorKind.ORGANIZATION), s.speakers()::toString);
    }
    assertEquals(List.of("Kessa Growers Union", "Vineyard and Orchard Workers' Union"),
        names(only("The Kessa Growers Union and the Vineyard and Orchard Workers' Union" + bodies)));
  }

  @Test
  void plainNewsConstructions_fromAnOutsideReadersProbe() {
    // "he" in the claim of a woman's allegation is not she.
    assertEquals("He siphoned royalties from her first three albums.", only("Pop singer Kiara Moon has filed a "
        + "lawsuit against her former manager, Bartholomew Greer, alleging he siphoned royalties from her first "
        + "three albums.").claimText());
    // "be explained by" names a cause, not a speaker.
    assertEquals("The signal could be explained by activity on the planet's host star.", only("Dr. Hannah Osei argued "
        + "that the signal could be explained by activity on the planet's host star.").claimText());
    // An ampersand joins one name.
    assertEquals(List.of("Pemberton & Hale"), names(statements("Residents said Helix Supplies had dumped waste. The "
        + "auditing firm, Pemberton & Hale, denied the allegation.").get(1)));
    // "it could not comment" is a silence.
    assertEquals(StanceKind.DECLINES_TO_COMMENT, statements("Tomasz Wierzbicki said the budget was wrong. Brightwater "
        + "University said it could not comment on individual personnel matters.").get(1).kind());
    // "the family of Marcus Adeyemi" speaks; "the official account of his death" is the account just given.
    Statement family = statements("Police said the officer had fired in self-defence. The family of Marcus Adeyemi "
        + "has disputed the official account of his death.").get(1);
    assertEquals(StanceKind.DENIES, family.kind());
    assertEquals(0, family.refersTo());
    assertEquals(ActorKind.UNNAMED_GROUP, speaker(family).kind());
    assertEquals(0, statements("Vardania said its troops had been attacked first. Anatol Reshetnyk rejected that "
        + "version of events.").get(1).refersTo());
    // A one-word name shaped like a country's is a state, not a woman.
    Statement vardania = statements("Vardania said its troops had been attacked first.").get(0);
    assertEquals(ActorKind.STATE, speaker(vardania).kind());
    assertEquals("Vardania's troops had been attacked first.", vardania.claimText());
    assertEquals(ActorKind.PERSON, speaker(only("Olivia said the team had won the final.")).kind());
    // Denying misconduct names its own claim.
    assertEquals(StanceKind.DENIES, only("Professor Chen Weiming, who led the laboratory, has denied any misconduct.")
        .kind());
    // "A spokesman" with no body named speaks for the body that last spoke, not for one merely named.
    assertEquals("Veltrix Energy", speaker(statements("Veltrix Energy said its profits had doubled. A spokesman said "
        + "the company's discharges were monitored continuously.").get(1)).name());
    assertTrue(statements("Anna Berg, the actress, sued Helix Media Ltd over a newspaper article last year. A "
        + "spokeswoman said Berg was pleased with the ruling.").stream()
        .noneMatch(x -> names(x).contains("Helix Media Ltd")));
  }

  @Test
  void aBodysNameBeforeItsKind_andADescriptionBeforeABodysName() {
    assertEquals("Unite", speaker(only("The Unite union said the company's offer amounted to a real-terms pay cut."))
        .name());
    assertEquals("European Cockpit Association", speaker(only("But a pilots' union, the European Cockpit Association, "
        + "claimed that Meridian had postponed a maintenance check.")).name());
    Statement monitors = only("Election monitors from the OSCE said they had seen no evidence of systematic fraud, "
        + "Reuters reported.");
    assertEquals(ActorKind.UNNAMED_GROUP, speaker(monitors).kind());
    assertEquals(List.of("Reuters"), monitors.relayChain().stream().map(Speaker::name).toList());
  }

  @Test
  void plainNewsConstructions_fromAThirdProbe() {
    // Words told to an outlet are relayed by it.
    Statement told = only("Two former officials told the Washington Post that the president had vented about Reyes.");
    assertEquals(List.of("Washington Post"), told.relayChain().stream().map(Speaker::name).toList());
    assertTrue(only("Tomas Reinholt told reporters that the line was safe.").relayChain().isEmpty());
    // "could not verify" is said plainly.
    assertEquals(StanceKind.ASSERTS, only("The United Nations said it could not independently verify either side's "
        + "account.").kind());
    // "herself", "the 29-year-old", "the defence", "the county fire marshal, Delia Ocampo,".
    assertEquals("Montenegro", speaker(statements("The Tax Agency alleged that Lucia Montenegro had hidden income. "
        + "Montenegro herself denied the allegations.").get(1)).name());
    assertEquals("Jonas Van Daele", speaker(statements("Belgian cyclist Jonas Van Daele tested positive for EPO, the "
        + "UCI said. \"I have never taken a banned substance,\" the 29-year-old said in a statement.").get(1)).name());
    Statement defence = only("The defence also argued that the key witness may have been coached by investigators.");
    assertEquals(StanceKind.SUGGESTS, defence.kind());
    assertEquals(ActorKind.UNNAMED_GROUP, speaker(defence).kind());
    assertEquals("Delia Ocampo", speaker(only("The Harris County fire marshal, Delia Ocampo, said the spill had been "
        + "contained by late afternoon.")).name());
  }

  @Test
  void ordinarySentencesTheRules16MustNotMisread() {
    // A list after "after" keeps its first member.
    assertEquals(3, only("Shares in the sector fell sharply after Kalmar Bank, Osprey Capital and Helix Finance said "
        + "profits would fall.").speakers().size());
    // Surnames and companies ending in -ia are no states.
    assertEquals(ActorKind.PERSON, speaker(statements("Maria Garcia, a nurse from Leeds, joined the protest on Monday. "
        + "Garcia said the hospital had cut staff without warning.").get(0)).kind());
    assertNotEquals(ActorKind.STATE, speaker(only("Nvidia said its quarterly revenue rose 20 per cent.")).kind());
    // "Both parties" after two bodies and a person is no pair of bodies.
    assertTrue(statements("Kalmar Bank reported record profits on Tuesday. Osprey Capital, its largest shareholder, "
        + "welcomed the results. Jane Doe sued her former employer, Helix Media, after she was dismissed. Both parties "
        + "said they were pleased with the settlement.").stream()
        .noneMatch(x -> names(x).equals(List.of("Osprey Capital", "Helix Media"))));
    // An "-ing" adjective in a denied clause is no act of the denier.
    assertEquals("Rising inflation was the result of its own policy.", only("The central bank denied rising inflation "
        + "was the result of its own policy.").claimText());
    // Initials in brackets after a name are its short form.
    assertEquals("Kurdistan Workers' Party", speaker(statements("The Kurdistan Workers' Party (PKK) said it would lay "
        + "down its arms. The PKK said the decision was final.").get(1)).name());
    // A first-person dispute of something the text did not report is said in the speaker's own words.
    assertEquals(StanceKind.ASSERTS, statements("Kalmar Bank said its profits had doubled. \"We dispute the results of "
        + "the audit only in part,\" said Anna Berg, the bank's chief executive.").get(1).kind());
    // A nationality before "group" is no body's name.
    assertTrue(statements("Profits fell by a third last year, the Swiss group said on Tuesday.").stream()
        .noneMatch(x -> names(x).contains("Swiss")));
  }

  @Test
  void aReportedClauseGoesOnAfterAnd_unlessTheSpeakerActsAgain() {
    assertEquals("The spill had been contained by late afternoon and posed no threat to drinking water.",
        only("Delia Ocampo said the spill had been contained by late afternoon and posed no threat to drinking water.")
            .claimText());
    assertEquals("Tap water was the most likely source.", only("Delia Ocampo said tap water was the most likely source "
        + "and urged residents to boil water.").claimText());
  }

  @Test
  void aPassiveWithNoAgent_reportsNoOne_andNoEvidenceDeniesOnlyItsOwnSentence() {
    assertTrue(statements("Hackers were blamed for the outage.").isEmpty());
    List<Statement> st = statements("\"There is no evidence of any malicious activity. This was a configuration "
        + "error during routine maintenance,\" Nimbra said in a blog post.");
    assertEquals(2, st.size(), st::toString);
    assertEquals(StanceKind.DENIES, st.get(0).kind());
    assertEquals("Any malicious activity.", st.get(0).claimText());
    assertEquals(StanceKind.ASSERTS, st.get(1).kind());
    assertEquals("This was a configuration error during routine maintenance.", st.get(1).claimText());
  }

  @Test
  void aBookOrAStudyCalledFalse_isWhatItSaid() {
    List<Statement> book = statements("In a new memoir, former chief of staff Dana Ruiz writes that the president "
        + "considered firing the attorney general. The White House called the book \"a work of fiction.\"");
    assertEquals(StanceKind.DENIES, book.get(1).kind());
    assertEquals(0, book.get(1).refersTo());
    List<Statement> study = statements("A study by the University of Illinois found that the policy had cut crime by "
        + "20 percent. The mayor's office dismissed the study as \"politically motivated.\"");
    assertEquals(StanceKind.DENIES, study.get(1).kind());
    assertEquals(0, study.get(1).refersTo());
    // Questioning the study's independence disputes no finding.
    assertTrue(statements("A study by the University of Illinois found that the policy had cut crime by 20 percent. "
        + "The company also questioned the study's independence.").stream()
        .noneMatch(x -> x.kind() == StanceKind.DENIES));
  }

  @Test
  void plainNewsConstructions_fromAFourthProbe() {
    // An unnamed body after the words speaks.
    Statement doctors = only("At least 112 people died during last month's heatwave, a doctors' association said on "
        + "Wednesday.");
    assertEquals(ActorKind.UNNAMED_GROUP, speaker(doctors).kind());
    assertEquals("At least 112 people died during last month's heatwave.", doctors.claimText());
    // "is believed to" is hedged.
    assertEquals(StanceKind.SUGGESTS, only("The breach is believed to affect up to 3.2 million customers, according to "
        + "security researcher Lena Hoffmann.").kind());
    // "said the account was 'not consistent with the facts'" denies the account.
    Statement mao = statements("Helix said 40 people died. Foreign ministry spokeswoman Mao Ning said the Helix "
        + "account was \"not consistent with the facts.\"").get(1);
    assertEquals(StanceKind.DENIES, mao.kind());
    assertEquals(0, mao.refersTo());
    // Money claimed is no claim made.
    assertTrue(statements("Housing minister Deborah Achterberg claimed more than 48,000 pounds in expenses last year.")
        .isEmpty());
  }

  @Test
  void namesWithParticles_areOneName() {
    List<Statement> st = statements("A report by Rights Watch Africa said 140 children worked at the mine. Chief "
        + "executive Pieter van der Berg called the report's figures \"wildly exaggerated\" and said the company "
        + "would invite independent inspectors.");
    assertEquals(3, st.size(), st::toString);
    assertEquals("Pieter van der Berg", speaker(st.get(1)).name());
    assertEquals(StanceKind.DENIES, st.get(1).kind());
    assertEquals(0, st.get(1).refersTo());
    assertEquals("Maria de la Cruz", speaker(only("Maria de la Cruz said the vote was rigged.")).name());
  }

  @Test
  void aPlaceAfterThePostposedSpeaker_isNoContent() {
    Statement s = only("Nwosu, who has always maintained his innocence, will appeal, his lawyer Babatunde Fashola-Ade "
        + "said outside the court.");
    assertEquals("Babatunde Fashola-Ade", speaker(s).name());
    assertEquals("Nwosu will appeal.", s.claimText());
    assertEquals("The talks had failed.", only("The talks had failed, Tomas Reinholt said after the meeting.")
        .claimText());
  }

  @Test
  void ordinarySentencesTheLaterRules16MustNotMisread() {
    // "a 34-year-old" is nobody named; "the 29-year-old" only someone named just before.
    assertTrue(statements("Fire chief Tom Reed said the blaze started in the kitchen. A 34-year-old said he saw smoke "
        + "at midnight.").stream().noneMatch(x -> x.claimText() != null && x.claimText().startsWith("Tom Reed saw")));
    // An opening phrase with an "and" in it is still an opening phrase.
    assertEquals("Walid Haddad", speaker(only("In an interview with the Daily Courier and Radio Five, Foreign Minister "
        + "Walid Haddad said the border would reopen.")).name());
    // Abbreviations do not end the denied sentence.
    Statement vos = only("\"There is no evidence of interference by the U.S. government in the election,\" said "
        + "Foreign Minister Jan Vos.");
    assertEquals("Interference by the U.S. government in the election.", vos.claimText());
    // The clause stops at the speaker's next act, or wherever a modal said what would happen.
    assertEquals("The company would cut 200 jobs.", only("Chief executive Anna Holm said the company would cut 200 jobs "
        + "and unveiled a new five-year strategy to investors.").claimText());
    assertEquals("The city had run out of money.", only("Mayor Tom Reed said the city had run out of money and resigned "
        + "later that evening.").claimText());
    // "was not based on a random sample" describes; it calls nothing false.
    assertEquals(StanceKind.ASSERTS, statements("Finance Minister Paul Kerr said the bank could not survive without a "
        + "bailout. Professor Maria Lopez said the study was not based on a random sample.").get(1).kind());
    // Time words stay in the claim; a speech verb is needed for a place after a postposed speaker.
    assertEquals("The ceasefire would take effect from Monday.", only("Foreign Minister Jan Vos said the ceasefire "
        + "would take effect from Monday.").claimText());
    assertTrue(statements("Protesters threw stones at the building, and riot police charged from the side streets.")
        .isEmpty());
    // "Lawyers for Anna Berg" are a group speaking for her.
    assertEquals(ActorKind.UNNAMED_GROUP, speaker(only("Lawyers for Anna Berg said she would appeal.")).kind());
    // A number claimed is a claim; a pledge not to respond is a claim.
    assertEquals("40 percent of the funds had been misspent.", only("Senator Maria Lopez claimed 40 percent of the "
        + "funds had been misspent.").claimText());
    assertEquals(StanceKind.ASSERTS, only("Defence Minister Jan Vos said the army would not respond to the "
        + "provocation with force.").kind());
    // The Ministry of Defence is a ministry; a party named for a politics is that party.
    assertEquals(ActorKind.ORGANIZATION, speaker(only("The Ministry of Defence said the drone was shot down.")).kind());
    assertEquals("Republican", speaker(only("The Republican party said the election had been fair.")).name());
    // "could not be ruled out" is a hedge still.
    assertEquals(StanceKind.SUGGESTS, only("Health Minister Anna Holm said the vaccine could not be ruled out as a "
        + "cause.").kind());
  }

  @Test
  void aDatelinesPlaceIsNoBody_andTheWhiteHouseIsNoPerson() {
    assertTrue(statements("LUBUMBASHI, March 3 (Reuters) - A Canadian-listed cobalt miner used children at two of its "
        + "sites, a human rights group said on Tuesday, an accusation the company rejected.").stream()
        .flatMap(x -> x.speakers().stream()).noneMatch(x -> x.name().equals("LUBUMBASHI")));
    List<Statement> st = statements("Former aide Margaret Ellison-Hart writes that the president considered firing the "
        + "attorney general. The White House called the book \"a work of fiction.\" \"I wrote down what I heard,\" she "
        + "said.");
    assertEquals(ActorKind.ORGANIZATION, speaker(st.get(1)).kind());
    assertEquals("Margaret Ellison-Hart", speaker(st.get(2)).name());
  }
}
