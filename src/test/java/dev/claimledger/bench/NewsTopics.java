package dev.claimledger.bench;

import java.util.List;

/**
 * The wording the {@link ArticleGenerator} draws on, one {@link Topic} per beat. Templates hold
 * {@code {SLOT}} placeholders: {@code ORG1} is the accusing side's organisation, {@code ORG2} the
 * accused side's, {@code N}, {@code M} and {@code P} are a story's figures, {@code CITY},
 * {@code COUNTRY}, {@code DAY}, {@code YEAR}, {@code X} and {@code Y} fill in the scenery. Every
 * name is invented, so the ledger never confuses them with real people.
 */
final class NewsTopics {
  private NewsTopics() {}

  static final List<String> FIRST_NAMES = List.of("Marta", "Tomas", "Ingrid", "Kofi", "Aylin", "Rafael", "Lena",
      "Dario", "Hana", "Oskar", "Selin", "Matteo", "Yara", "Emil", "Nadia", "Viktor", "Amara", "Jonas", "Leila",
      "Pavel", "Sofia", "Idris", "Greta", "Anton", "Mirela", "Felix", "Noor", "Casper", "Elena", "Bruno", "Zofia",
      "Samir", "Alma", "Henrik", "Irina", "Lucas", "Mei", "Stefan", "Talia", "Oren");
  static final List<String> LAST_NAMES = List.of("Varga", "Okafor", "Lindqvist", "Moreau", "Castellano", "Brandt",
      "Halvorsen", "Petrescu", "Adeyemi", "Novak", "Kowalczyk", "Ferreira", "Sandoval", "Dahlberg", "Marchetti",
      "Yilmaz", "Kristensen", "Abara", "Vasquez", "Holm", "Renner", "Tamura", "Oduya", "Lachance", "Berisha",
      "Strand", "Quiroga", "Hoffmann", "Esposito", "Nyberg", "Mensah", "Ivanova", "Carvalho", "Weiss", "Kovac",
      "Lindgren", "Salcedo", "Aalto", "Demir", "Fontaine");
  static final List<String> COUNTRIES = List.of("Aldoria", "Belmark", "Corvania", "Dravonia", "Estmere", "Farova",
      "Galdria", "Hestland", "Irovia", "Kestova", "Lunaria", "Moravel", "Norvaska", "Ostrelia", "Pravania", "Quessa");
  static final List<String> CITIES = List.of("Lundhaven", "Marrow Bay", "Kessingford", "Altberg", "Porto Velan",
      "Savrin", "Tolmere", "Vesk", "Dunmarrow", "Eastcliff", "Brennick", "Solvara");
  static final List<String> OUTLETS = List.of("Daily Meridian", "Northgate Post", "Harbor Times", "Eastline News",
      "The Civic Ledger", "Morning Courier", "Lantern Herald", "Capital Observer", "Riverside Gazette", "Signal Daily",
      "The Weekly Compass", "Pinewood Tribune");
  static final List<String> AGENCIES = List.of("Continental Wire", "Vantage Press Agency", "Meridian News Service",
      "Pan-Oceanic Press");
  static final List<String> DAYS = List.of("Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday",
      "Sunday");

  /**
   * Who takes part on one side of a story: role templates over {@code {ORG}}, the organisations,
   * and how an organisation is named when it speaks for itself ("the government of {ORG}").
   */
  record Side(List<String> roles, List<String> orgs, String speaker) {}

  /**
   * One beat. {@code claims} lists each proposition as several phrasings of the same thing, so
   * outlets covering one story word it differently.
   */
  record Topic(String name, Side accusers, Side accused, Side experts, List<String> titles,
      List<String> leads, List<List<String>> claims, List<String> events, List<String> condemners,
      List<String> narratives) {}

