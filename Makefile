# claimledger — the two commands: `make run` (seeded server on localhost:50051) and `make test`.
MVN ?= mvn -B -ntp
JAVA ?= java
LOGFMT = -Djava.util.logging.SimpleFormatter.format='%1$$tFT%1$$tT.%1$$tLZ %4$$s %5$$s%6$$s%n'
CP = target/classes:$$(cat target/classpath.txt)
# The server's JVM flags, for `make run` and the server `make bench-ingest` starts. C1 only: C2 spent
# 11 - 15 s of CPU compiling (half of it the extractor) in the server's first 30 s, as much as the
# ingest itself, on a 2-core machine. The price: once C2 would have warmed up (some 10,000 articles
# in), C1 code takes about a third more CPU per article; SERVER_JVM= gives C2 back to a long-lived
# server. Serial GC: one thread collects this small heap without G1's threads, and peaks lower.
SERVER_JVM ?= -XX:TieredStopAtLevel=1 -XX:+UseSerialGC

.PHONY: build run test interop check clean bench-contradictions bench-ingest readme eval

# Compiles the server and writes its runtime classpath.
build:
	$(MVN) -q compile dependency:build-classpath -Dmdep.outputFile=target/classpath.txt -Dmdep.includeScope=runtime

# Starts the server on its defaults: ./data/claimledger.db, seeded from seeds/ on first start.
run: build
	$(JAVA) $(SERVER_JVM) $(LOGFMT) -cp "$(CP)" dev.claimledger.server.ClaimLedgerServer $(ARGS)

# Every JUnit test: in-process and real-socket servers on real SQLite files.
test:
	$(MVN) test

# A Python client generated from proto/ runs a scenario against a real server over a socket.
interop: build
	bash src/interop/run.sh

check: test interop

clean:
	$(MVN) -q clean

# Grows a ledger to STANCES stances and prints contradiction-query latency at each size.
STANCES ?= 200000
bench-contradictions:
	$(MVN) -q test-compile dependency:build-classpath -Dmdep.outputFile=target/test-classpath.txt -Dmdep.includeScope=test
	$(JAVA) -cp "target/test-classes:target/classes:$$(cat target/test-classpath.txt)" dev.claimledger.bench.ContradictionBench $(STANCES)

# Ingests ARTICLES generated seed-sized articles through a server in its own JVM (its runtime
# classpath, as `make run` starts it) and prints articles/s, stances/s and its peak heap, for one
# client and for four concurrent ones. Target: 300 articles/s end to end. SERVER_FLAGS: server JVM flags
# beside SERVER_JVM, e.g. SERVER_FLAGS=-XX:StartFlightRecording=filename=/tmp/ingest.jfr to profile it.
ARTICLES ?= 3000
SERVER_FLAGS ?=
bench-ingest: build
	$(MVN) -q test-compile dependency:build-classpath -Dmdep.outputFile=target/test-classpath.txt -Dmdep.includeScope=test
	$(JAVA) -Dbench.server.classpath="$(CP)" -Dbench.server.flags="$(SERVER_JVM) $(SERVER_FLAGS)" -cp "target/test-classes:target/classes:$$(cat target/test-classpath.txt)" dev.claimledger.bench.IngestBench $(ARTICLES)

# Ingests the evaluation sets (src/eval/README.md) through the IngestService and prints the extraction
# scores. EVAL_ARGS: set folders (default seeds, tuning, holdout) and --verbose for missed and false
# stances per article, e.g. make eval EVAL_ARGS="--verbose src/eval/corpus/tuning".
eval:
	$(MVN) -q test-compile dependency:build-classpath -Dmdep.outputFile=target/test-classpath.txt -Dmdep.includeScope=test
	$(JAVA) -cp "target/test-classes:target/classes:$$(cat target/test-classpath.txt)" dev.claimledger.eval.ExtractionEval $(EVAL_ARGS)

# Rewrites the outputs of the README's grpcurl examples (with their jq pipelines) with what a freshly
# seeded server answers; an output that differs only in times or page tokens is left as it is.
readme:
	$(MVN) -q test -Dtest=ReadmeExamplesTest -Dreadme.update=true -Dsurefire.failIfNoSpecifiedTests=false
