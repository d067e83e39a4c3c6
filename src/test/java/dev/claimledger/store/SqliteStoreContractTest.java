package dev.claimledger.store;

import dev.claimledger.store.sqlite.SqliteDatabase;
import dev.claimledger.store.sqlite.SqliteLedger;
import java.nio.file.Path;

/** Runs the store contract against the SQLite ledger on a real file. */
class SqliteStoreContractTest extends LedgerStoreContract {
  @Override
  protected Stores open(Path dir) {
    SqliteLedger l = SqliteLedger.open(dir.resolve("contract.db"), SqliteDatabase.Durability.NORMAL, 2);
    return new Stores(l.actors(), l.sources(), l.claims(), l.stances(), l.queries(), l);
  }
}
