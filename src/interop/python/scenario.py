"""claimledger interop scenario: a Python client generated from proto/ against the real server.

Runs against a server on an EMPTY ledger (no seeds) over a socket: records actors with aliases and
affiliations, sources, claims and stances, asks the attribution and contradiction questions,
supersedes a stance, pages through a list, and checks that bad requests get the documented errors
(status code, google.rpc.ErrorInfo reason and google.rpc.BadRequest field violations, decoded from
the `grpc-status-details-bin` trailer).

Usage (see src/interop/run.sh, which generates the code and starts the server):
    /usr/bin/python3 scenario.py --target 127.0.0.1:PORT --gen DIR

Prints one line per step and per check and ends with `interop: N passed, M failed`; exits 1 on any
failure.
"""
import argparse
import hashlib
import json
import queue
import threading
import sys
import time
import traceback

RPC_TIMEOUT = 15  # seconds per call
READY_TIMEOUT = 30  # seconds to wait for the server


class Abort(Exception):
    """A failure after which the rest of the scenario cannot run."""


class Checks:
    def __init__(self):
        self.passed = 0
        self.failed = 0

    def check(self, what, ok, detail=""):
        if ok:
            self.passed += 1
            print(f"  ok   {what}", flush=True)
        else:
            self.failed += 1
            print(f"  FAIL {what}" + (f"\n         {detail}" if detail else ""), flush=True)
        return ok

    def eq(self, what, actual, expected):
        return self.check(what, actual == expected, f"expected {expected!r}\n         actual   {actual!r}")

    def require(self, what, ok, detail=""):
        if not self.check(what, ok, detail):
            raise Abort(what)


def step(title):
    print(f"step: {title}", flush=True)


def main():
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--target", required=True, help="host:port of a running server")
    parser.add_argument("--gen", required=True, help="folder with the generated *_pb2 modules")
    args = parser.parse_args()
    sys.path.insert(0, args.gen)

    import grpc

    checks = Checks()
    try:
        Scenario(grpc, args.target, checks).run()
    except Abort as e:
        print(f"interop: stopped after a failed prerequisite: {e}", flush=True)
        checks.failed = max(checks.failed, 1)
    except grpc.RpcError as e:
        checks.failed += 1
        print(f"  FAIL unexpected RPC error {e.code().name}: {e.details()}", flush=True)
        traceback.print_exc()
    except Exception:  # a bug in the scenario or a malformed answer: still a failure
        checks.failed += 1
        print("  FAIL unexpected exception", flush=True)
        traceback.print_exc()
    print(f"interop: {checks.passed} passed, {checks.failed} failed", flush=True)
    return 0 if checks.failed == 0 else 1


