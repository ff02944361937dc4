package id.warga.exchange;

import java.io.BufferedInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.Reader;
import java.nio.ByteBuffer;
import java.nio.CharBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.Charset;
import java.nio.charset.CharsetDecoder;
import java.nio.charset.CoderResult;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVRecord;

/**
 * An uploaded file as rows of text cells, read as a stream: CSV (UTF-8 or Windows-1252, with or
 * without a byte-order mark, comma, semicolon or tab) or an Excel workbook (.xlsx/.xlsm, through
 * POI's SAX reader). Other files are refused with a reason before any row is read.
 */
final class SpreadsheetFile {

    enum Format {
        CSV,
        XLSX
    }

    /** Receives rows in order; the first row of each sheet is its header. */
    interface Rows {
        /** A row of a sheet, numbered as the user sees it (line or sheet row); cells by column position. */
        void row(String sheet, int number, List<String> cells);
    }

    private static final int SNIFF = 8192;

    final Path path;
    final Format format;
    final Charset charset;
    final char delimiter;
    final boolean byteOrderMark;

    private SpreadsheetFile(Path path, Format format, Charset charset, char delimiter, boolean bom) {
        this.path = path;
        this.format = format;
        this.charset = charset;
        this.delimiter = delimiter;
        this.byteOrderMark = bom;
    }

    /** Looks at the file's bytes (never its name) and decides how to read it, or why it cannot be. */
    static SpreadsheetFile open(Path path) {
        byte[] head;
        long size;
        try (InputStream in = Files.newInputStream(path)) {
            size = Files.size(path);
            head = in.readNBytes(SNIFF);
        } catch (IOException e) {
            throw new BadFileException("unreadable");
        }
        if (size == 0 || isBlank(head)) {
            throw new BadFileException("empty");
        }
        if (startsWith(head, 0x50, 0x4B, 0x03, 0x04)) {
            return new SpreadsheetFile(path, Format.XLSX, null, ',', false);
        }
        if (startsWith(head, 0xD0, 0xCF, 0x11, 0xE0)) {
            throw new BadFileException("xls");
        }
        if (startsWith(head, 0x25, 0x50, 0x44, 0x46)) {
            throw new BadFileException("not-spreadsheet");
        }
        if (startsWith(head, 0xEF, 0xBB, 0xBF)) {
            return text(path, StandardCharsets.UTF_8, head, 3, true);
        }
        if (startsWith(head, 0xFF, 0xFE)) {
            return text(path, StandardCharsets.UTF_16LE, head, 2, true);
        }
        if (startsWith(head, 0xFE, 0xFF)) {
            return text(path, StandardCharsets.UTF_16BE, head, 2, true);
        }
        for (byte b : head) {
            // text files have no control characters other than tab, line feed and carriage return
            if ((b >= 0 && b < 0x20 && b != '\t' && b != '\n' && b != '\r' && b != '\f') || b == 0x7F) {
                throw new BadFileException("not-spreadsheet");
            }
        }
        return text(path, isUtf8(path) ? StandardCharsets.UTF_8 : Charset.forName("windows-1252"), head, 0, false);
    }

    private static SpreadsheetFile text(Path path, Charset charset, byte[] head, int skip, boolean bom) {
        String start = new String(head, skip, head.length - skip, charset);
        int end = start.indexOf('\n');
        String firstLine = end < 0 ? start : start.substring(0, end);
        return new SpreadsheetFile(path, Format.CSV, charset, delimiter(firstLine), bom);
    }

    /** The separator the header line uses most, outside quotes: comma, semicolon or tab. */
    static char delimiter(String header) {
        int comma = 0;
        int semicolon = 0;
        int tab = 0;
        boolean quoted = false;
        for (char c : header.toCharArray()) {
            if (c == '"') {
                quoted = !quoted;
            } else if (!quoted) {
                if (c == ',') {
                    comma++;
                } else if (c == ';') {
                    semicolon++;
                } else if (c == '\t') {
                    tab++;
                }
            }
        }
        if (semicolon > comma && semicolon >= tab) {
            return ';';
        }
        return tab > comma ? '\t' : ',';
    }

    /** Whether every byte of the file is valid UTF-8 (read once, in blocks; nothing is kept). */
    static boolean isUtf8(Path path) {
        CharsetDecoder decoder = StandardCharsets.UTF_8
                .newDecoder()
                .onMalformedInput(CodingErrorAction.REPORT)
                .onUnmappableCharacter(CodingErrorAction.REPORT);
        ByteBuffer in = ByteBuffer.allocate(1 << 16);
        CharBuffer out = CharBuffer.allocate(1 << 16);
        try (InputStream stream = Files.newInputStream(path)) {
            byte[] block = new byte[1 << 15];
            int n;
            while ((n = stream.read(block)) > 0) {
                in.put(block, 0, n);
                in.flip();
                CoderResult result = decoder.decode(in, out, false);
                if (result.isError()) {
                    return false;
                }
                out.clear();
                in.compact();
            }
            in.flip();
            CoderResult result = decoder.decode(in, out, true);
            return !result.isError() && !in.hasRemaining();
        } catch (CharacterCodingException e) {
            return false;
        } catch (IOException e) {
            throw new BadFileException("unreadable");
        }
    }

