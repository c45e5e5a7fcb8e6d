package io.rdesuite.simulator.reports;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.List;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.PDPageContentStream;
import org.apache.pdfbox.pdmodel.common.PDRectangle;
import org.apache.pdfbox.pdmodel.font.PDType1Font;
import org.apache.pdfbox.pdmodel.font.Standard14Fonts;

/** The PDF of a report's rows, written with PDFBox. */
final class ReportPdf {

    private ReportPdf() {
    }

    /** A landscape A4 document titled "TITLE (N rows)", then the header and one line per row, as many pages as needed. */
    static byte[] write(String title, List<String> header, List<List<String>> rows) {
        PDType1Font bold = new PDType1Font(Standard14Fonts.FontName.HELVETICA_BOLD);
        PDType1Font font = new PDType1Font(Standard14Fonts.FontName.HELVETICA);
        float fontSize = 7f;
        float leading = 10f;
        PDRectangle size = new PDRectangle(PDRectangle.A4.getHeight(), PDRectangle.A4.getWidth());
        float margin = 36f;
        int linesPerPage = (int) ((size.getHeight() - 2 * margin - 30) / leading);
        try (PDDocument doc = new PDDocument(); ByteArrayOutputStream out = new ByteArrayOutputStream()) {
            doc.getDocumentInformation().setTitle(title);
            doc.getDocumentInformation().setProducer("Reports API simulator");
            int index = 0;
            do {
                PDPage page = new PDPage(size);
                doc.addPage(page);
                try (PDPageContentStream content = new PDPageContentStream(doc, page)) {
                    content.beginText();
                    content.newLineAtOffset(margin, size.getHeight() - margin);
                    content.setFont(bold, 12f);
                    content.showText(ascii(title + " (" + rows.size() + " rows)"));
                    content.newLineAtOffset(0, -20);
                    content.setFont(bold, fontSize);
                    content.showText(ascii(String.join(" | ", header)));
                    content.setFont(font, fontSize);
                    for (int line = 0; line < linesPerPage && index < rows.size(); line++, index++) {
                        content.newLineAtOffset(0, -leading);
                        content.showText(ascii(String.join(" | ", rows.get(index))));
                    }
                    content.endText();
                }
            } while (index < rows.size());
            doc.save(out);
            return out.toByteArray();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Standard 14 fonts cover WinAnsi only; anything else would stop PDFBox, so it is replaced. */
    private static String ascii(String s) {
        StringBuilder b = new StringBuilder(s.length());
        s.chars().forEach(ch -> b.append(ch >= 32 && ch < 127 ? (char) ch : '?'));
        return b.toString();
    }
}