class Scenario:
    def __init__(self, grpc, target, checks):
        from claimledger.v1 import actor_pb2, actor_pb2_grpc
        from claimledger.v1 import attribution_pb2, attribution_pb2_grpc
        from claimledger.v1 import claim_pb2, claim_pb2_grpc
        from claimledger.v1 import contradiction_pb2, contradiction_pb2_grpc
        from claimledger.v1 import source_pb2, source_pb2_grpc
        from claimledger.v1 import stance_pb2, stance_pb2_grpc
        from google.rpc import error_details_pb2, status_pb2
        from google.protobuf import timestamp_pb2

        self.grpc = grpc
        self.target = target
        self.c = checks
        self.actor_pb2, self.attribution_pb2, self.claim_pb2 = actor_pb2, attribution_pb2, claim_pb2
        self.contradiction_pb2, self.source_pb2, self.stance_pb2 = contradiction_pb2, source_pb2, stance_pb2
        self.status_pb2, self.error_details_pb2, self.timestamp_pb2 = status_pb2, error_details_pb2, timestamp_pb2

        self.channel = grpc.insecure_channel(target)
        self.actors = actor_pb2_grpc.ActorServiceStub(self.channel)
        self.sources = source_pb2_grpc.SourceServiceStub(self.channel)
        self.claims = claim_pb2_grpc.ClaimServiceStub(self.channel)
        self.stances = stance_pb2_grpc.StanceServiceStub(self.channel)
        self.attribution = attribution_pb2_grpc.AttributionServiceStub(self.channel)
        self.contradictions = contradiction_pb2_grpc.ContradictionServiceStub(self.channel)
        self.created_claims = []  # every claim this scenario created, in creation order

    # ----------------------------------------------------------------------------------------------
    # Helpers

    def call(self, method, request):
        return method(request, timeout=RPC_TIMEOUT)

    def error_of(self, method, request):
        """Calls method, which must fail. Returns (code, message, Status or None, ErrorInfo or None,
        BadRequest or None), or None when the call succeeded."""
        try:
            method(request, timeout=RPC_TIMEOUT)
        except self.grpc.RpcError as e:
            status = info = bad = None
            for key, value in e.trailing_metadata() or ():
                if key == "grpc-status-details-bin":
                    status = self.status_pb2.Status.FromString(value)
            if status is not None:
                for detail in status.details:
                    if detail.type_url.endswith("/google.rpc.ErrorInfo"):
                        info = self.error_details_pb2.ErrorInfo.FromString(detail.value)
                    elif detail.type_url.endswith("/google.rpc.BadRequest"):
                        bad = self.error_details_pb2.BadRequest.FromString(detail.value)
            return e.code(), e.details(), status, info, bad
        return None

    def expect_error(self, what, method, request, code, reason, fields=(), metadata=None):
        """Checks that the call fails with `code`, an ErrorInfo with `reason` (domain
        claimledger.dev) and, when `fields` are given, a BadRequest naming each of them."""
        got = self.error_of(method, request)
        if got is None:
            self.c.check(f"{what}: fails with {code.name}", False, "the call succeeded")
            return None
        got_code, message, status, info, bad = got
        self.c.eq(f"{what}: status code", got_code, code)
        if not self.c.check(f"{what}: trailer grpc-status-details-bin holds a google.rpc.Status",
                            status is not None, f"message was {message!r}"):
            return got
        self.c.check(f"{what}: google.rpc.Status code and message agree with the call status",
                     status.code == code.value[0] and status.message == message,
                     f"Status(code={status.code}, message={status.message!r}) vs {code.value[0]} {message!r}")
        if self.c.check(f"{what}: details hold a google.rpc.ErrorInfo", info is not None,
                        f"detail types: {[d.type_url for d in status.details]}"):
            self.c.eq(f"{what}: ErrorInfo reason", info.reason, reason)
            self.c.eq(f"{what}: ErrorInfo domain", info.domain, "claimledger.dev")
            for key, value in (metadata or {}).items():
                self.c.eq(f"{what}: ErrorInfo metadata {key}", dict(info.metadata).get(key), value)
        if fields:
            violated = [v.field for v in bad.field_violations] if bad is not None else None
            self.c.check(f"{what}: details hold a google.rpc.BadRequest naming {', '.join(fields)}",
                         violated is not None and all(f in violated for f in fields),
                         f"BadRequest field violations: {violated}"
                         f" (detail types: {[d.type_url for d in status.details]})")
        return got

    def timestamp(self, rfc3339):
        ts = self.timestamp_pb2.Timestamp()
        ts.FromJsonString(rfc3339)
        return ts

    def create_claim(self, text, **kw):
        claim = self.call(self.claims.CreateClaim,
                          self.claim_pb2.CreateClaimRequest(claim=self.claim_pb2.Claim(text=text, **kw))).claim
        self.created_claims.append(claim.name)
        return claim

    def create_stance(self, claim, actor, kind, source, excerpt, start=0, end=0):
        s = self.stance_pb2
        return self.call(self.stances.CreateStance, s.CreateStanceRequest(parent=claim, stance=s.Stance(
            actor=actor, kind=kind, source=source,
            excerpt=s.Excerpt(text=excerpt, start_offset=start, end_offset=end)))).stance

    def get_claim(self, name):
        return self.call(self.claims.GetClaim, self.claim_pb2.GetClaimRequest(name=name)).claim

    # ----------------------------------------------------------------------------------------------

    def run(self):
        self.wait_until_ready()
        self.create_actors()
        self.create_sources()
        self.create_claim_and_stances()
        self.ask_attribution()
        self.search()
        self.ask_contradictions()
        self.conflicting_reports()
        self.supersede()
        self.page_through_claims()
        self.errors()
        self.watch_contested_claim()
        self.verify_and_trace()

    def wait_until_ready(self):
        step(f"wait for the server at {self.target} (up to {READY_TIMEOUT} s)")
        grpc = self.grpc
        deadline = time.monotonic() + READY_TIMEOUT
        try:
            from grpc_health.v1 import health_pb2, health_pb2_grpc
            health = health_pb2_grpc.HealthStub(self.channel)
        except ImportError:  # Debian has no python3-grpcio-health-checking: poll a real RPC instead
            health = None
        while True:
            try:
                if health is not None:
                    answer = health.Check(health_pb2.HealthCheckRequest(), timeout=2)
                    if answer.status != health_pb2.HealthCheckResponse.SERVING:
                        raise RuntimeError(f"health status {answer.status}")
                first = self.claims.ListClaims(self.claim_pb2.ListClaimsRequest(), timeout=2)
                break
            except (grpc.RpcError, RuntimeError) as e:
                if time.monotonic() > deadline:
                    detail = f"{e.code().name}: {e.details()}" if isinstance(e, grpc.RpcError) else str(e)
                    self.c.require(f"the server answers within {READY_TIMEOUT} s", False, f"last error {detail}")
                time.sleep(0.25)
        self.c.check("the server answers (" + ("health SERVING, " if health else "") + "ListClaims)", True)
        self.c.require("the ledger starts empty (no seeds)", len(first.claims) == 0 and not first.next_page_token,
                       f"ListClaims returned {[c.name for c in first.claims]}")

    def create_actors(self):
        step("create actors, aliases and affiliations")
        a = self.actor_pb2

        def create(actor_id, display, kind, aliases=(), description=""):
            return self.call(self.actors.CreateActor, a.CreateActorRequest(actor_id=actor_id, actor=a.Actor(
                display_name=display, kind=kind, aliases=list(aliases), description=description))).actor

        self.state = create("north-korea", "North Korea", a.ACTOR_KIND_STATE, ["DPRK", "Pyongyang"])
        self.ministry = create("dprk-foreign-ministry", "North Korean Foreign Ministry", a.ACTOR_KIND_ORGANIZATION)
        self.choe = create("choe-son-hui", "Choe Son Hui", a.ACTOR_KIND_PERSON, ["Choi Son-hui", "Choi Seong Hee"],
                           "North Korea's foreign minister")
        self.kirby = create("john-kirby", "John Kirby", a.ACTOR_KIND_PERSON, ["Kirby"])
        self.reuters = create("reuters", "Reuters", a.ACTOR_KIND_MEDIA_OUTLET)
        # A derived ID: the server makes one from the display name.
        self.analysts = self.call(self.actors.CreateActor, a.CreateActorRequest(actor=a.Actor(
            display_name="Western analysts", kind=a.ACTOR_KIND_UNNAMED_GROUP))).actor

        self.c.eq("CreateActor uses the actor_id asked for", self.choe.name, "actors/choe-son-hui")
        self.c.eq("CreateActor keeps the kind", self.choe.kind, a.ACTOR_KIND_PERSON)
        self.c.check("aliases are kept as given", "Choi Seong Hee" in self.choe.aliases and "Choi Son-hui" in self.choe.aliases,
                     f"aliases {list(self.choe.aliases)}")
        self.c.check("create_time is set", self.choe.create_time.seconds > 0)
        self.c.check("an actor without actor_id gets a derived name",
                     self.analysts.name.startswith("actors/") and len(self.analysts.name) > len("actors/"),
                     self.analysts.name)

        found = self.call(self.actors.LookupActor, a.LookupActorRequest(alias="choi seong-hee"))
        self.c.eq("LookupActor('choi seong-hee') finds Choe Son Hui (case and hyphens ignored)",
                  found.actor.name, self.choe.name)
        self.c.eq("LookupActor reports the alias in its recorded spelling", found.matched_alias, "Choi Seong Hee")
        found = self.call(self.actors.LookupActor, a.LookupActorRequest(alias="CHOE SON HUI"))
        self.c.eq("LookupActor finds an actor by its display name in another case", found.actor.name, self.choe.name)
        found = self.call(self.actors.LookupActor, a.LookupActorRequest(alias="d.p.r.k."))
        self.c.eq("LookupActor('d.p.r.k.') finds North Korea (dots ignored)", found.actor.name, self.state.name)

        part = self.call(self.actors.CreateAffiliation, a.CreateAffiliationRequest(
            parent=self.ministry.name, affiliation=a.Affiliation(
                organization=self.state.name, role=a.AFFILIATION_ROLE_PART_OF))).affiliation
        spokes = self.call(self.actors.CreateAffiliation, a.CreateAffiliationRequest(
            parent=self.choe.name, affiliation=a.Affiliation(
                organization=self.ministry.name, role=a.AFFILIATION_ROLE_SPOKESPERSON, title="spokeswoman"))).affiliation
        employee = self.call(self.actors.CreateAffiliation, a.CreateAffiliationRequest(
            parent=self.kirby.name, affiliation=a.Affiliation(
                organization=self.reuters.name, role=a.AFFILIATION_ROLE_EMPLOYEE))).affiliation
        self.c.check("a ministry PART_OF a state speaks for it", part.speaks_for)
        self.c.check("a spokesperson speaks for her ministry", spokes.speaks_for)
        self.c.check("an employee does not speak for the organization", not employee.speaks_for)
        self.c.check("affiliation names live under the member",
                     spokes.name.startswith(self.choe.name + "/affiliations/"), spokes.name)
        self.c.eq("the affiliation keeps organization, role and title",
                  (spokes.organization, spokes.role, spokes.title),
                  (self.ministry.name, a.AFFILIATION_ROLE_SPOKESPERSON, "spokeswoman"))

    def create_sources(self):
        step("create sources; the same source twice returns the existing one")
        s = self.source_pb2
        # Characters outside the BMP and non-Latin text before the excerpts: offsets count code
        # points, so a server counting UTF-16 units or bytes would get them wrong.
        self.text = (
            "SEOUL, Jan 15 (Reuters) \u2014 \U0001F30F Talks in Moscow; \ucd5c\uc120\ud76c (Choe Son Hui) arrived on Monday.\n"
            "White House national security spokesman John Kirby said North Korea has supplied Russia "
            "with ballistic missiles that were fired at Ukraine.\n"
            "Choe Son Hui denied that Pyongyang had sent any missiles to Russia, calling the accusation "
            "\u201cabsurd\u201d.\n"
            "Analysts said the missiles appeared to be North Korean-made.\n")
        self.uri = "https://www.reuters.example/world/asia/choe-moscow-2024-01-15/"
        first = self.call(self.sources.CreateSource, s.CreateSourceRequest(source=s.Source(
            title="North Korean foreign minister in Russia", publisher=self.reuters.name,
            publish_time=self.timestamp("2024-01-15T08:00:00Z"), uri=self.uri, text=self.text)))
        self.source = first.source
        self.c.check("a new source is not `existing`", not first.existing)
        self.c.check("the source gets a name", self.source.name.startswith("sources/"), self.source.name)
        self.c.eq("text_length counts code points", self.source.text_length, len(self.text))
        self.c.eq("content_sha256 is the SHA-256 of the UTF-8 text", self.source.content_sha256,
                  hashlib.sha256(self.text.encode("utf-8")).hexdigest())

        again = self.call(self.sources.CreateSource, s.CreateSourceRequest(source=s.Source(
            title="North Korean foreign minister in Russia", publisher=self.reuters.name,
            publish_time=self.timestamp("2024-01-15T08:00:00Z"), uri=self.uri, text=self.text)))
        self.c.check("the same source again is `existing`", again.existing)
        self.c.eq("the same source again returns the same name", again.source.name, self.source.name)

        same_text = self.call(self.sources.CreateSource, s.CreateSourceRequest(source=s.Source(
            title="Another headline over the same text", text=self.text)))
        self.c.check("the same text under another title is `existing`", same_text.existing)
        self.c.eq("the same text returns the first source", same_text.source.name, self.source.name)

        same_uri = self.call(self.sources.CreateSource, s.CreateSourceRequest(source=s.Source(
            title="North Korean foreign minister in Russia (updated)", uri=self.uri,
            text=self.text + "This story has been updated.\n")))
        self.c.check("the same URI with another text is `existing`", same_uri.existing)
        self.c.eq("the same URI returns the first source", same_uri.source.name, self.source.name)

        got = self.call(self.sources.GetSource, s.GetSourceRequest(name=self.source.name)).source
        self.c.eq("GetSource returns the full text, unchanged by the repeats", got.text, self.text)
        listed = self.call(self.sources.ListSources, s.ListSourcesRequest())
        self.c.eq("ListSources holds one source after the repeats", [x.name for x in listed.sources], [self.source.name])
        self.c.eq("ListSources (BASIC view) leaves the text out", [x.text for x in listed.sources], [""])

    def create_claim_and_stances(self):
        step("create a claim and stances (excerpt located by the server, and with explicit offsets)")
        st = self.stance_pb2
        self.claim = self.create_claim("North Korea has supplied Russia with ballistic missiles.",
                                       description="Used against Ukraine, per the U.S.")
        self.c.check("CreateClaim derives a name from the text", self.claim.name.startswith("claims/"), self.claim.name)
        self.c.eq("a new claim has no stances", self.claim.summary.stance_count, 0)

        self.kirby_excerpt = ("John Kirby said North Korea has supplied Russia with ballistic missiles "
                              "that were fired at Ukraine.")
        self.kirby_stance = self.create_stance(self.claim.name, self.kirby.name, st.STANCE_KIND_ASSERTS,
                                               self.source.name, self.kirby_excerpt)
        start = self.text.index(self.kirby_excerpt)
        self.c.eq("offsets left 0: the server locates the excerpt (code points)",
                  (self.kirby_stance.excerpt.start_offset, self.kirby_stance.excerpt.end_offset),
                  (start, start + len(self.kirby_excerpt)))
        self.c.check("the stance name lives under the claim",
                     self.kirby_stance.name.startswith(self.claim.name + "/stances/"), self.kirby_stance.name)
        self.c.eq("the stance keeps actor, kind, source and excerpt",
                  (self.kirby_stance.actor, self.kirby_stance.kind, self.kirby_stance.source,
                   self.kirby_stance.excerpt.text),
                  (self.kirby.name, st.STANCE_KIND_ASSERTS, self.source.name, self.kirby_excerpt))
        self.c.eq("a stance recorded through the API is MANUAL", self.kirby_stance.origin, st.STANCE_ORIGIN_MANUAL)
        self.c.eq("resolved_actor is the actor itself", self.kirby_stance.resolved_actor, self.kirby.name)

        self.choe_excerpt = "Choe Son Hui denied that Pyongyang had sent any missiles to Russia"
        start = self.text.index(self.choe_excerpt)
        self.choe_span = (start, start + len(self.choe_excerpt))
        self.choe_stance = self.create_stance(self.claim.name, self.choe.name, st.STANCE_KIND_DENIES,
                                              self.source.name, self.choe_excerpt, *self.choe_span)
        self.c.eq("explicit code-point offsets are accepted and kept",
                  (self.choe_stance.excerpt.start_offset, self.choe_stance.excerpt.end_offset), self.choe_span)

        claim = self.get_claim(self.claim.name)
        self.c.eq("the claim summary counts 2 stances, 1 supporter, 1 denier, contested",
                  (claim.summary.stance_count, claim.summary.supporting_actor_count,
                   claim.summary.denying_actor_count, claim.summary.contested),
                  (2, 1, 1, True))

    def ask_attribution(self):
        step("GetClaimAttribution and ListActorStances with roll-up")
        at = self.attribution_pb2
        st = self.stance_pb2
        att = self.call(self.attribution.GetClaimAttribution, at.GetClaimAttributionRequest(claim=self.claim.name))
        self.c.eq("GetClaimAttribution returns the claim", att.claim.name, self.claim.name)
        self.c.eq("both actors, in the order they first took a stance",
                  [x.actor.name for x in att.actors], [self.kirby.name, self.choe.name])
        kinds = {x.actor.name: [s.stance.kind for s in x.stances] for x in att.actors}
        self.c.eq("each actor with its stance kinds", kinds,
                  {self.kirby.name: [st.STANCE_KIND_ASSERTS], self.choe.name: [st.STANCE_KIND_DENIES]})
        if len(att.actors) == 2 and att.actors[1].stances:
            choe = att.actors[1].stances[0]
            self.c.eq("the attributed stance carries the excerpt and its span",
                      (choe.stance.excerpt.text, choe.stance.excerpt.start_offset, choe.stance.excerpt.end_offset),
                      (self.choe_excerpt,) + self.choe_span)
            self.c.eq("the attributed stance carries the source brief",
                      (choe.source.name, choe.source.title, choe.source.publisher, choe.source.uri,
                       choe.source.publish_time.ToJsonString()),
                      (self.source.name, "North Korean foreign minister in Russia", self.reuters.name, self.uri,
                       "2024-01-15T08:00:00Z"))
            self.c.eq("the attributed stance carries the claim text and actor display name",
                      (choe.claim_text, choe.actor_display_name), (self.claim.text, "Choe Son Hui"))
            self.c.eq("no via path in claim attribution", list(choe.via), [])

        rolled = self.call(self.attribution.ListActorStances,
                           at.ListActorStancesRequest(actor=self.state.name, roll_up=True))
        self.c.eq("ListActorStances names the actor asked about", rolled.actor.name, self.state.name)
        by_name = {s.stance.name: s for s in rolled.stances}
        self.c.eq("with roll-up, the state has its spokeswoman's stance (and not Kirby's)",
                  sorted(by_name), [self.choe_stance.name])
        if self.choe_stance.name in by_name:
            self.c.eq("the rolled-up stance has the via path speaker -> ministry -> state",
                      list(by_name[self.choe_stance.name].via),
                      [self.choe.name, self.ministry.name, self.state.name])
        alone = self.call(self.attribution.ListActorStances, at.ListActorStancesRequest(actor=self.state.name))
        self.c.eq("without roll-up the state took no stance itself", len(alone.stances), 0)
        own = self.call(self.attribution.ListActorStances, at.ListActorStancesRequest(actor=self.choe.name))
        self.c.eq("the speaker's own stances have an empty via",
                  [(s.stance.name, list(s.via)) for s in own.stances], [(self.choe_stance.name, [])])

    def search(self):
        step("SearchLedger")
        at = self.attribution_pb2
        hits = self.call(self.attribution.SearchLedger, at.SearchLedgerRequest(query="ballistic")).hits
        claim_hits = [h.claim.name for h in hits if h.WhichOneof("hit") == "claim"]
        stance_hits = [h.stance.stance.name for h in hits if h.WhichOneof("hit") == "stance"]
        self.c.check("a word of the claim finds the claim", self.claim.name in claim_hits,
                     f"claim hits {claim_hits}, stance hits {stance_hits}")
        self.c.check("the same word finds the stance whose excerpt has it", self.kirby_stance.name in stance_hits,
                     f"stance hits {stance_hits}")
        self.c.check("hits have snippets with the matched word in brackets",
                     all("[" in h.snippet and "]" in h.snippet for h in hits) and len(hits) > 0,
                     f"snippets {[h.snippet for h in hits]}")
        hits = self.call(self.attribution.SearchLedger, at.SearchLedgerRequest(query="Missile SUPPLY")).hits
        self.c.check("search stems English words and ignores case ('Missile SUPPLY')",
                     self.claim.name in [h.claim.name for h in hits if h.WhichOneof("hit") == "claim"],
                     f"{len(hits)} hits")
        try:
            self.call(self.attribution.SearchLedger, at.SearchLedgerRequest(query='"missile* NEAR( OR'))
            self.c.check("a query with FTS syntax ('\"missile* NEAR( OR') does not fail", True)
        except self.grpc.RpcError as e:
            self.c.check("a query with FTS syntax ('\"missile* NEAR( OR') does not fail", False,
                         f"{e.code().name}: {e.details()}")
        try:
            hits = self.call(self.attribution.SearchLedger,
                             at.SearchLedgerRequest(query='"ballistic* (missiles) -Russia ^')).hits
            self.c.check("quotes, operators and brackets are read as spaces",
                         self.claim.name in [h.claim.name for h in hits if h.WhichOneof("hit") == "claim"],
                         f"{len(hits)} hits")
        except self.grpc.RpcError as e:
            self.c.check("quotes, operators and brackets are read as spaces", False, f"{e.code().name}: {e.details()}")

    def ask_contradictions(self):
        step("ListContestedClaims and ListOpposingClaims")
        co = self.contradiction_pb2
        contested = self.call(self.contradictions.ListContestedClaims, co.ListContestedClaimsRequest())
        names = [x.claim.name for x in contested.contested_claims]
        self.c.require("the claim is contested", names == [self.claim.name], f"contested claims {names}")
        sides = contested.contested_claims[0]
        self.c.eq("the supporting side is Kirby's stance",
                  [(s.stance.name, s.stance.actor) for s in sides.supporting], [(self.kirby_stance.name, self.kirby.name)])
        self.c.eq("the denying side is Choe's stance",
                  [(s.stance.name, s.stance.actor) for s in sides.denying], [(self.choe_stance.name, self.choe.name)])
        self.c.check("both sides come with their source", all(s.source.name == self.source.name
                                                              for s in list(sides.supporting) + list(sides.denying)))
        self.c.eq("contested_time is the source's publish time",
                  sides.contested_time.ToJsonString(), "2024-01-15T08:00:00Z")
        filtered = self.call(self.contradictions.ListContestedClaims,
                             co.ListContestedClaimsRequest(filter=f'actor = "{self.choe.name}"'))
        self.c.eq("filter actor = Choe keeps the claim", [x.claim.name for x in filtered.contested_claims],
                  [self.claim.name])
        filtered = self.call(self.contradictions.ListContestedClaims,
                             co.ListContestedClaimsRequest(filter=f'actor = "{self.state.name}"'))
        self.c.eq("filter actor = North Korea (no stance of its own) finds nothing",
                  [x.claim.name for x in filtered.contested_claims], [])

        opposing = self.call(self.contradictions.ListOpposingClaims, co.ListOpposingClaimsRequest(
            actor=self.kirby.name, other_actor=self.choe.name))
        self.c.eq("ListOpposingClaims(Kirby, Choe) finds the claim",
                  [x.claim.name for x in opposing.opposing_claims], [self.claim.name])
        if opposing.opposing_claims:
            o = opposing.opposing_claims[0]
            self.c.eq("actor_stances are Kirby's, other_actor_stances Choe's",
                      ([s.stance.name for s in o.actor_stances], [s.stance.name for s in o.other_actor_stances]),
                      ([self.kirby_stance.name], [self.choe_stance.name]))
        opposing = self.call(self.contradictions.ListOpposingClaims, co.ListOpposingClaimsRequest(
            actor=self.kirby.name, other_actor=self.analysts.name))
        self.c.eq("ListOpposingClaims(Kirby, analysts) finds nothing", len(opposing.opposing_claims), 0)

    def conflicting_reports(self):
        step("ListConflictingReports: one source says Choe denied, another that she declined to comment")
        co = self.contradiction_pb2
        st = self.stance_pb2
        before = self.call(self.contradictions.ListConflictingReports, co.ListConflictingReportsRequest())
        self.c.eq("no conflicting report before the second source", len(before.conflicting_reports), 0)

        text2 = ("Asked about U.S. accusations that Pyongyang supplied missiles to Moscow, "
                 "Choe Son Hui declined to comment, the agency said.\n")
        self.source2 = self.call(self.sources.CreateSource, self.source_pb2.CreateSourceRequest(
            source=self.source_pb2.Source(title="Choe silent on missile accusations", text=text2,
                                          publish_time=self.timestamp("2024-01-16T10:00:00Z")))).source
        excerpt = "Choe Son Hui declined to comment"
        self.declines = self.create_stance(self.claim.name, self.choe.name, st.STANCE_KIND_DECLINES_TO_COMMENT,
                                           self.source2.name, excerpt)
        self.c.eq("the second excerpt is located too",
                  (self.declines.excerpt.start_offset, self.declines.excerpt.end_offset),
                  (text2.index(excerpt), text2.index(excerpt) + len(excerpt)))

        after = self.call(self.contradictions.ListConflictingReports, co.ListConflictingReportsRequest())
        self.c.eq("a conflicting report for Choe on the claim appears",
                  [(r.claim.name, r.actor.name) for r in after.conflicting_reports], [(self.claim.name, self.choe.name)])
        if after.conflicting_reports:
            reports = after.conflicting_reports[0].reports
            self.c.eq("its reports are both of Choe's stances, oldest record first, from two sources",
                      [(s.stance.name, s.stance.kind, s.source.name) for s in reports],
                      [(self.choe_stance.name, st.STANCE_KIND_DENIES, self.source.name),
                       (self.declines.name, st.STANCE_KIND_DECLINES_TO_COMMENT, self.source2.name)])
        filtered = self.call(self.contradictions.ListConflictingReports,
                             co.ListConflictingReportsRequest(filter=f'actor = "{self.kirby.name}"'))
        self.c.eq("filter actor = Kirby finds no conflicting report", len(filtered.conflicting_reports), 0)
        claim = self.get_claim(self.claim.name)
        self.c.eq("the claim summary counts 3 stances and 1 conflicting report",
                  (claim.summary.stance_count, claim.summary.conflicting_report_count), (3, 1))

    def supersede(self):
        step("SupersedeStance")
        st = self.stance_pb2
        at = self.attribution_pb2
        reason = "Kirby said the missiles were likely North Korean; recorded as a hedge"
        sup = self.call(self.stances.SupersedeStance, st.SupersedeStanceRequest(
            name=self.kirby_stance.name, parent=self.claim.name, reason=reason,
            stance=st.Stance(actor=self.kirby.name, kind=st.STANCE_KIND_SUGGESTS, source=self.source.name,
                             excerpt=st.Excerpt(text=self.kirby_excerpt))))
        new, old = sup.stance, sup.superseded
        self.c.eq("the corrected stance has superseded_by = the replacement", old.superseded_by, new.name)
        self.c.eq("the replacement has supersedes and the reason", (new.supersedes, new.supersede_reason),
                  (self.kirby_stance.name, reason))
        self.c.eq("the replacement is a new SUGGESTS stance on the claim",
                  (new.kind, new.name != self.kirby_stance.name, new.name.startswith(self.claim.name + "/stances/")),
                  (st.STANCE_KIND_SUGGESTS, True, True))
        got = self.call(self.stances.GetStance, st.GetStanceRequest(name=self.kirby_stance.name)).stance
        self.c.eq("GetStance of the corrected stance shows superseded_by", got.superseded_by, new.name)
        self.kirby_stance2 = new

        att = self.call(self.attribution.GetClaimAttribution, at.GetClaimAttributionRequest(claim=self.claim.name))
        kirby = [x for x in att.actors if x.actor.name == self.kirby.name]
        self.c.eq("attribution now shows only the replacement for Kirby",
                  [s.stance.name for s in kirby[0].stances] if kirby else None, [new.name])
        att = self.call(self.attribution.GetClaimAttribution,
                        at.GetClaimAttributionRequest(claim=self.claim.name, include_superseded=True))
        kirby = [x for x in att.actors if x.actor.name == self.kirby.name]
        self.c.eq("include_superseded shows both, the old one marked",
                  [(s.stance.name, s.stance.superseded_by) for s in kirby[0].stances] if kirby else None,
                  [(self.kirby_stance.name, new.name), (new.name, "")])
        claim = self.get_claim(self.claim.name)
        self.c.eq("the summary counts stances in force: 3, still 1 supporter (SUGGESTS), contested",
                  (claim.summary.stance_count, claim.summary.supporting_actor_count, claim.summary.contested),
                  (3, 1, True))
        contested = self.call(self.contradictions.ListContestedClaims, self.contradiction_pb2.ListContestedClaimsRequest())
        supporting = [s.stance.name for x in contested.contested_claims for s in x.supporting]
        self.c.eq("the contested claim's supporting side is the replacement", supporting, [new.name])

        self.expect_error("superseding the same stance again", self.stances.SupersedeStance,
                          st.SupersedeStanceRequest(name=self.kirby_stance.name, parent=self.claim.name, reason="again",
                                                    stance=st.Stance(actor=self.kirby.name, kind=st.STANCE_KIND_ASSERTS,
                                                                     source=self.source.name,
                                                                     excerpt=st.Excerpt(text=self.kirby_excerpt))),
                          self.grpc.StatusCode.FAILED_PRECONDITION, "STANCE_ALREADY_SUPERSEDED")

    def page_through_claims(self):
        step("page through ListClaims, 3 at a time")
        cl = self.claim_pb2
        for i in range(1, 8):
            self.create_claim(f"Interop paging claim number {i} is about topic {chr(ord('a') + i)}.")
        seen, token, pages = [], "", 0
        while True:
            page = self.call(self.claims.ListClaims, cl.ListClaimsRequest(page_size=3, page_token=token))
            pages += 1
            self.c.check(f"page {pages} holds at most 3 claims", len(page.claims) <= 3, f"{len(page.claims)} claims")
            seen += [x.name for x in page.claims]
            if pages == 1:
                self.first_token = page.next_page_token
            token = page.next_page_token
            if not token or pages > 20:
                break
        self.c.eq(f"{len(self.created_claims)} claims seen exactly once each, in creation order", seen,
                  self.created_claims)
        self.c.eq("3 pages of 3, 3 and 2", pages, 3)
        contested = self.call(self.claims.ListClaims, cl.ListClaimsRequest(filter="contested = true"))
        self.c.eq("ListClaims filter contested = true", [x.name for x in contested.claims], [self.claim.name])

    def errors(self):
        step("errors: codes, ErrorInfo reasons and BadRequest field violations")
        g = self.grpc.StatusCode
        cl, st, a, at = self.claim_pb2, self.stance_pb2, self.actor_pb2, self.attribution_pb2
        self.expect_error("CreateClaim with empty text", self.claims.CreateClaim,
                          cl.CreateClaimRequest(claim=cl.Claim(text="")),
                          g.INVALID_ARGUMENT, "INVALID_ARGUMENT", fields=["claim.text"])
        self.expect_error("GetClaim of an unknown claim", self.claims.GetClaim,
                          cl.GetClaimRequest(name="claims/no-such-claim"),
                          g.NOT_FOUND, "CLAIM_NOT_FOUND", metadata={"resource": "claims/no-such-claim"})
        self.expect_error("ListClaims with page_size -1", self.claims.ListClaims, cl.ListClaimsRequest(page_size=-1),
                          g.INVALID_ARGUMENT, "INVALID_ARGUMENT", fields=["page_size"])
        self.expect_error("ListClaims with a forged page token", self.claims.ListClaims,
                          cl.ListClaimsRequest(page_token="abc"), g.INVALID_ARGUMENT, "INVALID_PAGE_TOKEN")
        if self.first_token:
            self.expect_error("a page token reused with another filter", self.claims.ListClaims,
                              cl.ListClaimsRequest(page_size=3, page_token=self.first_token, filter="contested = false"),
                              g.INVALID_ARGUMENT, "INVALID_PAGE_TOKEN")
        self.expect_error("CreateStance naming a missing actor", self.stances.CreateStance,
                          st.CreateStanceRequest(parent=self.claim.name, stance=st.Stance(
                              actor="actors/nobody-at-all", kind=st.STANCE_KIND_ASSERTS, source=self.source.name,
                              excerpt=st.Excerpt(text=self.kirby_excerpt))),
                          g.NOT_FOUND, "ACTOR_NOT_FOUND", metadata={"resource": "actors/nobody-at-all"})
        start, end = self.choe_span
        self.expect_error("CreateStance with offsets one code point off", self.stances.CreateStance,
                          st.CreateStanceRequest(parent=self.claim.name, stance=st.Stance(
                              actor=self.choe.name, kind=st.STANCE_KIND_DENIES, source=self.source.name,
                              excerpt=st.Excerpt(text=self.choe_excerpt, start_offset=start + 1, end_offset=end + 1))),
                          g.INVALID_ARGUMENT, "EXCERPT_NOT_IN_SOURCE")
        self.expect_error("CreateStance with an excerpt not in the source", self.stances.CreateStance,
                          st.CreateStanceRequest(parent=self.claim.name, stance=st.Stance(
                              actor=self.choe.name, kind=st.STANCE_KIND_DENIES, source=self.source.name,
                              excerpt=st.Excerpt(text="Choe Son Hui confirmed the deliveries"))),
                          g.INVALID_ARGUMENT, "EXCERPT_NOT_IN_SOURCE")
        self.expect_error("CreateClaim with the text of an existing claim (other case and punctuation)",
                          self.claims.CreateClaim,
                          cl.CreateClaimRequest(claim=cl.Claim(text="north korea has supplied Russia with ballistic missiles")),
                          g.ALREADY_EXISTS, "CLAIM_ALREADY_EXISTS", metadata={"existing": self.claim.name})
        self.expect_error("LookupActor of an unknown alias", self.actors.LookupActor,
                          a.LookupActorRequest(alias="Nobody Known By This Name"), g.NOT_FOUND, "ALIAS_NOT_FOUND")
        self.expect_error("CreateActor with a taken alias", self.actors.CreateActor,
                          a.CreateActorRequest(actor=a.Actor(display_name="choi son hui", kind=a.ACTOR_KIND_PERSON)),
                          g.ALREADY_EXISTS, "ALIAS_IN_USE")
        self.expect_error("SearchLedger with no words", self.attribution.SearchLedger,
                          at.SearchLedgerRequest(query='"( )" *'), g.INVALID_ARGUMENT, "INVALID_ARGUMENT")
        self.expect_error("ListContestedClaims with OR in the filter", self.contradictions.ListContestedClaims,
                          self.contradiction_pb2.ListContestedClaimsRequest(
                              filter=f'actor = "{self.choe.name}" OR actor = "{self.kirby.name}"'),
                          g.INVALID_ARGUMENT, "INVALID_FILTER")
        self.expect_error("ListOpposingClaims with the same actor twice", self.contradictions.ListOpposingClaims,
                          self.contradiction_pb2.ListOpposingClaimsRequest(actor=self.kirby.name,
                                                                           other_actor=self.kirby.name),
                          g.INVALID_ARGUMENT, "INVALID_ARGUMENT")
        claims = self.call(self.claims.ListClaims, cl.ListClaimsRequest(page_size=1000))
        self.c.eq("failed requests wrote nothing: the claims are the ones created",
                  [x.name for x in claims.claims], self.created_claims)



    # ----------------------------------------------------------------------------------------------
    # Watching: the stream tells a client about a new contested claim within a second of the ingest

    def open_watch(self, request):
        """Starts WatchEvents in a thread; returns (queue of messages or errors, call)."""
        from claimledger.v1 import watch_pb2_grpc
        call = watch_pb2_grpc.WatchServiceStub(self.channel).WatchEvents(request)
        messages = queue.Queue()

        def pump():
            try:
                for message in call:
                    messages.put((time.monotonic(), message))
            except self.grpc.RpcError as e:
                messages.put((time.monotonic(), e))
        threading.Thread(target=pump, daemon=True).start()
        return messages, call

    def next_message(self, messages, what, timeout=10):
        try:
            return messages.get(timeout=timeout)
        except queue.Empty:
            self.c.require(f"{what} within {timeout} s", False, "nothing arrived")

    def watch_contested_claim(self):
        step("watch: a claim made contested by an ingest reaches a watching client within a second")
        from claimledger.v1 import ingest_pb2, ingest_pb2_grpc, watch_pb2
        w = watch_pb2
        messages, call = self.open_watch(w.WatchEventsRequest(types=[w.LEDGER_EVENT_TYPE_CLAIM_CONTESTED]))
        _, first = self.next_message(messages, "the caught-up note")
        self.c.check("the stream first says it has caught up", not first.HasField("event"), str(first))
        caught_up = first.caught_up_position

        article = ("The harbour authority said the crane failure caused the dock collapse. "
                   "Liftco, the crane's maker, denied that the crane failure caused the dock collapse.")
        ingest = ingest_pb2_grpc.IngestServiceStub(self.channel)
        sent = time.monotonic()
        answer = self.call(ingest.IngestArticle, ingest_pb2.IngestArticleRequest(
            article=ingest_pb2.Article(text=article, title="Dock collapse", publisher="Harbour Gazette")))
        answered = time.monotonic()
        contested = [c.claim for c in answer.claims if c.claim.summary.contested]
        self.c.require("the ingest made a claim contested", len(contested) == 1,
                       f"claims: {[(c.claim.text, c.claim.summary.contested) for c in answer.claims]}")
        arrived, message = self.next_message(messages, "the contested-claim event")
        self.c.require("the stream delivered an event, not an error", not isinstance(message, Exception), str(message))
        event = message.event
        self.c.eq("the event is about the claim the ingest made contested", event.claim, contested[0].name)
        self.c.eq("the event type", event.type, w.LEDGER_EVENT_TYPE_CLAIM_CONTESTED)
        self.c.check("the event names both sides", len(event.actors) == 2, str(list(event.actors)))
        self.c.check("the event comes after the caught-up position", event.position > caught_up,
                     f"{event.position} <= {caught_up}")
        latency = arrived - answered
        print(f"    the event arrived {latency * 1000:.0f} ms after the ingest answered "
              f"({(arrived - sent) * 1000:.0f} ms after it was sent)", flush=True)
        self.c.check("the event arrived within a second of the ingest", latency < 1.0, f"{latency:.3f} s")
        call.cancel()
        self.contested_event = event

        step("watch: a client that reconnects resumes after its last position, nothing lost or repeated")
        messages, call = self.open_watch(w.WatchEventsRequest(after_position=event.position - 1,
                                                              types=[w.LEDGER_EVENT_TYPE_CLAIM_CONTESTED]))
        _, again = self.next_message(messages, "the replayed event")
        self.c.eq("the replay starts with the event after the given position", again.event, event)
        _, note = self.next_message(messages, "the caught-up note after the replay")
        self.c.check("then the stream says it has caught up, with no repeat",
                     not note.HasField("event") and note.caught_up_position >= event.position, str(note))
        call.cancel()

        step("watch: bad requests fail with the documented status")
        from claimledger.v1 import watch_pb2_grpc
        stub = watch_pb2_grpc.WatchServiceStub(self.channel)
        self.expect_error("WatchEvents beyond the last position",
                          lambda r, timeout: list(stub.WatchEvents(r, timeout=timeout)),
                          w.WatchEventsRequest(after_position=10 ** 9), self.grpc.StatusCode.OUT_OF_RANGE,
                          "POSITION_OUT_OF_RANGE")

    def verify_and_trace(self):
        step("verification and provenance of the contested claim")
        from claimledger.v1 import provenance_pb2, provenance_pb2_grpc, verification_pb2, verification_pb2_grpc
        v = verification_pb2
        claim = self.contested_event.claim
        verification = verification_pb2_grpc.VerificationServiceStub(self.channel)
        answer = self.call(verification.GetClaimVerification, v.GetClaimVerificationRequest(name=claim))
        self.c.eq("GetClaimVerification: the state", answer.state, v.VERIFICATION_STATE_CONTESTED)
        self.c.check("GetClaimVerification: the explanation says contested", answer.explanation.startswith("Contested"),
                     answer.explanation)
        provenance = provenance_pb2_grpc.ProvenanceServiceStub(self.channel)
        doc = json.loads(self.call(provenance.ExportClaimProvenance,
                                   provenance_pb2.ExportClaimProvenanceRequest(name=claim)).prov_json)
        self.c.check("ExportClaimProvenance: PROV-JSON with entities, agents and attributions",
                     all(k in doc for k in ("prefix", "entity", "agent", "wasAttributedTo")), str(list(doc)))
        self.c.check("ExportClaimProvenance: the article is attributed to its publisher",
                     any(r["prov:agent"].startswith("cl:actors/") and r["prov:entity"].startswith("cl:sources/")
                         for r in doc["wasAttributedTo"].values()), str(doc["wasAttributedTo"]))


if __name__ == "__main__":
    sys.exit(main())