  /** Sentences with no attribution in them, usable in any story. */
  static final List<String> GENERIC_NARRATIVES = List.of(
      "The full details are expected to be made public in the coming days, once lawyers for both sides "
          + "have finished reviewing the documents and agreed on what can be released.",
      "It was not immediately clear how the dispute would affect the plans announced earlier in the year, "
          + "several of which depend on cooperation between the two sides.",
      "The issue has drawn wide attention on social media, where thousands of users have shared their "
          + "views and several hashtags about the row trended for most of the day.",
      "Further meetings are planned for next week, although no date has been set, no agenda has been "
          + "published and neither side has named the officials who will attend.",
      "Earlier this month, a similar dispute in {CITY} ended without a clear outcome after weeks of "
          + "negotiation, leaving many of the people involved frustrated.",
      "The story dominated the front pages in {CITY} over the weekend and was the main subject of radio "
          + "phone-ins, with callers divided over who was to blame.");

  static final List<Topic> ALL = List.of(politics(), business(), health(), sport(), science());

  private static Topic politics() {
    return new Topic("politics",
        new Side(List.of("the foreign minister of {ORG}", "the prime minister of {ORG}",
            "a spokesperson for the government of {ORG}", "the defence minister of {ORG}"), COUNTRIES,
            "the government of {ORG}"),
        new Side(List.of("the foreign minister of {ORG}", "the ambassador of {ORG} to the United Nations",
            "a senior adviser to the president of {ORG}", "the interior minister of {ORG}"), COUNTRIES,
            "the government of {ORG}"),
        new Side(List.of("an analyst at the {ORG}", "a political scientist at the {ORG}",
            "a senior fellow at the {ORG}"), List.of("Institute for Regional Security", "University of Vesk",
            "Centre for Strategic Dialogue", "Altberg Policy Forum"), "the {ORG}"),
        List.of("{ORG1} Accuses {ORG2} as Tensions Rise", "{ORG2} Rejects Accusations from {ORG1}",
            "Talks Between {ORG1} and {ORG2} Under Strain", "{ORG1} and {ORG2} Trade Charges in Widening Row",
            "Diplomatic Row Deepens Between {ORG1} and {ORG2}"),
        List.of("Tensions between {ORG1} and {ORG2} rose sharply this week as officials from both countries traded "
                + "accusations in a row that has overshadowed preparations for the regional summit",
            "A diplomatic dispute between {ORG1} and {ORG2} escalated on {DAY}, with each side accusing the other of "
                + "bad faith just days after envoys met in {CITY}",
            "Relations between {ORG2} and its neighbour {ORG1} have sunk to their lowest point in years, diplomats "
                + "in {CITY} say, as a string of accusations goes unresolved"),
        List.of(
            List.of("{ORG2} supplied ballistic missiles to {COUNTRY} in breach of international sanctions",
                "{ORG2} has been shipping ballistic missiles to {COUNTRY} despite the sanctions",
                "missiles made in {ORG2} were delivered to {COUNTRY} in violation of international sanctions"),
            List.of("{ORG2} moved thousands of troops close to its border with {ORG1}",
                "{ORG2} has massed thousands of soldiers near the border with {ORG1}",
                "thousands of troops from {ORG2} were deployed near the {ORG1} border"),
            List.of("the election in {ORG2} was rigged through widespread fraud",
                "widespread fraud tainted the recent election in {ORG2}",
                "the vote in {ORG2} was marred by large-scale fraud"),
            List.of("{ORG2} jailed {N} journalists to silence criticism of the government",
                "{ORG2} has imprisoned {N} journalists who criticised the government",
                "{N} journalists critical of the government were put behind bars in {ORG2}"),
            List.of("talks between {ORG1} and {ORG2} will resume next month in {CITY}",
                "{ORG1} and {ORG2} are set to restart negotiations in {CITY} next month",
                "negotiations between {ORG2} and {ORG1} would restart in {CITY} within a month"),
            List.of("hackers working for {ORG2} attacked the power grid of {ORG1}",
                "{ORG2} carried out a cyberattack on the {ORG1} power grid",
                "the blackout in {ORG1} was caused by a cyberattack launched from {ORG2}")),
        List.of("the missile test", "the arrest of opposition leaders in {ORG2}",
            "the violent dispersal of protesters in {CITY}", "the expulsion of foreign diplomats from {ORG2}"),
        COUNTRIES,
        List.of(
            "The talks took place in {CITY} on {DAY} and lasted for more than {X} hours, well beyond the time "
                + "that had been scheduled, before the delegations left without a statement.",
            "Relations between {ORG1} and {ORG2} have swung between open hostility and cautious cooperation for "
                + "most of the past two decades, with trade often the first casualty.",
            "Diplomats from both sides met several times over the summer, but the meetings produced little "
                + "beyond vague joint statements and a promise to keep talking.",
            "The border region has seen repeated incidents this year, including the closure of two crossings, "
                + "the expulsion of {X} diplomats and a string of minor clashes.",
            "Parliament in {ORG1} is expected to debate a new package of sanctions before the end of the month, "
                + "and the main opposition parties have said they will support it.",
            "Trade between the two countries fell by about {X} percent last year, to its lowest level since "
                + "{YEAR}, as companies on both sides looked for other markets.",
            "Thousands of people gathered in central {CITY} on {DAY} evening, some of them carrying flags and "
                + "banners, in the largest demonstration the city has seen in years.",
            "The last high-level visit between the two governments took place in {YEAR}, when a short-lived "
                + "agreement on fishing rights was signed and then quietly abandoned.",
            "Security was tight around the ministry building in {CITY}, where police closed several streets for "
                + "most of the day and checked the papers of everyone going in.",
            "The meeting comes weeks before a regional summit at which both delegations are expected to present "
                + "competing proposals on border security and trade."));
  }

