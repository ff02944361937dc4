package id.warga.region;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.Map;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVRecord;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.core.io.ClassPathResource;
import org.springframework.jdbc.core.simple.JdbcClient;

@SpringBootTest
class RegionTreeIntegrationTests {

    static final RegionCode CITY = RegionCode.of("36.72");

    @Autowired
    RegionDirectory regions;

    @Autowired
    JdbcClient jdbc;

    @Test
    void holdsTheEightKecamatanAndFortyThreeKelurahanOfCilegonWithOfficialNames() throws IOException {
        Map<String, String> official = new LinkedHashMap<>();
        try (var reader = new InputStreamReader(
                new ClassPathResource("data/region/cilegon-wilayah.csv").getInputStream(), StandardCharsets.UTF_8)) {
            for (CSVRecord row : CSVFormat.DEFAULT
                    .builder()
                    .setHeader()
                    .setSkipHeaderRecord(true)
                    .get()
                    .parse(reader)) {
                official.put(row.get("kode"), row.get("nama"));
            }
        }

        assertThat(regions.children(CITY)).hasSize(8);
        assertThat(regions.descendants(CITY, "kelurahan")).hasSize(43);
        official.forEach((code, name) -> {
            Region region = regions.require(RegionCode.of(code));
            assertThat(region.name()).as(code).isEqualTo(name);
        });
        assertThat(regions.require(RegionCode.of("36.72.06")).name()).isEqualTo("Gerogol");
        assertThat(regions.require(RegionCode.of("36.72.06.1002")).name()).isEqualTo("Grogol");
        assertThat(regions.require(CITY).level()).isEqualTo("kota");
        assertThat(regions.require(CITY).parentCode()).isEqualTo(RegionCode.of("36"));
    }

    @Test
    void holdsTheNationalListDownToKecamatan() {
        int provinces = jdbc.sql("select count(*) from region.region where level = 'provinsi'")
                .query(Integer.class)
                .single();
        int kabKota = jdbc.sql("select count(*) from region.region where level in ('kota', 'kabupaten')")
                .query(Integer.class)
                .single();
        int kecamatan = jdbc.sql("select count(*) from region.region where level = 'kecamatan'")
                .query(Integer.class)
                .single();
        assertThat(provinces).isEqualTo(38);
        assertThat(kabKota).isEqualTo(514);
        assertThat(kecamatan).isEqualTo(7285);
        assertThat(regions.require(RegionCode.of("32.01")).level()).isEqualTo("kabupaten");
    }

    @Test
    void givesEveryKelurahanAPolygonAndEveryKecamatanTheUnionOfItsKelurahan() {
        double kelurahanArea = jdbc.sql("select sum(area_km2) from region.boundary where code like '36.72.__.____'")
                .query(Double.class)
                .single();
        double kecamatanArea = jdbc.sql("select sum(area_km2) from region.boundary where code like '36.72.__'")
                .query(Double.class)
                .single();
        double cityArea = jdbc.sql("select area_km2 from region.boundary where code = '36.72'")
                .query(Double.class)
                .single();
        int kelurahanWithShape = jdbc.sql("select count(*) from region.boundary where code like '36.72.__.____'")
                .query(Integer.class)
                .single();

        assertThat(kelurahanWithShape).isEqualTo(43);
        assertThat(kelurahanArea).isBetween(150.0, 175.0);
        assertThat(kecamatanArea).isCloseTo(kelurahanArea, org.assertj.core.data.Percentage.withPercentage(1));
        assertThat(cityArea).isCloseTo(kelurahanArea, org.assertj.core.data.Percentage.withPercentage(1));
        assertThat(regions.require(RegionCode.of("36.72.01.1001")).longitude()).isBetween(105.9, 106.1);
    }
}