    /**
     * Roughly how many data rows a CSV file has (its lines less the header), counted over the bytes
     * in a blink, so the progress bar knows its end; unknown (null) for a workbook until it is read.
     */
    Integer estimateRows() {
        if (format != Format.CSV) {
            return null;
        }
        long lines = 0;
        try (InputStream in = Files.newInputStream(path)) {
            byte[] block = new byte[1 << 16];
            int n;
            byte last = '\n';
            while ((n = in.read(block)) > 0) {
                for (int i = 0; i < n; i++) {
                    if (block[i] == '\n') {
                        lines++;
                    }
                }
                last = block[n - 1];
            }
            if (last != '\n') {
                lines++;
            }
        } catch (IOException e) {
            return null;
        }
        return (int) Math.max(0, Math.min(Integer.MAX_VALUE, lines - 1));
    }

    /** Reads every row, sheet by sheet, calling {@code rows} for each. */
    void read(Rows rows, XlsxRows.Settings xlsx) {
        if (format == Format.XLSX) {
            XlsxRows.read(path, rows, xlsx);
        } else {
            readCsv(rows);
        }
    }

    /**
     * The first non-blank row, which must be a header of a layout Warga reads with the columns it
     * needs: checked when a file is uploaded, so a wrong file is refused at once.
     */
    ImportLayout.Columns header(XlsxRows.Settings xlsx) {
        List<List<String>> found = new ArrayList<>();
        try {
            read(
                    (sheet, number, cells) -> {
                        if (cells.stream()
                                .anyMatch(c -> c != null && !XlsxRows.text(c).isBlank())) {
                            found.add(cells);
                            throw new HeaderFound();
                        }
                    },
                    xlsx);
        } catch (HeaderFound done) {
            // read no further
        }
        if (found.isEmpty()) {
            throw new BadFileException("empty");
        }
        List<String> cells = found.get(0);
        ImportLayout.Columns columns = ImportLayout.detect(cells).columns(cells);
        if (columns.positions().isEmpty()) {
            throw new BadFileException("no-header");
        }
        if (!columns.missing().isEmpty()) {
            throw new BadFileException("columns-missing", String.join(", ", columns.missing()));
        }
        return columns;
    }

    private static final class HeaderFound extends RuntimeException {
        HeaderFound() {
            super("header found", null, false, false);
        }
    }

    private void readCsv(Rows rows) {
        CSVFormat csv = CSVFormat.DEFAULT
                .builder()
                .setDelimiter(delimiter)
                .setIgnoreEmptyLines(false)
                .setTrim(false)
                .get();
        try (InputStream raw = new BufferedInputStream(Files.newInputStream(path), 1 << 16)) {
            if (byteOrderMark) {
                raw.skipNBytes(charset == StandardCharsets.UTF_8 ? 3 : 2);
            }
            Reader reader = new InputStreamReader(raw, charset);
            try (CSVParser parser = csv.parse(reader)) {
                int number = 0;
                for (CSVRecord record : parser) {
                    number++;
                    List<String> cells = new ArrayList<>(record.size());
                    for (int i = 0; i < record.size(); i++) {
                        cells.add(record.get(i));
                    }
                    rows.row("", number, cells);
                }
            }
        } catch (java.io.UncheckedIOException e) {
            throw new BadFileException(
                    "csv-broken", e.getCause() == null ? "" : e.getCause().getMessage());
        } catch (IOException e) {
            throw new BadFileException("csv-broken", e.getMessage());
        }
    }

    private static boolean startsWith(byte[] head, int... bytes) {
        if (head.length < bytes.length) {
            return false;
        }
        for (int i = 0; i < bytes.length; i++) {
            if ((head[i] & 0xFF) != bytes[i]) {
                return false;
            }
        }
        return true;
    }

    private static boolean isBlank(byte[] head) {
        int start = startsWith(head, 0xEF, 0xBB, 0xBF) ? 3 : 0;
        for (int i = start; i < head.length; i++) {
            byte b = head[i];
            if (b != ' ' && b != '\t' && b != '\r' && b != '\n' && b != ',' && b != ';') {
                return false;
            }
        }
        return head.length < SNIFF;
    }
}
