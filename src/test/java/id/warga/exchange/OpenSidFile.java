package id.warga.exchange;

import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * Synthetic resident rows in OpenSID's import layout, with NIKs and KK numbers that agree with
 * the rows and are unique within the test JVM (issued in kecamatan 36.72.07, serials from 7000,
 * apart from other tests' 36.72.01 numbers). Each household has a head, a spouse and children.
 */
final class OpenSidFile {

    static final List<String> HEADERS = List.of(
            "alamat",
            "dusun",
            "rw",
            "rt",
            "nama",
            "no_kk",
            "nik",
            "sex",
            "tempatlahir",
            "tanggallahir",
            "agama_id",
            "pendidikan_kk_id",
            "pekerjaan_id",
            "status_kawin",
            "kk_level",
            "warganegara_id",
            "golongan_darah_id");

    private static final AtomicInteger SERIAL = new AtomicInteger(7000);
    private static final String[] MEN = {"AHMAD", "BUDI", "DEDI", "EKO", "FAJAR", "HENDRA", "IWAN", "JOKO"};
    private static final String[] WOMEN = {"SITI", "DEWI", "RINA", "NUR", "LINA", "TUTI", "WATI", "YANI"};
    private static final String[] FAMILIES = {"SAPUTRA", "HIDAYAT", "KURNIAWAN", "PRATAMA", "SETIAWAN"};

    final List<Map<String, String>> rows = new ArrayList<>();
    private final Random random;

    OpenSidFile(long seed) {
        this.random = new Random(seed);
    }

    /** Adds a household of {@code size} members (head, wife, children) in RW/RT given as written. */
    OpenSidFile household(String rw, String rt, int size) {
        String family = FAMILIES[random.nextInt(FAMILIES.length)];
        LocalDate issued = LocalDate.of(2012, 1, 1).plusDays(random.nextInt(3000));
        String kk = "367207" + issued.format(DateTimeFormatter.ofPattern("ddMMyy")) + serial();
        String address = "Jl. Uji No. " + (1 + random.nextInt(200));
        LocalDate headBorn = LocalDate.of(1960 + random.nextInt(25), 1 + random.nextInt(12), 1 + random.nextInt(28));
        for (int i = 0; i < size; i++) {
            boolean female = i == 1 || (i > 1 && random.nextBoolean());
            LocalDate born = i == 0
                    ? headBorn
                    : i == 1
                            ? headBorn.plusYears(2)
                            : headBorn.plusYears(24 + i).plusDays(random.nextInt(300));
            String name = (female ? WOMEN : MEN)[random.nextInt(8)] + " " + family;
            Map<String, String> row = new LinkedHashMap<>();
            row.put("alamat", address);
            row.put("dusun", "SUKAMULYA");
            row.put("rw", rw);
            row.put("rt", rt);
            row.put("nama", name);
            row.put("no_kk", kk);
            row.put("nik", nik(born, female));
            row.put("sex", female ? "2" : "1");
            row.put("tempatlahir", "CILEGON");
            row.put("tanggallahir", born.toString());
            row.put("agama_id", "1");
            row.put("pendidikan_kk_id", i < 2 ? "5" : "3");
            row.put("pekerjaan_id", i == 0 ? "15" : i == 1 ? "2" : "3");
            row.put("status_kawin", i < 2 ? "2" : "1");
            row.put("kk_level", i == 0 ? "1" : i == 1 ? "3" : "4");
            row.put("warganegara_id", "1");
            row.put("golongan_darah_id", "13");
            rows.add(row);
        }
        return this;
    }

    static String nik(LocalDate born, boolean female) {
        int day = born.getDayOfMonth() + (female ? 40 : 0);
        return "367207" + String.format("%02d%02d%02d", day, born.getMonthValue(), born.getYear() % 100) + serial();
    }

    /** The birth date a generated NIK encodes (the row's own date as first written). */
    static String bornOf(String nik, String written) {
        int day = Integer.parseInt(nik.substring(6, 8));
        int month = Integer.parseInt(nik.substring(8, 10));
        int year = Integer.parseInt(nik.substring(10, 12));
        return LocalDate.of(year > 30 ? 1900 + year : 2000 + year, month, day > 40 ? day - 40 : day)
                .toString();
    }

    private static String serial() {
        return String.format("%04d", 1 + SERIAL.incrementAndGet() % 9999);
    }

    /** The rows as CSV text with these headers in this order and this separator. */
    String csv(List<String> headers, char separator) {
        StringBuilder out = new StringBuilder(String.join(String.valueOf(separator), headers)).append("\r\n");
        for (Map<String, String> row : rows) {
            List<String> cells = new ArrayList<>();
            for (String h : headers) {
                String v = row.getOrDefault(h, "");
                cells.add(v.indexOf(separator) >= 0 || v.contains("\"") ? '"' + v.replace("\"", "\"\"") + '"' : v);
            }
            out.append(String.join(String.valueOf(separator), cells)).append("\r\n");
        }
        return out.toString();
    }

    String csv() {
        return csv(HEADERS, ',');
    }
}
