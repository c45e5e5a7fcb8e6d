package io.rdesuite.simulator.defects;

import io.rdesuite.api.Operation;
import io.rdesuite.simulator.http.ApiRequest;
import io.rdesuite.simulator.http.ApiResponse;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.function.UnaryOperator;
import java.util.zip.ZipEntry;
import java.util.zip.ZipInputStream;
import java.util.zip.ZipOutputStream;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVPrinter;

/**
 * Changes to the columns of the CSV files getReport serves (a plain CSV and every CSV of a SEARCH_EXPORT zip),
 * header and rows alike: the rewrites of the column defects and of the added-column variant.
 */
final class CsvColumns {

    /** The variant's added column. */
    static final String ADDED = "Region";

    private CsvColumns() {
    }

    /** CSV_COLUMN_RENAMED: the second column is named in snake_case ("Account Name" becomes "account_name"). */
    static void renameSecond(DefectContext context, Operation operation, ApiRequest request,
                             ApiResponse response) {
        rewrite(operation, response, records -> {
            List<String> header = records.get(0);
            if (header.size() > 1) {
                String name = header.get(1);
                String renamed = name.toLowerCase(Locale.ROOT).replace(' ', '_');
                header.set(1, renamed.equals(name) ? name + "_name" : renamed);
            }
            return records;
        });
    }

    /** CSV_COLUMN_DROPPED: the last column is left out. */
    static void dropLast(DefectContext context, Operation operation, ApiRequest request,
                             ApiResponse response) {
        rewrite(operation, response, records -> {
            records.forEach(r -> r.remove(r.size() - 1));
            return records;
        });
    }

    /** CSV_COLUMNS_REORDERED: the first two columns change places. */
    static void swapFirstTwo(DefectContext context, Operation operation, ApiRequest request,
                             ApiResponse response) {
        rewrite(operation, response, records -> {
            records.stream().filter(r -> r.size() > 1).forEach(r -> r.add(0, r.remove(1)));
            return records;
        });
    }

    /** CSV_EXTRA_COLUMN (variant): one more column at the end, filled in every row. */
    static void addColumn(DefectContext context, Operation operation, ApiRequest request,
                             ApiResponse response) {
        rewrite(operation, response, records -> {
            records.get(0).add(ADDED);
            records.subList(1, records.size()).forEach(r -> r.add("EMEA"));
            return records;
        });
    }

    /** Applies {@code change} to the records (header first, mutable) of every CSV file of a getReport answer. */
    private static void rewrite(Operation operation, ApiResponse response, UnaryOperator<List<List<String>>> change) {
        String disposition = response.header("Content-disposition");
        if (operation != Operation.GET_REPORT || response.status() != 200 || disposition == null) {
            return;
        }
        if (disposition.endsWith(".csv\"")) {
            response.body(rewriteCsv(response.body(), change));
        } else if (disposition.endsWith(".zip\"")) {
            response.body(rewriteZip(response.body(), change));
        }
    }

    private static byte[] rewriteZip(byte[] zip, UnaryOperator<List<List<String>>> change) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try (ZipInputStream in = new ZipInputStream(new ByteArrayInputStream(zip));
             ZipOutputStream rewritten = new ZipOutputStream(out)) {
            for (ZipEntry entry = in.getNextEntry(); entry != null; entry = in.getNextEntry()) {
                byte[] bytes = in.readAllBytes();
                rewritten.putNextEntry(new ZipEntry(entry.getName()));
                rewritten.write(entry.getName().endsWith(".csv") ? rewriteCsv(bytes, change) : bytes);
                rewritten.closeEntry();
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return out.toByteArray();
    }

    private static byte[] rewriteCsv(byte[] csv, UnaryOperator<List<List<String>>> change) {
        try (CSVParser parser = CSVParser.parse(new String(csv, StandardCharsets.UTF_8), CSVFormat.DEFAULT)) {
            List<List<String>> records = new ArrayList<>();
            parser.forEach(r -> records.add(new ArrayList<>(r.toList())));
            if (records.isEmpty()) {
                return csv;
            }
            StringWriter text = new StringWriter();
            try (CSVPrinter printer = new CSVPrinter(text, CSVFormat.DEFAULT)) {
                for (List<String> record : change.apply(records)) {
                    printer.printRecord(record);
                }
            }
            return text.toString().getBytes(StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
