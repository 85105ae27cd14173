package nl.samenspel.store.sqlite;

import io.vertx.core.Vertx;
import io.vertx.core.json.JsonObject;
import java.nio.file.Path;
import nl.samenspel.config.Config;
import nl.samenspel.store.Storage;
import nl.samenspel.store.StoreContract;
import org.junit.jupiter.api.io.TempDir;

/** The store contract on the embedded SQLite database. */
class SqliteStoreContractTest extends StoreContract {

    @TempDir
    Path dir;

    @Override
    protected Storage open(Vertx vertx) {
        Config config = Config.from(new JsonObject().put("dataDir", dir.resolve("data").toString()));
        return await(Storage.open(vertx, config, nanos -> {}));
    }
}
