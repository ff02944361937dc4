package id.warga.exchange;

import java.io.IOException;
import java.io.InputStream;
import java.math.BigDecimal;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import javax.xml.parsers.ParserConfigurationException;
import org.apache.poi.ooxml.util.SAXHelper;
import org.apache.poi.openxml4j.exceptions.InvalidFormatException;
import org.apache.poi.openxml4j.exceptions.OpenXML4JException;
import org.apache.poi.openxml4j.opc.OPCPackage;
import org.apache.poi.openxml4j.opc.PackageAccess;
import org.apache.poi.ss.usermodel.DataFormatter;
import org.apache.poi.ss.usermodel.DateUtil;
import org.apache.poi.ss.util.CellReference;
import org.apache.poi.xssf.eventusermodel.XSSFReader;
import org.apache.poi.xssf.eventusermodel.XSSFSheetXMLHandler;
import org.apache.poi.xssf.model.StylesTable;
import org.apache.poi.xssf.usermodel.XSSFComment;
import org.xml.sax.InputSource;
import org.xml.sax.SAXException;
import org.xml.sax.XMLReader;

/**
 * Reads an Excel workbook row by row with POI's event (SAX) reader: the sheets' XML is streamed and
 * shared strings are kept in memory-mapped temporary files, so the heap holds one row at a time
 * whatever the workbook's size. Every sheet is read except OpenSID's code-list sheet
 * ({@value #CODE_SHEET}). Date cells come as {@code yyyy-mm-dd}; numeric cells as their exact
 * decimal value marked {@link #NUMBER}, so a NIK that Excel stored as a number can be told apart.
 */
final class XlsxRows {

    static final String CODE_SHEET = "Kode Data";
    /** Prefix of a cell that the workbook stores as a number (not as text). */
    static final char NUMBER = '\u0001';

    record Settings(Path temporaryDirectory) {}

    private XlsxRows() {}

    static void read(Path path, SpreadsheetFile.Rows rows, Settings settings) {
        OPCPackage pkg;
        try {
            pkg = OPCPackage.open(path.toFile(), PackageAccess.READ);
        } catch (InvalidFormatException | RuntimeException e) {
            throw new BadFileException("not-spreadsheet");
        }
        try (DiskSharedStrings strings = new DiskSharedStrings(settings.temporaryDirectory())) {
            XSSFReader reader;
            StylesTable styles;
            try {
                reader = new XSSFReader(pkg);
                styles = reader.getStylesTable();
                try (InputStream sst = reader.getSharedStringsData()) {
                    strings.load(sst);
                } catch (IllegalArgumentException | IOException | InvalidFormatException missing) {
                    // a workbook without shared strings keeps its text inline
                }
            } catch (OpenXML4JException | IOException | RuntimeException e) {
                throw new BadFileException("not-spreadsheet");
            }
            Iterator<InputStream> sheets;
            try {
                sheets = reader.getSheetsData();
            } catch (IOException | InvalidFormatException e) {
                throw new BadFileException("not-spreadsheet");
            }
            XSSFReader.SheetIterator iterator = (XSSFReader.SheetIterator) sheets;
            boolean anySheet = false;
            while (iterator.hasNext()) {
                try (InputStream sheet = iterator.next()) {
                    String name = iterator.getSheetName();
                    if (CODE_SHEET.equalsIgnoreCase(name.strip())) {
                        continue;
                    }
                    anySheet = true;
                    readSheet(sheet, name, styles, strings, rows);
                } catch (IOException e) {
                    throw new BadFileException("not-spreadsheet");
                }
            }
            if (!anySheet) {
                throw new BadFileException("empty");
            }
        } finally {
            pkg.revert();
        }
    }

    private static void readSheet(
            InputStream sheet, String name, StylesTable styles, DiskSharedStrings strings, SpreadsheetFile.Rows rows) {
        RawFormatter formatter = new RawFormatter();
        RowCollector collector = new RowCollector(name, rows, formatter);
        try {
            XMLReader parser = SAXHelper.newXMLReader();
            parser.setContentHandler(new XSSFSheetXMLHandler(styles, strings, collector, formatter, false));
            parser.parse(new InputSource(sheet));
        } catch (SAXException | ParserConfigurationException | IOException e) {
            if (e.getCause() instanceof BadFileException bad) {
                throw bad;
            }
            throw new BadFileException("not-spreadsheet");
        }
    }

    /** Collects the cells of one row by column position and hands the row on. */
    private static final class RowCollector implements XSSFSheetXMLHandler.SheetContentsHandler {

        private final String sheet;
        private final SpreadsheetFile.Rows rows;
        private final RawFormatter formatter;
        private final List<String> cells = new ArrayList<>();

        RowCollector(String sheet, SpreadsheetFile.Rows rows, RawFormatter formatter) {
            this.sheet = sheet;
            this.rows = rows;
            this.formatter = formatter;
        }

        @Override
        public void startRow(int rowNum) {
            cells.clear();
        }

        @Override
        public void endRow(int rowNum) {
            rows.row(sheet, rowNum + 1, new ArrayList<>(cells));
        }

        @Override
        public void cell(String reference, String formattedValue, XSSFComment comment) {
            int column = reference == null ? cells.size() : new CellReference(reference).getCol();
            while (cells.size() < column) {
                cells.add("");
            }
            String value = formattedValue == null ? "" : formattedValue;
            if (formatter.numeric != null) {
                value = NUMBER + formatter.numeric;
                formatter.numeric = null;
            }
            if (column < cells.size()) {
                cells.set(column, value);
            } else {
                cells.add(value);
            }
        }
    }

    /**
     * Formats numeric cells for import rather than display: dates as ISO dates, other numbers as
     * their exact decimal value (remembered as numeric for the cell that follows).
     */
    private static final class RawFormatter extends DataFormatter {

        String numeric;

        @Override
        public String formatRawCellContents(double value, int formatIndex, String formatString) {
            return formatRawCellContents(value, formatIndex, formatString, false);
        }

        @Override
        public String formatRawCellContents(
                double value, int formatIndex, String formatString, boolean use1904Windowing) {
            if (DateUtil.isADateFormat(formatIndex, formatString) && DateUtil.isValidExcelDate(value)) {
                LocalDateTime date = DateUtil.getLocalDateTime(value, use1904Windowing);
                numeric = null;
                return date.toLocalDate().toString();
            }
            String plain = BigDecimal.valueOf(value).stripTrailingZeros().toPlainString();
            numeric = plain;
            return plain;
        }
    }

    static boolean isNumber(String cell) {
        return cell != null && !cell.isEmpty() && cell.charAt(0) == NUMBER;
    }

    static String text(String cell) {
        return isNumber(cell) ? cell.substring(1) : cell;
    }

    static void deleteQuietly(Path path) {
        try {
            Files.deleteIfExists(path);
        } catch (IOException ignored) {
            // a temporary file left behind is removed with the job's directory
        }
    }
}
