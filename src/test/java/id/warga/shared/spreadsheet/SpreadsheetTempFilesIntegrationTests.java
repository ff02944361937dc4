package id.warga.shared.spreadsheet;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.File;
import java.nio.file.Path;
import org.apache.poi.util.TempFile;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;

@SpringBootTest
class SpreadsheetTempFilesIntegrationTests {

    @Autowired
    SpreadsheetTempFiles tempFiles;

    @Test
    void streamedWorkbooksWriteIntoADirectoryOfTheirOwnNotTheSharedPoifiles() throws Exception {
        File file = TempFile.createTempFile("warga-test", ".xml");
        try {
            Path parent = file.toPath().getParent();
            assertThat(parent).isEqualTo(tempFiles.directory());
            assertThat(parent.getFileName().toString()).startsWith("warga-poi-").isNotEqualTo("poifiles");
            assertThat(file).canWrite();
        } finally {
            file.delete();
        }
    }
}