  private static Topic business() {
    return new Topic("business",
        new Side(List.of("the head of the {ORG}", "a spokesperson for the {ORG}", "a senior investigator at the {ORG}"),
            List.of("Data Protection Authority", "Consumer Markets Commission", "National Cyber Security Office",
                "Financial Conduct Board"), "the {ORG}"),
        new Side(List.of("the chief executive of {ORG}", "a spokesperson for {ORG}", "the chief technology officer of "
                + "{ORG}", "the chair of the board of {ORG}"),
            List.of("Norvale Bank", "Kestrel Telecom", "Brightwave Energy", "Orbis Retail", "Halcyon Insurance",
                "Tessellate Software", "Greyfield Logistics", "Amberline Airways", "Quillon Payments",
                "Vireo Health Systems"), "{ORG}"),
        new Side(List.of("a security researcher at {ORG}", "an analyst at {ORG}", "a partner at {ORG}"),
            List.of("Redline Labs", "Cobalt Research", "Harrow and Finch", "Bastion Security Group"), "{ORG}"),
        List.of("{ORG2} Data Breach Hits {N} Million Customers", "{ORG2} Under Fire Over Data Breach",
            "Regulators Probe {ORG2} After Cyberattack", "Questions Mount Over {ORG2} Breach",
            "{ORG2} Faces Scrutiny as Breach Fallout Grows"),
        List.of("{ORG2} is facing mounting pressure over a data breach that exposed customer records, as the {ORG1} "
                + "opened an inquiry into how the attack happened",
            "The fallout from the cyberattack on {ORG2} widened on {DAY}, with investigators at the {ORG1} "
                + "demanding answers about the scale of the breach",
            "Customers of {ORG2} were told on {DAY} to change their passwords after attackers gained access to the "
                + "company's systems, in one of the largest breaches this year"),
        List.of(
            List.of("{ORG2} exposed the personal data of {N} million customers",
                "the personal records of some {N} million {ORG2} customers were exposed",
                "hackers obtained the personal data of {N} million people from {ORG2}"),
            List.of("{ORG2} knew about the breach for months before disclosing it",
                "{ORG2} waited months before telling customers about the breach",
                "{ORG2} was aware of the intrusion months before it went public"),
            List.of("the attackers got into the {ORG2} network through an unpatched server",
                "an unpatched server let the attackers into the {ORG2} network",
                "the intruders exploited a server that {ORG2} had failed to patch"),
            List.of("no payment card details were taken in the attack on {ORG2}",
                "card numbers were not among the data stolen from {ORG2}",
                "the attackers did not obtain any payment card information from {ORG2}"),
            List.of("{ORG2} will face a fine of up to {M} million euros",
                "{ORG2} could be fined as much as {M} million euros",
                "a penalty of up to {M} million euros awaits {ORG2}"),
            List.of("{ORG2} paid a ransom of {M} million euros to the hackers",
                "the hackers received a ransom payment of {M} million euros from {ORG2}",
                "{ORG2} handed over {M} million euros in ransom to the attackers")),
        List.of("the handling of the breach by {ORG2}", "the delay in warning customers of {ORG2}",
            "the decision by {ORG2} to pay the attackers"),
        List.of("the Consumer Rights Council", "the Digital Liberties Foundation", "the Bank Workers' Union",
            "the Privacy Alliance", "the Small Business Federation"),
        List.of(
            "{ORG2} serves customers in more than {X} countries and employs about {Y} people, making it one of "
                + "the largest companies of its kind in the region.",
            "Shares in {ORG2} fell {X} percent in early trading on {DAY} before recovering some of their "
                + "losses, as investors weighed the likely cost of the breach.",
            "The breach was first detected by an outside security firm during a routine audit of the company's "
                + "systems, several weeks after the attackers first got in.",
            "Customers were advised to change their passwords, to watch their bank accounts closely for unusual "
                + "activity and to be wary of emails asking for personal details.",
            "The company has set up a telephone helpline, which received more than {Y} calls in its first day "
                + "of operation, and many callers complained of long waits.",
            "Data breaches have become more frequent across the sector, with several large firms hit in the "
                + "past year alone and insurers raising the cost of cyber cover.",
            "The stolen files reportedly included names, email addresses, phone numbers and dates of birth, "
                + "which fraudsters can use to make their messages more convincing.",
            "{ORG2} invested heavily in its security systems after a smaller incident in {YEAR}, hiring a new "
                + "security team and moving much of its data to new servers.",
            "Regulators have the power to impose fines of up to four percent of a company's annual turnover, "
                + "although the largest penalties so far have been far lower.",
            "Several class action lawsuits have already been filed in {CITY} on behalf of affected customers, "
                + "and more are expected once the full scale of the breach is known."));
  }

