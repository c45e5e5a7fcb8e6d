package io.rdesuite.client;

import static java.nio.charset.StandardCharsets.UTF_8;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.entry;
import static org.junit.jupiter.params.provider.Arguments.arguments;

import java.io.ByteArrayOutputStream;
import java.util.List;
import java.util.stream.Stream;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

class ReportFileTest {

    static Stream<Arguments> dispositions() {
        return Stream.of(
                arguments("attachment;filename=\"Identities Report.csv\"", "Identities Report.csv"),
                arguments("attachment; filename=\"x.csv\"", "x.csv"),
                arguments("attachment;filename=\\\"fileName\\\"", "fileName"),
                arguments("attachment; filename=plain.pdf", "plain.pdf"),
                arguments("attachment; filename=\"a\\\"b.csv\"", "a\"b.csv"),
                arguments("attachment; filename*=UTF-8''na%C3%AFve%20r.csv", "na\u00efve r.csv"),
                arguments("attachment; filename=\"fallback.csv\"; filename*=UTF-8''real.csv", "real.csv"),
                arguments("attachment", null));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("dispositions")
    void fileName_readsContentDisposition(String header, String expected) {
        assertThat(file("x", "text/csv", header).fileName()).isEqualTo(expected);
    }

    @Test
    void fileName_isNullWithoutTheHeader() {
        assertThat(file("x", "text/csv", null).fileName()).isNull();
    }

    @Test
    void csvRecords_dropsByteOrderMarkLineEndingsAndEmptyLines() {
        ReportFile report = file("\uFEFFid,name\r\n1,Ann\r\n\r\n2,Bob\n", "text/csv", null);

        assertThat(report.csvRecords())
                .containsExactly(List.of("id", "name"), List.of("1", "Ann"), List.of("2", "Bob"));
    }

    @Test
    void csvRecords_unquotesCellsAndKeepsCommasQuotesAndLineBreaksInsideQuotes() {
        ReportFile report = file("\"name\",\"note\"\r\n\"Lovelace, Ada\",\"said \"\"hi\"\"\nthen left\"\r\n",
                "text/csv", null);

        assertThat(report.csvRecords()).containsExactly(List.of("name", "note"),
                List.of("Lovelace, Ada", "said \"hi\"\nthen left"));
    }

    @Test
    void csvRecords_ofAnEmptyFileIsEmpty() {
        assertThat(file("", "text/csv", null).csvRecords()).isEmpty();
    }

    @Test
    void csvRecords_ofAnUnterminatedQuoteFails() {
        assertThatThrownBy(() -> file("id\n\"open", "text/csv", null).csvRecords()).isInstanceOf(ClientException.class);
    }

    @Test
    void csvFiles_ofAPlainCsvIsTheFileUnderItsName() {
        ReportFile report = file("id\n1\n", "text/csv", "attachment;filename=\"Identities.csv\"");

        assertThat(report.csvFiles()).containsExactly(entry("Identities.csv", List.of(List.of("id"), List.of("1"))));
    }

    @Test
    void pdfText_readsAPdfAndRefusesWhatIsNotOne() throws Exception {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        try (PDDocument document = new PDDocument()) {
            document.addPage(new PDPage());
            document.save(bytes);
        }

        assertThat(new ReportFile(bytes.toByteArray(), "application/pdf", null).pdfText()).isBlank();
        assertThatThrownBy(() -> file("%PDF-1.7 truncated", "application/pdf", null).pdfText())
                .isInstanceOf(ClientException.class).hasMessageStartingWith("The PDF does not parse");
    }

    @Test
    void zip_isRecognisedByTypeOrMagicAndItsEntriesRead() throws Exception {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        try (ZipOutputStream zip = new ZipOutputStream(bytes)) {
            zip.putNextEntry(new ZipEntry("identities.csv"));
            zip.write("id\n1\n".getBytes(UTF_8));
            zip.closeEntry();
            zip.putNextEntry(new ZipEntry("README.txt"));
            zip.write("not a table".getBytes(UTF_8));
            zip.closeEntry();
        }
        ReportFile servedAsOctets = new ReportFile(bytes.toByteArray(), "application/octet-stream", null);

        assertThat(servedAsOctets.isZip()).isTrue();
        assertThat(new ReportFile(new byte[0], "application/zip", null).isZip()).isTrue();
        assertThat(file("id\n", "text/csv", null).isZip()).isFalse();
        assertThat(servedAsOctets.zipEntries()).containsOnlyKeys("identities.csv", "README.txt");
        assertThat(new String(servedAsOctets.zipEntries().get("identities.csv"), UTF_8)).isEqualTo("id\n1\n");
        assertThat(servedAsOctets.csvFiles())
                .containsExactly(entry("identities.csv", List.of(List.of("id"), List.of("1"))));
        assertThatThrownBy(servedAsOctets::csvRecords).isInstanceOf(IllegalStateException.class);
    }

    @Test
    void equality_comparesContentNotArrayIdentity() {
        assertThat(file("a", "text/csv", null)).isEqualTo(file("a", "text/csv", null))
                .isNotEqualTo(file("b", "text/csv", null));
        assertThat(file("abc", "text/csv", null).toString()).contains("3 bytes");
    }

    private static ReportFile file(String content, String contentType, String disposition) {
        return new ReportFile(content.getBytes(UTF_8), contentType, disposition);
    }
}
