package nl.samenspel.config;

import static org.junit.jupiter.api.Assertions.assertEquals;
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
}
