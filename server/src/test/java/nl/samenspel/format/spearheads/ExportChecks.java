package nl.samenspel.format.spearheads;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.awt.image.BufferedImage;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import javax.imageio.ImageIO;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.common.PDRectangle;
import org.apache.pdfbox.rendering.PDFRenderer;
import org.apache.pdfbox.text.PDFTextStripper;

/** Reading the exports back as a person's tools would: CSV as Excel splits it, the PDF with PDFBox. */
final class ExportChecks {

    private ExportChecks() {}

    /** Parses semicolon CSV with quoted fields (doubled quotes, line breaks inside quotes); checks the BOM first. */
    static List<List<String>> parseCsv(byte[] bytes) {
        assertTrue(bytes.length >= 3 && (bytes[0] & 0xFF) == 0xEF && (bytes[1] & 0xFF) == 0xBB && (bytes[2] & 0xFF) == 0xBF,
                "UTF-8 with a byte order mark, so Excel reads the accents");
        String text = new String(bytes, 3, bytes.length - 3, StandardCharsets.UTF_8);
        List<List<String>> rows = new ArrayList<>();
        List<String> row = new ArrayList<>();
        StringBuilder cell = new StringBuilder();
        boolean quoted = false;
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (quoted) {
                if (c == '"' && i + 1 < text.length() && text.charAt(i + 1) == '"') {
                    cell.append('"');
                    i++;
                } else if (c == '"') {
                    quoted = false;
                } else {
                    cell.append(c);
                }
            } else if (c == '"') {
                quoted = true;
            } else if (c == ';') {
                row.add(cell.toString());
                cell.setLength(0);
            } else if (c == '\r') {
                assertEquals('\n', text.charAt(i + 1), "lines end with CRLF");
            } else if (c == '\n') {
                row.add(cell.toString());
                cell.setLength(0);
                rows.add(row);
                row = new ArrayList<>();
            } else {
                cell.append(c);
            }
        }
        assertTrue(row.isEmpty() && cell.length() == 0, "the file ends with a line end");
        return rows;
    }

    /** The text of a PDF, after checking it is one: the header, A4 pages, and PDFBox can open it. */
    static String pdfText(byte[] bytes) {
        assertEquals("%PDF-", new String(bytes, 0, 5, StandardCharsets.US_ASCII));
        try (PDDocument pdf = Loader.loadPDF(bytes)) {
            assertTrue(pdf.getNumberOfPages() >= 1);
            PDRectangle page = pdf.getPage(0).getMediaBox();
            assertEquals(PDRectangle.A4.getWidth(), page.getWidth(), 1.0, "A4 wide");
            assertEquals(PDRectangle.A4.getHeight(), page.getHeight(), 1.0, "A4 high");
            return new PDFTextStripper().getText(pdf);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** The first page as a PNG, for a person to look at. */
    static Path firstPagePng(byte[] bytes, Path file) {
        try (PDDocument pdf = Loader.loadPDF(bytes)) {
            BufferedImage image = new PDFRenderer(pdf).renderImageWithDPI(0, 110);
            Files.createDirectories(file.getParent());
            ImageIO.write(image, "png", file.toFile());
            return file;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Whether PDF text holds this text, wherever a table cell wrapped it (white space ignored). */
    static boolean pdfHas(String pdfText, String text) {
        return pdfText.replaceAll("\\s+", "").contains(text.replaceAll("\\s+", ""));
    }

    /** Folds line breaks and runs of spaces, as text pulled from a PDF wraps anywhere. */
    static String flat(String text) {
        return text.replaceAll("\\s+", " ");
    }
}
