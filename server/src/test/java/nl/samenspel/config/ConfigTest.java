package nl.samenspel.config;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ConfigTest {

    @TempDir
    Path dir;

    @Test
    void flagsWinOverTheEnvironmentWhichWinsOverTheFile() throws Exception {
        Path file = dir.resolve("samenspel.json");
        Files.writeString(file, "{\"port\": 7000, \"retentionDays\": 7, \"passcode\": \"uit-bestand\"}");
        Config c = Config.load(new String[] {"--config=" + file, "--port=9090"},
                Map.of("SAMENSPEL_RETENTION_DAYS", "14"));
        assertEquals(9090, c.port());
        assertEquals(14, c.retentionDays());
        assertEquals("uit-bestand", c.passcode());
        assertEquals("http://localhost:9090", c.publicUrl());
    }

    @Test
    void aMistypedFlagIsRefusedNamingIt() {
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
                () -> Config.load(new String[] {"--prot=9090"}, Map.of()));
        assertTrue(e.getMessage().startsWith("unknown option --prot;"), e.getMessage());
        assertTrue(e.getMessage().contains("port"), "lists the known ones: " + e.getMessage());
    }

    @Test
    void aMistypedSettingInTheFileIsRefusedNamingIt() throws Exception {
        Path file = dir.resolve("samenspel.json");
        Files.writeString(file, "{\"retentionDagen\": 7}");
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
                () -> Config.load(new String[] {"--config=" + file}, Map.of()));
        assertTrue(e.getMessage().contains("retentionDagen"), e.getMessage());
    }

    @Test
    void theContentCheckIsAnOptionToo() {
        assertEquals(8080, Config.load(new String[] {"--check-content"}, Map.of()).port());
    }

    @Test
    void postgresIsChosenByFlagEnvironmentOrFileAndItsPasswordNeverPrints() throws Exception {
        Path file = dir.resolve("samenspel.json");
        Files.writeString(file, "{\"pgUser\": \"uit-bestand\"}");
        Config c = Config.load(new String[] {"--config=" + file, "--storage=postgres", "--pgUrl=postgresql://db.local:6543/zorg"},
                Map.of("SAMENSPEL_PG_PASSWORD", "geheim"));
        assertTrue(c.postgresStorage());
        assertEquals("jdbc:postgresql://db.local:6543/zorg", c.postgres().jdbcUrl());
        assertEquals("uit-bestand", c.postgres().user());
        assertEquals("geheim", c.postgres().password());
        assertEquals("host db.local:6543, database zorg", c.postgres().where());
        assertFalse(c.toString().contains("geheim"), c.toString());
        assertEquals(5432, Config.load(new String[] {"--pgUrl=postgres://h/d"}, Map.of()).postgres().port());
    }

    @Test
    void aBadPostgresAddressOrStorageIsRefused() {
        IllegalArgumentException url = assertThrows(IllegalArgumentException.class,
                () -> Config.load(new String[] {"--storage=postgres", "--pgUrl=mysql://h/d"}, Map.of()));
        assertTrue(url.getMessage().startsWith("pgUrl must look like postgresql://host:5432/database"), url.getMessage());
        IllegalArgumentException storage = assertThrows(IllegalArgumentException.class,
                () -> Config.load(new String[] {"--storage=oracle"}, Map.of()));
        assertTrue(storage.getMessage().contains("'sqlite' or 'postgres'"), storage.getMessage());
    }

    @Test
    void aClusterOnSqliteIsRefused() {
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
                () -> Config.load(new String[] {"--cluster"}, Map.of()));
        assertEquals("cluster needs storage=postgres: an SQLite file belongs to one node", e.getMessage());
    }

    @Test
    void aClusterOnPostgresNamesItsMembersAndABadMemberIsRefused() {
        Config c = Config.load(new String[] {"--storage=postgres", "--cluster", "--clusterPort=5702",
                "--clusterMembers=127.0.0.1:5701, 127.0.0.1:5702"}, Map.of());
        assertEquals(new Config.Cluster(true, "127.0.0.1", 5702, java.util.List.of("127.0.0.1:5701", "127.0.0.1:5702")), c.cluster());
        assertFalse(Config.defaults().cluster().enabled());
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
                () -> Config.load(new String[] {"--storage=postgres", "--cluster", "--clusterMembers=a b:1"}, Map.of()));
        assertTrue(e.getMessage().startsWith("clusterMembers must be host:port"), e.getMessage());
    }
}