  private static Topic health() {
    return new Topic("health",
        new Side(List.of("the health minister of {ORG}", "the chief medical officer of {ORG}",
            "a spokesperson for the health ministry of {ORG}"), COUNTRIES,
            "the health ministry of {ORG}"),
        new Side(List.of("the chief executive of {ORG}", "a spokesperson for {ORG}", "the medical director of {ORG}"),
            List.of("Halden Pharmaceuticals", "Corvex Biologics", "Meridia Pharma", "Altus Therapeutics",
                "Greenhollow Laboratories"), "{ORG}"),
        new Side(List.of("an epidemiologist at the {ORG}", "a professor of medicine at the {ORG}",
            "a public health researcher at the {ORG}"), List.of("University of Tolmere",
            "National Institute of Public Health", "Kessingford Medical School", "Institute of Tropical Medicine"),
            "the {ORG}"),
        List.of("Questions Over {ORG2} Vaccine Data", "{CITY} Hospitals Under Pressure as Cases Climb",
            "Health Officials Clash with {ORG2}", "{ORG2} Defends Its Record as Criticism Grows",
            "Row Over Vaccine Trial Deepens in {ORG1}"),
        List.of("Health officials in {ORG1} and the drug maker {ORG2} were at odds on {DAY} over a vaccine trial "
                + "and the response to a new outbreak in {CITY}",
            "A dispute over the safety record of {ORG2} has spilled into public view in {ORG1}, where hospitals are "
                + "already struggling with rising admissions",
            "Hospitals in {CITY} reported a surge in patients this week, adding to pressure on health officials who "
                + "are already locked in a dispute with {ORG2}"),
        List.of(
            List.of("the new vaccine from {ORG2} cuts hospital admissions by {P} percent",
                "the {ORG2} vaccine reduced hospital admissions by {P} percent in trials",
                "hospital admissions fell {P} percent among people given the vaccine made by {ORG2}"),
            List.of("{ORG2} hid reports of serious side effects from regulators",
                "{ORG2} concealed reports of serious adverse reactions from regulators",
                "reports of serious side effects were kept from regulators by {ORG2}"),
            List.of("the outbreak in {CITY} is under control",
                "the outbreak in {CITY} has been contained",
                "health authorities have brought the outbreak in {CITY} under control"),
            List.of("hospitals in {CITY} are running short of nurses and doctors",
                "a shortage of nurses and doctors is straining hospitals in {CITY}",
                "hospitals across {CITY} do not have enough nurses and doctors"),
            List.of("{ORG2} raised the price of its insulin by {P} percent",
                "the price of insulin made by {ORG2} went up {P} percent",
                "{ORG2} increased what it charges for insulin by {P} percent")),
        List.of("the price increase announced by {ORG2}", "the handling of the outbreak in {CITY}",
            "the closure of the emergency ward in {CITY}"),
        List.of("the Patients' Association", "the Nurses' Union", "the Medical Council", "the Public Health Alliance",
            "the Federation of Family Doctors"),
        List.of(
            "The main hospital in {CITY} admitted {X} new patients with respiratory symptoms over the weekend, "
                + "and its intensive care unit was close to full by {DAY}.",
            "Vaccination centres in the capital extended their opening hours on {DAY} to cope with the demand, "
                + "with queues forming outside some of them before dawn.",
            "Health workers have staged {X} strikes this year over pay, staffing levels and working conditions, "
                + "and their unions have warned that more walkouts could follow.",
            "The trial involved about {Y} volunteers across {X} sites and ran for a little over eighteen "
                + "months, making it one of the largest of its kind in the region.",
            "Pharmacies in several regions reported shortages of common antibiotics in recent weeks, forcing "
                + "some patients to travel long distances to fill prescriptions.",
            "Waiting times for routine surgery have grown steadily since the start of the year in most regions, "
                + "with some patients now waiting more than a year for treatment.",
            "The emergency committee of the health ministry met on {DAY} to review the latest figures, and its "
                + "members are due to meet again at the end of the week.",
            "Public health campaigns urging people to wash their hands, wear masks in crowded places and stay "
                + "home when sick have been relaunched on television and radio.",
            "The health budget for next year is due to be presented to parliament in {ORG1} in the autumn, and "
                + "hospital managers are lobbying hard for more money.",
            "{ORG2} was founded in {YEAR} and sells its medicines in about {X} countries, although most of its "
                + "revenue still comes from a handful of its best-known products."));
  }

