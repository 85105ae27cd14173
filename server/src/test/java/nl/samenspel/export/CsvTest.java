package nl.samenspel.export;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The one CSV writer every format's spreadsheet export goes through. */
class CsvTest {

    @Test
    void everyFormulaStartIsDefusedIncludingTabAndCarriageReturn() {
        // The card game's writer used to let a leading tab or CR through; spreadsheets treat both as formula starts.
        assertEquals("'=1+1", Csv.cell("=1+1"));
        assertEquals("'+31", Csv.cell("+31"));
        assertEquals("'-1", Csv.cell("-1"));
        assertEquals("'@SUM(A1)", Csv.cell("@SUM(A1)"));
        assertEquals("'\t=1", Csv.cell("\t=1"));
        assertEquals("\"'\r=1\"", Csv.cell("\r=1"));
    }

    @Test
    void separatorsQuotesLineBreaksAndEdgeSpacesAreQuoted() {
        assertEquals("\"a;b\"", Csv.cell("a;b"));
        assertEquals("\"zo \"\"echt\"\"\"", Csv.cell("zo \"echt\""));
        assertEquals("\"a\nb\"", Csv.cell("a\r\nb"), "a CRLF inside a cell becomes one line break");
        assertEquals("\" rand \"", Csv.cell(" rand "));
        assertEquals("gewoon", Csv.cell("gewoon"));
        assertEquals("", Csv.cell(null));
    }

    @Test
    void aFileHasAByteOrderMarkSemicolonsAndCrlf() {
        Rendered file = new Csv().row(List.of("Naam", "Wat")).row(Arrays.asList("Eline", null)).rendered("x.csv");
        assertEquals("text/csv; charset=utf-8", file.contentType());
        assertEquals("x.csv", file.fileName());
        assertEquals("\uFEFFNaam;Wat\r\nEline;\r\n", file.body().toString(StandardCharsets.UTF_8));
    }

    @Test
    void theHeaderIsInTheReadersLanguage() {
        String nl = new Csv().header("nl", "Naam", "Name", "Keuze", "Choice").rendered("x.csv").body().toString(StandardCharsets.UTF_8);
        String en = new Csv().header("en", "Naam", "Name", "Keuze", "Choice").rendered("x.csv").body().toString(StandardCharsets.UTF_8);
        assertEquals("\uFEFFNaam;Keuze\r\n", nl);
        assertEquals("\uFEFFName;Choice\r\n", en);
    }
}
