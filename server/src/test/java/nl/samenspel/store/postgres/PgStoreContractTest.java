package nl.samenspel.store.postgres;

import io.vertx.core.Vertx;
import nl.samenspel.config.Config;
import nl.samenspel.store.Storage;
import nl.samenspel.store.StoreContract;
import nl.samenspel.testing.TestPostgres;

/** The store contract on PostgreSQL: a new database of the test JVM's own server for each test. */
class PgStoreContractTest extends StoreContract {

    @Override
    protected Storage open(Vertx vertx) {
        return await(Storage.open(vertx, Config.from(TestPostgres.shared().settings()), nanos -> {}));
    }
}
