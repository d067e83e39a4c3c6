package dev.claimledger.ingest;

import dev.claimledger.extract.Directory;
import dev.claimledger.extract.Extraction;
import dev.claimledger.extract.Speaker;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;

/**
 * An article's extraction done before its write transaction, from reads beside the writer, with
 * the outlets it was given and every directory answer it relied on. The extractor is pure, so inside the
 * transaction it stands when the ledger still gives those answers; otherwise (an actor created or
 * renamed meanwhile) the article is extracted again there. Extraction, the costliest part of an
 * ingest, thus runs beside other articles' writes, and its result is the one the transaction
 * would have got. The directory's version, read before the first look-up, saves asking them again
 * when it has not moved.
 */
record Prepared(long directoryVersion, Speaker publisher, List<Speaker> relays, Extraction extraction,
    List<Lookup> lookups) {

  /** One question the extractor asked the directory, and the answer. */
  record Lookup(Set<String> keys, Map<String, Directory.Known> found) {}

  /** A directory that remembers what it was asked, in {@code into}. */
  static Directory recording(Directory directory, List<Lookup> into) {
    return keys -> {
      Map<String, Directory.Known> found = directory.find(keys);
      into.add(new Lookup(Set.copyOf(keys), Map.copyOf(found)));
      return found;
    };
  }

  static List<Lookup> newLookups() {
    return new ArrayList<>();
  }

  /**
   * Whether the transaction, given these outlets, at directory version {@code version} and asking
   * {@code lookup}, would extract the same. An unchanged version answers for every look-up.
   */
  boolean holds(Speaker publisher, List<Speaker> relays, long version,
      Function<Set<String>, Map<String, Directory.Known>> lookup) {
    if (!java.util.Objects.equals(publisher, this.publisher) || !relays.equals(this.relays)) return false;
    if (version == directoryVersion) return true;
    for (Lookup l : lookups) {
      if (!Map.copyOf(lookup.apply(l.keys())).equals(l.found())) return false;
    }
    return true;
  }
}