  private static Topic sport() {
    return new Topic("sport",
        new Side(List.of("the coach of {ORG}", "the president of {ORG}", "the captain of {ORG}",
            "the sporting director of {ORG}"), List.of("Lundhaven Rovers", "Altberg United", "Marrow Bay Athletic",
            "Savrin City", "Tolmere Wanderers", "Kessingford Town", "Brennick Albion", "Solvara Sporting"), "{ORG}"),
        new Side(List.of("the chairman of the {ORG}", "a spokesperson for the {ORG}", "the disciplinary chief of the "
            + "{ORG}"), List.of("Continental Football League", "National Football Federation", "Referees' Board",
            "Premier Clubs Association"), "the {ORG}"),
        new Side(List.of("a former international and pundit at {ORG}", "a football finance expert at {ORG}",
            "a commentator for {ORG}"), List.of("Sportline TV", "the Weekly Touchline", "Goalpost Radio"), "{ORG}"),
        List.of("{ORG1} Faces Inquiry from {ORG2}", "Turmoil at {ORG1} as Investigation Widens",
            "{ORG2} Opens Case Against {ORG1}", "{ORG1} Hits Back at {ORG2}", "Storm Gathers Over {ORG1}"),
        List.of("{ORG1} found itself at the centre of a growing storm on {DAY} after the {ORG2} confirmed it was "
                + "looking into the club's finances and a disputed match",
            "The row between {ORG1} and the {ORG2} deepened this week, overshadowing a run of results that had "
                + "lifted the club up the table",
            "Supporters of {ORG1} were left bewildered on {DAY} as the club and the {ORG2} traded accusations over a "
                + "season that has already produced more headlines off the pitch than on it"),
        List.of(
            List.of("{ORG1} broke the financial fair play rules last season",
                "{ORG1} breached the league's spending rules last season",
                "the accounts of {ORG1} broke financial fair play regulations last season"),
            List.of("the referee in the {ORG1} match against {CITY} was bribed",
                "someone paid the referee who handled the {ORG1} game against {CITY}",
                "the official in charge of the {ORG1} match against {CITY} took a bribe"),
            List.of("{ORG1} will sign a new striker for {M} million euros",
                "{ORG1} has agreed a fee of {M} million euros for a new striker",
                "a new striker is joining {ORG1} in a deal worth {M} million euros"),
            List.of("the investigation by the {ORG2} into {ORG1} is politically motivated",
                "politics is driving the {ORG2} inquiry into {ORG1}",
                "the case the {ORG2} opened against {ORG1} is politically motivated"),
            List.of("the coach of {ORG1} will leave at the end of the season",
                "{ORG1} is parting ways with its coach after this season",
                "the {ORG1} coach is set to depart when the season ends")),
        List.of("the racist chanting during the match in {CITY}", "the decision to ban away fans from {CITY}",
            "the attack on the team bus of {ORG1}"),
        List.of("the Supporters' Trust", "the Players' Union", "the Referees' Association", "the Fair Play Network",
            "the Women's Football Council"),
        List.of(
            "{ORG1} finished {X}th in the league last season, its worst result in more than a decade, and the "
                + "club has spent heavily since then in an effort to recover.",
            "The match in {CITY} on {DAY} drew a crowd of more than {Y} spectators despite the heavy rain, and "
                + "the mood in the stands turned sour after the final whistle.",
            "Ticket prices at the stadium rose sharply at the start of the season, angering many supporters, "
                + "some of whom staged a walkout during a home game in protest.",
            "The disciplinary committee is expected to announce its decision within the next two weeks, "
                + "although similar cases in the past have taken months to resolve.",
            "The transfer window closes at the end of the month, leaving clubs little time to complete deals "
                + "and putting pressure on the negotiators on all sides.",
            "Supporters gathered outside the stadium before kick-off on {DAY}, chanting and waving scarves, "
                + "while police on horseback kept rival fans apart.",
            "The broadcasting deal of the league, signed in {YEAR}, brought in record revenue for the top "
                + "clubs, but smaller clubs say they have seen little of the money.",
            "Both teams struggled with injuries throughout the autumn, with several first-team players missing "
                + "for weeks and younger players thrown in at short notice.",
            "{ORG1} was founded in {YEAR} and last won the league title more than {X} years ago, but it still "
                + "draws some of the biggest crowds in the country.",
            "The training ground of the club on the edge of {CITY} was closed to the media for the rest of the "
                + "week, and a planned open session for fans was cancelled."));
  }

