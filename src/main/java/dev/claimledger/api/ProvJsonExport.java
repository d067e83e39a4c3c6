package dev.claimledger.api;

import dev.claimledger.domain.Actor;
import dev.claimledger.domain.ActorKind;
import dev.claimledger.store.Provenance.ClaimEvidence;
import dev.claimledger.store.Provenance.Hop;
import dev.claimledger.store.Provenance.Role;
import dev.claimledger.store.Queries.AttributedStance;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * A claim's provenance as a W3C PROV-JSON document. For each stance in force, read from the
 * reader's end: the article (an entity attributed to its publisher) was derived from each relayed
 * outlet's report in turn (UNN's article from Reuters' report), the report nearest the speaker
 * quotes the speaker's statement (prov:Quotation), the article has that statement as its primary
 * source (prov:PrimarySource), the statement is attributed to the speaker, who acts on behalf of
 * whomever it speaks for, and the statement influenced the claim (with the stance's kind).
 */
final class ProvJsonExport {
  private ProvJsonExport() {}

  /** Identifiers are this ledger's resource names under the {@code cl} prefix. */
  static final String NAMESPACE = "urn:claimledger:";

  static String of(ClaimEvidence e) {
    Document d = new Document();
    String claim = "cl:claims/" + e.claim().id();
    d.entity(claim, Map.of(), "cl:Claim", e.claim().text(), null);
    for (int i = 0; i < e.inForce().size(); i++) stance(d, e, e.inForce().get(i), e.chains().get(i), claim);
    Map<String, Object> doc = new LinkedHashMap<>();
    doc.put("prefix", Map.of("cl", NAMESPACE));
    doc.put("entity", d.entities);
    doc.put("agent", d.agents);
    putIfAny(doc, "wasAttributedTo", d.attributions);
    putIfAny(doc, "wasDerivedFrom", d.derivations);
    putIfAny(doc, "actedOnBehalfOf", d.delegations);
    putIfAny(doc, "wasInfluencedBy", d.influences);
    return Json.write(doc);
  }

  private static void stance(Document d, ClaimEvidence e, AttributedStance a, List<Hop> hops, String claim) {
    var source = a.source();
    String article = "cl:sources/" + source.id();
    Map<String, Object> articleAttrs = new LinkedHashMap<>();
    if (source.publishTime() != null) articleAttrs.put("cl:publishTime", dateTime(source.publishTime()));
    if (source.uri() != null) articleAttrs.put("cl:uri", typed(source.uri(), "xsd:anyURI"));
    d.entity(article, articleAttrs, "cl:Article", source.title(), null);

    String statement = "cl:" + a.stance().ref().name();
    Map<String, Object> statementAttrs = new LinkedHashMap<>();
    statementAttrs.put("cl:kind", a.stance().kind().name());
    statementAttrs.put("cl:excerptStart", a.stance().excerpt().start());
    statementAttrs.put("cl:excerptEnd", a.stance().excerpt().end());
    d.entity(statement, statementAttrs, "cl:Statement", a.actorDisplayName() + ", as reported in " + source.title(), a.stance().excerpt().text());

    String upstream = article;
    String speaker = null;
    String before = "cl:actors/" + a.stance().resolvedActorId();
    for (Hop h : hops) {
      d.agent(h, e.actors().get(h.actorId()));
      String agent = "cl:actors/" + h.actorId();
      switch (h.role()) {
        case PUBLISHER -> d.attribution(article, agent);
        case RELAY -> {
          String report = article + "/reports/" + h.actorId();
          d.entity(report, Map.of(), "cl:Report", "the report by " + h.displayName() + " that " + source.title() + " relays", null);
          d.attribution(report, agent);
          d.derivation(upstream, report, null);
          upstream = report;
        }
        case SPEAKER -> {
          d.attribution(statement, agent);
          speaker = agent;
        }
        case SPEAKS_FOR -> d.delegation(before, agent, h.viaAffiliation());
      }
      if (h.role() == Role.SPEAKS_FOR) before = agent;
    }
    // A publisher speaking on its own account has no separate speaker hop: its article is the statement's home.
    if (speaker == null) d.attribution(statement, "cl:actors/" + a.stance().resolvedActorId());
    d.derivation(upstream, statement, "prov:Quotation");
    if (!upstream.equals(article)) d.derivation(article, statement, "prov:PrimarySource");
    Map<String, Object> influence = new LinkedHashMap<>();
    influence.put("prov:influencee", claim);
    influence.put("prov:influencer", statement);
    influence.put("cl:kind", a.stance().kind().name());
    d.influences.put("_:influence" + (d.influences.size() + 1), influence);
  }

  private static void putIfAny(Map<String, Object> doc, String key, Map<String, Object> records) {
    if (!records.isEmpty()) doc.put(key, records);
  }

  private static Map<String, Object> typed(String value, String type) {
    Map<String, Object> m = new LinkedHashMap<>();
    m.put("$", value);
    m.put("type", type);
    return m;
  }

  private static Map<String, Object> dateTime(Instant t) {
    return typed(t.toString(), "xsd:dateTime");
  }

  /** The records of one document, keyed by identifier; relations get blank identifiers in order. */
  private static final class Document {
    final Map<String, Object> entities = new LinkedHashMap<>();
    final Map<String, Object> agents = new LinkedHashMap<>();
    final Map<String, Object> attributions = new LinkedHashMap<>();
    final Map<String, Object> derivations = new LinkedHashMap<>();
    final Map<String, Object> delegations = new LinkedHashMap<>();
    final Map<String, Object> influences = new LinkedHashMap<>();
    private final java.util.Set<String> relationKeys = new java.util.HashSet<>();

    void entity(String id, Map<String, Object> attrs, String type, String label, String value) {
      if (entities.containsKey(id)) return;
      Map<String, Object> m = new LinkedHashMap<>();
      m.put("prov:type", typed(type, "xsd:QName"));
      m.put("prov:label", label);
      if (value != null) m.put("prov:value", value);
      m.putAll(attrs);
      entities.put(id, m);
    }

    void agent(Hop h, Actor a) {
      String id = "cl:actors/" + h.actorId();
      if (agents.containsKey(id)) return;
      Map<String, Object> m = new LinkedHashMap<>();
      ActorKind kind = a == null ? ActorKind.ORGANIZATION : a.kind();
      String type = switch (kind) {
        case PERSON -> "prov:Person";
        case UNNAMED_GROUP -> "prov:Agent";
        default -> "prov:Organization";
      };
      m.put("prov:type", typed(type, "xsd:QName"));
      m.put("prov:label", h.displayName());
      m.put("cl:kind", kind.name());
      agents.put(id, m);
    }

    void attribution(String entity, String agent) {
      if (!relationKeys.add("a " + entity + " " + agent)) return;
      Map<String, Object> m = new LinkedHashMap<>();
      m.put("prov:entity", entity);
      m.put("prov:agent", agent);
      attributions.put("_:attribution" + (attributions.size() + 1), m);
    }

    void derivation(String generated, String used, String type) {
      if (!relationKeys.add("d " + generated + " " + used + " " + type)) return;
      Map<String, Object> m = new LinkedHashMap<>();
      m.put("prov:generatedEntity", generated);
      m.put("prov:usedEntity", used);
      if (type != null) m.put("prov:type", typed(type, "xsd:QName"));
      derivations.put("_:derivation" + (derivations.size() + 1), m);
    }

    void delegation(String delegate, String responsible, String title) {
      if (delegate == null || !relationKeys.add("b " + delegate + " " + responsible)) return;
      Map<String, Object> m = new LinkedHashMap<>();
      m.put("prov:delegate", delegate);
      m.put("prov:responsible", responsible);
      if (!title.isEmpty()) m.put("prov:label", title);
      delegations.put("_:delegation" + (delegations.size() + 1), m);
    }
  }
}
