package id.warga.exchange;

import java.nio.file.Path;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.util.unit.DataSize;

/**
 * Import settings: the largest file accepted, where uploads wait, the rows checked and committed
 * per batch, and how many row problems are kept for the report.
 */
@ConfigurationProperties("warga.exchange")
record ExchangeSettings(DataSize maxFileSize, Path workDirectory, int batchRows, int maxReportedProblems) {

    ExchangeSettings {
        maxFileSize = maxFileSize == null ? DataSize.ofMegabytes(300) : maxFileSize;
        workDirectory = workDirectory == null ? Path.of("data", "imports") : workDirectory;
        batchRows = batchRows <= 0 ? 5000 : batchRows;
        maxReportedProblems = maxReportedProblems <= 0 ? 100_000 : maxReportedProblems;
    }
}