  private static Topic science() {
    return new Topic("science",
        new Side(List.of("the lead author of the study at the {ORG}", "the director of the {ORG}",
            "a researcher at the {ORG}"), List.of("Institute for Polar Research", "Eastcliff Observatory",
            "Kessingford Institute of Technology", "Altberg Climate Centre", "Solvara Materials Laboratory"),
            "the {ORG}"),
        new Side(List.of("a professor at the {ORG}", "a senior scientist at the {ORG}", "the head of research at the "
            + "{ORG}"), List.of("University of Vesk", "Brennick Institute of Science", "Marrow Bay Research Council",
            "Dunmarrow University"), "the {ORG}"),
        new Side(List.of("an independent scientist at the {ORG}", "a statistician at the {ORG}",
            "a science policy expert at the {ORG}"), List.of("Open Data Institute", "Royal Academy of Lunaria",
            "Centre for Research Integrity"), "the {ORG}"),
        List.of("New Study from the {ORG1} Sparks Debate", "Scientists Question Findings of the {ORG1}",
            "Dispute Over Research at the {ORG1} Grows", "Researchers Clash Over {ORG1} Results",
            "Findings of the {ORG1} Under Scrutiny"),
        List.of("A study by researchers at the {ORG1} has prompted a sharp response from scientists at the {ORG2}, "
                + "who say its central findings do not hold up",
            "Scientists at the {ORG1} published results on {DAY} that they say could change the field, but rivals "
                + "at the {ORG2} were quick to raise doubts",
            "A dispute between two research groups broke into the open this week after the {ORG2} challenged a "
                + "study released by the {ORG1}"),
        List.of(
            List.of("the glaciers of {COUNTRY} lost {P} percent of their ice over the past decade",
                "{P} percent of the ice in the glaciers of {COUNTRY} melted in ten years",
                "glaciers in {COUNTRY} shrank by {P} percent within a decade"),
            List.of("the results of the {ORG1} study cannot be reproduced",
                "other laboratories have failed to replicate the findings of the {ORG1}",
                "nobody has been able to reproduce what the team at the {ORG1} reported"),
            List.of("the new battery material from the {ORG1} doubles storage capacity",
                "researchers at the {ORG1} have found a material that doubles battery capacity",
                "a material developed at the {ORG1} can store twice as much energy as current batteries"),
            List.of("the team at the {ORG1} manipulated images in its paper",
                "images in the paper from the {ORG1} were doctored",
                "researchers at the {ORG1} altered pictures in their published study"),
            List.of("microplastics were found in every water sample taken near {CITY}",
                "every sample of water collected around {CITY} contained microplastics",
                "researchers detected microplastics in all the water samples from {CITY}")),
        List.of("the cuts to research funding", "the dismissal of the study's authors",
            "the closure of the field station near {CITY}"),
        List.of("the Academy of Sciences", "the Open Research Council", "the Union of Concerned Engineers",
            "the Young Scientists' Network", "the Association of University Teachers"),
        List.of(
            "The study was published on {DAY} in the Journal of Applied Geoscience after a year of peer review, "
                + "and its authors presented the results at a press briefing.",
            "The research team collected samples at {X} sites over a period of three years, travelling to some "
                + "of them by boat because there were no roads nearby.",
            "Funding for the project came from a mix of public grants and private foundations, with the largest "
                + "single contribution coming from a national science fund.",
            "Similar studies in the past produced mixed results, partly because of differences in measurement "
                + "methods and partly because the samples were much smaller.",
            "The fieldwork was carried out during two expeditions, the first of them in the summer of {YEAR}, "
                + "when unusually warm weather made some sites hard to reach.",
            "The laboratory in {CITY} employs about {X} scientists and technicians and has its own computing "
                + "centre, which it shares with several smaller institutes.",
            "The paper runs to more than {X} pages and includes detailed appendices on the statistical methods, "
                + "along with the raw data from each of the sampling sites.",
            "Data from the project will be made available to other researchers later this year, once the team "
                + "has finished checking it and removing any errors.",
            "Science budgets have been under pressure in recent years as governments cut spending, and several "
                + "research groups have had to drop long-running projects.",
            "The {ORG1} was set up in {YEAR} and now hosts about {Y} visiting researchers a year, many of them "
                + "from universities abroad."));
  }
}
