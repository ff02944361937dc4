package id.warga.exchange;

import java.io.IOException;
import java.io.OutputStream;
import java.util.Locale;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.streaming.SXSSFWorkbook;

/** An import's row problems as an Excel workbook, streamed (a window of rows in memory at a time). */
final class ReportWorkbook {

    private ReportWorkbook() {}

    static void write(ImportJob job, ImportProblems problems, Locale locale, OutputStream out) throws IOException {
        boolean english = "en".equals(locale.getLanguage());
        SXSSFWorkbook workbook = new SXSSFWorkbook(null, 200, true, false);
        try {
            Sheet sheet = workbook.createSheet(english ? "Problems" : "Masalah");
            Row header = sheet.createRow(0);
            String[] titles = english
                    ? new String[] {"sheet", "row", "column", "value", "rule", "severity", "message"}
                    : new String[] {"lembar", "baris", "kolom", "isi", "aturan", "tingkat", "pesan"};
            for (int i = 0; i < titles.length; i++) {
                header.createCell(i).setCellValue(titles[i]);
            }
            int[] next = {1};
            problems.forEach(job.id(), p -> {
                Row row = sheet.createRow(next[0]++);
                row.createCell(0).setCellValue(SafeCells.text(p.sheet()));
                if (p.row() != null) {
                    row.createCell(1).setCellValue(p.row());
                }
                row.createCell(2).setCellValue(SafeCells.text(p.column()));
                row.createCell(3).setCellValue(SafeCells.text(p.value()));
                row.createCell(4).setCellValue(p.code());
                row.createCell(5)
                        .setCellValue(p.error() ? (english ? "error" : "galat") : (english ? "warning" : "peringatan"));
                row.createCell(6).setCellValue(SafeCells.text(p.message(locale)));
            });
            workbook.write(out);
        } finally {
            workbook.close();
        }
    }
}
