"""claimledger interop scenario: a Python client generated from proto/ against the real server.

Runs on an empty ledger over a socket: records actors, sources, a claim and stances, asks
attribution and contradiction questions, pages through a list, and checks that bad requests get
the documented errors (code, ErrorInfo reason, BadRequest field violations).
"""
import argparse
import sys
import time


def main():
    parser = argparse.ArgumentParser()
    parser.add_argument("--target", required=True)
    parser.add_argument("--gen", required=True, help="folder with the generated *_pb2 modules")
    args = parser.parse_args()
    sys.path.insert(0, args.gen)

    import grpc
    from claimledger.v1 import actor_pb2, actor_pb2_grpc, attribution_pb2, attribution_pb2_grpc
    from claimledger.v1 import claim_pb2, claim_pb2_grpc, contradiction_pb2, contradiction_pb2_grpc
    from claimledger.v1 import source_pb2, source_pb2_grpc, stance_pb2, stance_pb2_grpc
    import interop_rpc_pb2

    channel = grpc.insecure_channel(args.target)
    actors = actor_pb2_grpc.ActorServiceStub(channel)
    sources = source_pb2_grpc.SourceServiceStub(channel)
    claims = claim_pb2_grpc.ClaimServiceStub(channel)
    stances = stance_pb2_grpc.StanceServiceStub(channel)
    attribution = attribution_pb2_grpc.AttributionServiceStub(channel)
    contradictions = contradiction_pb2_grpc.ContradictionServiceStub(channel)

    results = {"passed": 0, "failed": 0}

    def check(name, condition, detail=""):
        if condition:
            results["passed"] += 1
            print(f"ok   {name}")
        else:
            results["failed"] += 1
            print(f"FAIL {name} {detail}")

    def error_of(call):
        """Runs call, which must fail; returns (code, ErrorInfo reason, violated fields)."""
        try:
            call()
        except grpc.RpcError as e:
            reason, fields = None, []
            for key, value in e.trailing_metadata() or ():
                if key == "grpc-status-details-bin":
                    status = interop_rpc_pb2.Status.FromString(value)
                    for detail in status.details:
                        if detail.type_url.endswith("/google.rpc.ErrorInfo"):
                            reason = interop_rpc_pb2.ErrorInfo.FromString(detail.value).reason
                        elif detail.type_url.endswith("/google.rpc.BadRequest"):
                            bad = interop_rpc_pb2.BadRequest.FromString(detail.value)
                            fields = [v.field for v in bad.field_violations]
            return e.code(), reason, fields
        return None, None, []

    # Wait until the server answers.
    deadline = time.time() + 60
    while True:
        try:
            claims.ListClaims(claim_pb2.ListClaimsRequest(), timeout=2)
            break
        except grpc.RpcError:
            if time.time() > deadline:
                print("interop: the server did not start")
                return 1
            time.sleep(0.2)
    print(f"server ready at {args.target}")

    # Actors, with aliases and an affiliation chain for roll-up.
    def create_actor(actor_id, name, kind, aliases=()):
        return actors.CreateActor(actor_pb2.CreateActorRequest(actor_id=actor_id, actor=actor_pb2.Actor(
            display_name=name, kind=kind, aliases=list(aliases)))).actor

    harbor = create_actor("harbor-state", "Harbor State", actor_pb2.ACTOR_KIND_STATE, ["the Harbor Republic"])
    ministry = create_actor("harbor-health-ministry", "Harbor Health Ministry", actor_pb2.ACTOR_KIND_ORGANIZATION)
    osei = create_actor("amara-osei", "Amara Osei", actor_pb2.ACTOR_KIND_PERSON, ["Dr. Amara Osei"])
    lakeside = create_actor("lakeside-gazette", "Lakeside Gazette", actor_pb2.ACTOR_KIND_MEDIA_OUTLET)
    unions = create_actor("dock-unions", "dock unions", actor_pb2.ACTOR_KIND_UNNAMED_GROUP)
    check("CreateActor returns the name asked for", harbor.name == "actors/harbor-state")
    actors.CreateAffiliation(actor_pb2.CreateAffiliationRequest(parent=ministry.name, affiliation=actor_pb2.Affiliation(
        organization=harbor.name, role=actor_pb2.AFFILIATION_ROLE_PART_OF)))
    spokes = actors.CreateAffiliation(actor_pb2.CreateAffiliationRequest(parent=osei.name, affiliation=actor_pb2.Affiliation(
        organization=ministry.name, role=actor_pb2.AFFILIATION_ROLE_SPOKESPERSON, title="spokeswoman"))).affiliation
    check("a spokesperson speaks for her ministry", spokes.speaks_for)
    found = actors.LookupActor(actor_pb2.LookupActorRequest(alias="DR AMARA OSEI")).actor
    check("LookupActor matches an alias in another case, ignoring dots", found.name == osei.name, found.name)

    # Sources: recording the same text twice returns the first.
    text = ("The dock unions said the harbor was closed for a week. "
            "Health ministry spokeswoman Dr. Amara Osei denied that the harbor was closed. "
            "The ministry declined to comment on the closure.")
    first = sources.CreateSource(source_pb2.CreateSourceRequest(source=source_pb2.Source(
        title="Harbor dispute", text=text, publisher=lakeside.name, uri="https://lakeside.example/harbor")))
    again = sources.CreateSource(source_pb2.CreateSourceRequest(source=source_pb2.Source(title="Another title", text=text)))
    check("CreateSource twice with the same text returns the existing source",
          again.existing and again.source.name == first.source.name and not first.existing)
    second = sources.CreateSource(source_pb2.CreateSourceRequest(source=source_pb2.Source(
        title="Ministry silent", text="Asked about the closure, the health ministry spokeswoman declined to comment."))).source

    claim = claims.CreateClaim(claim_pb2.CreateClaimRequest(claim=claim_pb2.Claim(
        text="The harbor was closed for a week."))).claim
    check("CreateClaim derives a readable id", claim.name.startswith("claims/the-harbor-was-closed"), claim.name)

    def create_stance(actor, kind, source, excerpt, start=0, end=0):
        return stances.CreateStance(stance_pb2.CreateStanceRequest(parent=claim.name, stance=stance_pb2.Stance(
            actor=actor.name, kind=kind, source=source, excerpt=stance_pb2.Excerpt(
                text=excerpt, start_offset=start, end_offset=end)))).stance

    union_excerpt = "The dock unions said the harbor was closed for a week."
    s1 = create_stance(unions, stance_pb2.STANCE_KIND_ASSERTS, first.source.name, union_excerpt)
    check("an excerpt's span is located in code points",
          (s1.excerpt.start_offset, s1.excerpt.end_offset) == (text.index(union_excerpt), text.index(union_excerpt) + len(union_excerpt)))
    denial = "Health ministry spokeswoman Dr. Amara Osei denied that the harbor was closed."
    at = text.index(denial)
    s2 = create_stance(osei, stance_pb2.STANCE_KIND_DENIES, first.source.name, denial, at, at + len(denial))
    check("a stance with explicit offsets is recorded", s2.excerpt.start_offset == at)
    create_stance(osei, stance_pb2.STANCE_KIND_DECLINES_TO_COMMENT, second.name,
                  "the health ministry spokeswoman declined to comment")

    # Attribution.
    att = attribution.GetClaimAttribution(attribution_pb2.GetClaimAttributionRequest(claim=claim.name))
    by_actor = {a.actor.name: [s.stance.kind for s in a.stances] for a in att.actors}
    check("GetClaimAttribution lists both actors with their kinds",
          by_actor.get(unions.name) == [stance_pb2.STANCE_KIND_ASSERTS]
          and stance_pb2.STANCE_KIND_DENIES in by_actor.get(osei.name, []), str(by_actor))
    check("attribution carries the source brief", att.actors[0].stances[0].source.publisher == lakeside.name)
    rolled = attribution.ListActorStances(attribution_pb2.ListActorStancesRequest(actor=harbor.name, roll_up=True))
    vias = [list(s.via) for s in rolled.stances]
    check("roll-up counts the spokeswoman's words for the state, with the via path",
          [osei.name, ministry.name, harbor.name] in vias, str(vias))
    alone = attribution.ListActorStances(attribution_pb2.ListActorStancesRequest(actor=harbor.name))
    check("without roll-up the state said nothing itself", len(alone.stances) == 0)
    hits = attribution.SearchLedger(attribution_pb2.SearchLedgerRequest(query="harbor closed"))
    check("SearchLedger finds the claim", any(h.HasField("claim") and h.claim.name == claim.name for h in hits.hits))
    odd = attribution.SearchLedger(attribution_pb2.SearchLedgerRequest(query='"harbor* (closed -'))
    check("search text with FTS syntax is read as plain words", len(odd.hits) > 0)
    odd = attribution.SearchLedger(attribution_pb2.SearchLedgerRequest(query='NEAR(harbor OR "closed'))
    check("FTS operators are words too: NEAR and OR must then occur", len(odd.hits) == 0)

    # Contradictions.
    contested = contradictions.ListContestedClaims(contradiction_pb2.ListContestedClaimsRequest())
    names = [c.claim.name for c in contested.contested_claims]
    check("the claim is contested", names == [claim.name], str(names))
    sides = contested.contested_claims[0]
    check("both sides come with their sources",
          sides.supporting[0].stance.actor == unions.name and sides.denying[0].stance.actor == osei.name
          and sides.denying[0].source.name == first.source.name)
    opposing = contradictions.ListOpposingClaims(contradiction_pb2.ListOpposingClaimsRequest(
        actor=unions.name, other_actor=osei.name))
    check("ListOpposingClaims finds the claim", [o.claim.name for o in opposing.opposing_claims] == [claim.name])
    conflicts = contradictions.ListConflictingReports(contradiction_pb2.ListConflictingReportsRequest())
    check("denied in one source, declined in another: a conflicting report",
          [(r.claim.name, r.actor.name, len(r.reports)) for r in conflicts.conflicting_reports] == [(claim.name, osei.name, 2)])

    # Corrections supersede.
    sup = stances.SupersedeStance(stance_pb2.SupersedeStanceRequest(
        name=s1.name, parent=claim.name, reason="the unions spoke of a partial closure",
        stance=stance_pb2.Stance(actor=unions.name, kind=stance_pb2.STANCE_KIND_SUGGESTS, source=first.source.name,
                                 excerpt=stance_pb2.Excerpt(text=union_excerpt))))
    check("SupersedeStance links both stances",
          sup.superseded.superseded_by == sup.stance.name and sup.stance.supersedes == s1.name)

    # Paging: seven more claims, three a page, each seen once, in order.
    made = [claims.CreateClaim(claim_pb2.CreateClaimRequest(claim=claim_pb2.Claim(text=f"Paged claim number {i}."))).claim.name
            for i in range(7)]
    seen, token, pages = [], "", 0
    while True:
        page = claims.ListClaims(claim_pb2.ListClaimsRequest(page_size=3, page_token=token))
        seen += [c.name for c in page.claims]
        pages += 1
        token = page.next_page_token
        if not token:
            break
    check("paging visits every claim once, in creation order", seen == [claim.name] + made and pages == 3,
          f"{pages} pages: {seen}")

    # Bad requests.
    code, reason, fields = error_of(lambda: claims.CreateClaim(claim_pb2.CreateClaimRequest(claim=claim_pb2.Claim(text=""))))
    check("empty claim text: INVALID_ARGUMENT with a field violation",
          code == grpc.StatusCode.INVALID_ARGUMENT and reason == "INVALID_ARGUMENT" and "claim.text" in fields,
          f"{code} {reason} {fields}")
    code, reason, _ = error_of(lambda: claims.GetClaim(claim_pb2.GetClaimRequest(name="claims/no-such-claim")))
    check("unknown claim: NOT_FOUND CLAIM_NOT_FOUND", code == grpc.StatusCode.NOT_FOUND and reason == "CLAIM_NOT_FOUND")
    code, reason, fields = error_of(lambda: claims.ListClaims(claim_pb2.ListClaimsRequest(page_size=-1)))
    check("negative page size: INVALID_ARGUMENT on page_size",
          code == grpc.StatusCode.INVALID_ARGUMENT and "page_size" in fields)
    code, reason, _ = error_of(lambda: claims.ListClaims(claim_pb2.ListClaimsRequest(page_token="abc")))
    check("forged page token: INVALID_PAGE_TOKEN", code == grpc.StatusCode.INVALID_ARGUMENT and reason == "INVALID_PAGE_TOKEN")
    code, reason, _ = error_of(lambda: stances.CreateStance(stance_pb2.CreateStanceRequest(parent=claim.name, stance=stance_pb2.Stance(
        actor="actors/nobody", kind=stance_pb2.STANCE_KIND_ASSERTS, source=first.source.name,
        excerpt=stance_pb2.Excerpt(text=union_excerpt)))))
    check("a stance naming a missing actor: NOT_FOUND ACTOR_NOT_FOUND",
          code == grpc.StatusCode.NOT_FOUND and reason == "ACTOR_NOT_FOUND")
    code, reason, _ = error_of(lambda: contradictions.ListContestedClaims(contradiction_pb2.ListContestedClaimsRequest(
        filter="actor = x OR source = y")))
    check("an invalid filter: INVALID_FILTER", code == grpc.StatusCode.INVALID_ARGUMENT and reason == "INVALID_FILTER")

    print(f"interop: {results['passed']} passed, {results['failed']} failed")
    return 0 if results["failed"] == 0 else 1


if __name__ == "__main__":
    sys.exit(main())
