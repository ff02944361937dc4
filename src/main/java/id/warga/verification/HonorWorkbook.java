package id.warga.verification;

import java.io.IOException;
import java.io.OutputStream;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.Locale;
import org.apache.poi.ss.usermodel.BorderStyle;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellStyle;
import org.apache.poi.ss.usermodel.DataFormat;
import org.apache.poi.ss.usermodel.FillPatternType;
import org.apache.poi.ss.usermodel.Font;
import org.apache.poi.ss.usermodel.IndexedColors;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.xssf.streaming.SXSSFSheet;
import org.apache.poi.xssf.streaming.SXSSFWorkbook;
import org.springframework.context.MessageSource;

/**
 * The honor list as the finance office takes it: an XLSX written row by row (SXSSF keeps a
 * hundred rows in memory, whatever the size of the city), with a title, the deadline and rule,
 * one row per RT and RW, and the total payable.
 */
final class HonorWorkbook {

    private static final DateTimeFormatter DAY = DateTimeFormatter.ofPattern("dd-MM-yyyy");
    private static final DateTimeFormatter MOMENT = DateTimeFormatter.ofPattern("dd-MM-yyyy HH:mm");
    static final List<String> COLUMNS = List.of(
            "no",
            "kecamatan",
            "kelurahan",
            "unit",
            "code",
            "office",
            "head",
            "sk",
            "attestedBy",
            "attestedAt",
            "eligible",
            "reason",
            "amount");

    private HonorWorkbook() {}

    static void write(HonorSheet sheet, MessageSource messages, Locale locale, ZoneId zone, OutputStream out)
            throws IOException {
        SXSSFWorkbook book = new SXSSFWorkbook(100);
        try {
            Font bold = book.createFont();
            bold.setBold(true);
            CellStyle title = book.createCellStyle();
            Font big = book.createFont();
            big.setBold(true);
            big.setFontHeightInPoints((short) 14);
            title.setFont(big);
            CellStyle header = book.createCellStyle();
            header.setFont(bold);
            header.setFillForegroundColor(IndexedColors.GREY_25_PERCENT.getIndex());
            header.setFillPattern(FillPatternType.SOLID_FOREGROUND);
            header.setBorderBottom(BorderStyle.THIN);
            header.setWrapText(true);
            DataFormat format = book.createDataFormat();
            CellStyle money = book.createCellStyle();
            money.setDataFormat(format.getFormat("#,##0"));
            CellStyle moneyBold = book.createCellStyle();
            moneyBold.setDataFormat(format.getFormat("#,##0"));
            moneyBold.setFont(bold);
            CellStyle boldText = book.createCellStyle();
            boldText.setFont(bold);

            SXSSFSheet s = book.createSheet(
                    text(messages, locale, "honor.xlsx.sheet", sheet.month().toString()));
            int r = 0;
            cell(
                    s.createRow(r++),
                    0,
                    text(messages, locale, "honor.xlsx.title", monthName(sheet, messages, locale), sheet.areaName()),
                    title);
            cell(
                    s.createRow(r++),
                    0,
                    text(
                            messages,
                            locale,
                            "honor.xlsx.terms",
                            DAY.format(sheet.deadline()),
                            text(messages, locale, "honor.rule." + sheet.rule()),
                            String.format(Locale.ROOT, "%,d", sheet.amount()).replace(',', '.')),
                    null);
            cell(
                    s.createRow(r++),
                    0,
                    sheet.closed()
                            ? text(
                                    messages,
                                    locale,
                                    "honor.xlsx.closed",
                                    MOMENT.format(sheet.closedAt().atZone(zone)))
                            : text(messages, locale, "honor.xlsx.provisional"),
                    null);
            r++;
            Row head = s.createRow(r++);
            for (int c = 0; c < COLUMNS.size(); c++) {
                cell(head, c, text(messages, locale, "honor.column." + COLUMNS.get(c)), header);
            }
            int no = 0;
            for (HonorEntry e : sheet.entries()) {
                Row row = s.createRow(r++);
                int c = 0;
                row.createCell(c++).setCellValue(++no);
                cell(row, c++, e.kecamatan(), null);
                cell(row, c++, e.kelurahan(), null);
                cell(row, c++, e.unitName(), null);
                cell(row, c++, e.unitCode(), null);
                cell(
                        row,
                        c++,
                        text(messages, locale, "office." + ("RW".equals(e.level()) ? "KETUA_RW" : "KETUA_RT")),
                        null);
                cell(row, c++, e.headName(), null);
                cell(row, c++, e.skNumber(), null);
                cell(row, c++, e.attestedBy(), null);
                cell(
                        row,
                        c++,
                        e.attestedAt() == null
                                ? null
                                : MOMENT.format(e.attestedAt().atZone(zone)),
                        null);
                cell(row, c++, text(messages, locale, e.eligible() ? "honor.yes" : "honor.no"), null);
                cell(row, c++, text(messages, locale, "honor.reason." + e.reason()), null);
                Cell amount = row.createCell(c);
                amount.setCellValue(e.amount());
                amount.setCellStyle(money);
            }
            Row total = s.createRow(r + 1);
            cell(
                    total,
                    COLUMNS.size() - 3,
                    text(messages, locale, "honor.xlsx.total", sheet.eligibleCount()),
                    boldText);
            Cell sum = total.createCell(COLUMNS.size() - 1);
            sum.setCellValue(sheet.total());
            sum.setCellStyle(moneyBold);
            int[] widths = {6, 16, 18, 16, 24, 10, 28, 30, 14, 18, 10, 40, 14};
            for (int c = 0; c < widths.length; c++) {
                s.setColumnWidth(c, widths[c] * 256);
            }
            s.createFreezePane(0, 5);
            book.write(out);
        } finally {
            book.dispose();
            book.close();
        }
    }

    private static String monthName(HonorSheet sheet, MessageSource messages, Locale locale) {
        return text(messages, locale, "verification.month." + sheet.month().getMonthValue()) + " "
                + sheet.month().getYear();
    }

    private static void cell(Row row, int column, String value, CellStyle style) {
        Cell cell = row.createCell(column);
        if (value != null) {
            cell.setCellValue(value);
        }
        if (style != null) {
            cell.setCellStyle(style);
        }
    }

    private static String text(MessageSource messages, Locale locale, String key, Object... args) {
        return messages.getMessage(key, args, key, locale);
    }
}
