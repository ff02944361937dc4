package id.warga.shared.spreadsheet;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.apache.poi.util.DefaultTempFileCreationStrategy;
import org.apache.poi.util.TempFile;
import org.springframework.stereotype.Component;

/**
 * Gives Apache POI a temporary directory of this process's own. POI's default is one shared
 * {@code poifiles} directory under the system's temporary directory: where another user (another
 * installation, a build) created it first, streamed workbooks (SXSSF) cannot be written and every
 * XLSX download fails. A directory made here is private to this user and this run.
 */
@Component
class SpreadsheetTempFiles {

    private final Path directory;

    SpreadsheetTempFiles() {
        try {
            directory = Files.createTempDirectory("warga-poi-");
        } catch (IOException e) {
            throw new UncheckedIOException("cannot create a temporary directory for spreadsheets", e);
        }
        directory.toFile().deleteOnExit();
        TempFile.setTempFileCreationStrategy(new DefaultTempFileCreationStrategy(directory.toFile()));
    }

    Path directory() {
        return directory;
    }
}
