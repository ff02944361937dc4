package id.warga.exchange;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

/**
 * The two spreadsheet layouts an import reads, columns matched by their header (any order, any
 * case): OpenSID's population import (43 columns; those Warga does not keep are read past) and
 * Warga's own export, which reads back to the same data.
 */
enum ImportLayout {
    OPENSID(
            Map.ofEntries(
                    Map.entry("no_kk", Field.KK_NUMBER),
                    Map.entry("alamat", Field.ADDRESS),
                    Map.entry("dusun", Field.DUSUN),
                    Map.entry("rw", Field.RW),
                    Map.entry("rt", Field.RT),
                    Map.entry("nik", Field.NIK),
                    Map.entry("nama", Field.NAME),
                    Map.entry("sex", Field.SEX),
                    Map.entry("tempatlahir", Field.BIRTH_PLACE),
                    Map.entry("tanggallahir", Field.BIRTH_DATE),
                    Map.entry("agama_id", Field.RELIGION),
                    Map.entry("status_kawin", Field.MARITAL_STATUS),
                    Map.entry("pendidikan_kk_id", Field.EDUCATION),
                    Map.entry("pekerjaan_id", Field.OCCUPATION),
                    Map.entry("kk_level", Field.RELATION),
                    Map.entry("warganegara_id", Field.CITIZENSHIP),
                    Map.entry("status_dasar", Field.LIFE_STATUS)),
            Set.of(
                    "pendidikan_sedang_id",
                    "ayah_nik",
                    "nama_ayah",
                    "ibu_nik",
                    "nama_ibu",
                    "golongan_darah_id",
                    "akta_lahir",
                    "dokumen_pasport",
                    "tanggal_akhir_paspor",
                    "dokumen_kitas",
                    "akta_perkawinan",
                    "tanggalperkawinan",
                    "akta_perceraian",
                    "tanggalperceraian",
                    "cacat_id",
                    "cara_kb_id",
                    "hamil",
                    "ktp_el",
                    "status_rekam",
                    "alamat_sekarang",
                    "suku",
                    "tag_id_card",
                    "id_asuransi",
                    "no_asuransi",
                    "lat",
                    "lng"),
            List.of(Field.KK_NUMBER, Field.NIK, Field.NAME, Field.RW, Field.RT, Field.RELATION)),
    WARGA(
            Map.ofEntries(
                    Map.entry("kode_rt", Field.RT_CODE),
                    Map.entry("no_kk", Field.KK_NUMBER),
                    Map.entry("alamat", Field.ADDRESS),
                    Map.entry("nik", Field.NIK),
                    Map.entry("nama", Field.NAME),
                    Map.entry("jenis_kelamin", Field.SEX),
                    Map.entry("tempat_lahir", Field.BIRTH_PLACE),
                    Map.entry("tanggal_lahir", Field.BIRTH_DATE),
                    Map.entry("agama", Field.RELIGION),
                    Map.entry("status_kawin", Field.MARITAL_STATUS),
                    Map.entry("pendidikan", Field.EDUCATION),
                    Map.entry("pekerjaan", Field.OCCUPATION),
                    Map.entry("hubungan", Field.RELATION),
                    Map.entry("kewarganegaraan", Field.CITIZENSHIP),
                    Map.entry("telepon", Field.PHONE),
                    Map.entry("kegiatan_kerja", Field.LABOUR_ACTIVITY),
                    Map.entry("tanggal_blok_kerja", Field.LABOUR_DATE),
                    Map.entry("jam_kerja", Field.HOURS_WORKED),
                    Map.entry("status_pekerjaan", Field.EMPLOYMENT_STATUS),
                    Map.entry("keterampilan", Field.SKILLS)),
            Set.of(),
            List.of(Field.KK_NUMBER, Field.NIK, Field.NAME, Field.RT_CODE, Field.RELATION));

    /** What a column holds, whatever its header in a layout. */
    enum Field {
        KK_NUMBER,
        ADDRESS,
        DUSUN,
        RW,
        RT,
        RT_CODE,
        NIK,
        NAME,
        SEX,
        BIRTH_PLACE,
        BIRTH_DATE,
        RELIGION,
        MARITAL_STATUS,
        EDUCATION,
        OCCUPATION,
        RELATION,
        CITIZENSHIP,
        PHONE,
        LIFE_STATUS,
        LABOUR_ACTIVITY,
        LABOUR_DATE,
        HOURS_WORKED,
        EMPLOYMENT_STATUS,
        SKILLS
    }

    /** Warga's export columns in the order it writes them. */
    static final List<String> WARGA_COLUMNS = List.of(
            "kode_rt",
            "no_kk",
            "alamat",
            "nik",
            "nama",
            "jenis_kelamin",
            "tempat_lahir",
            "tanggal_lahir",
            "agama",
            "status_kawin",
            "pendidikan",
            "pekerjaan",
            "hubungan",
            "kewarganegaraan",
            "telepon",
            "kegiatan_kerja",
            "tanggal_blok_kerja",
            "jam_kerja",
            "status_pekerjaan",
            "keterampilan");

    private final Map<String, Field> kept;
    private final Set<String> known;
    private final List<Field> required;

    ImportLayout(Map<String, Field> kept, Set<String> known, List<Field> required) {
        this.kept = kept;
        this.known = known;
        this.required = required;
    }

    /** A header cell as compared: trimmed, lower case, spaces as underscores, without a byte-order mark. */
    static String normalise(String header) {
        String h = header == null ? "" : header.replace("\uFEFF", "").strip().toLowerCase(Locale.ROOT);
        return h.replaceAll("\\s+", "_");
    }

    /** Which layout a header row is in: Warga's own names its RT by code. */
    static ImportLayout detect(List<String> headers) {
        return headers.stream().map(ImportLayout::normalise).anyMatch("kode_rt"::equals) ? WARGA : OPENSID;
    }

    /**
     * The columns of a header row: where each kept field is, the headers that are read past
     * (known to the layout but not kept by Warga) and those that are not the layout's at all.
     * Missing required columns make the file unusable.
     */
    Columns columns(List<String> headers) {
        Map<Field, Integer> positions = new LinkedHashMap<>();
        Map<Field, String> names = new LinkedHashMap<>();
        List<String> ignored = new java.util.ArrayList<>();
        List<String> unknown = new java.util.ArrayList<>();
        List<String> repeated = new java.util.ArrayList<>();
        for (int i = 0; i < headers.size(); i++) {
            String raw = headers.get(i) == null
                    ? ""
                    : headers.get(i).replace("\uFEFF", "").strip();
            String header = normalise(raw);
            if (header.isEmpty()) {
                continue;
            }
            Field field = kept.get(header);
            if (field != null) {
                if (positions.containsKey(field)) {
                    repeated.add(raw);
                } else {
                    positions.put(field, i);
                    names.put(field, raw);
                }
            } else if (known.contains(header)) {
                ignored.add(raw);
            } else {
                unknown.add(raw);
            }
        }
        List<String> missing = required.stream()
                .filter(f -> !positions.containsKey(f))
                .map(this::header)
                .toList();
        return new Columns(this, positions, names, ignored, unknown, repeated, missing);
    }

    /** The layout's header for a field. */
    String header(Field field) {
        return kept.entrySet().stream()
                .filter(e -> e.getValue() == field)
                .map(Map.Entry::getKey)
                .findFirst()
                .orElse(field.name().toLowerCase(Locale.ROOT));
    }

    /** Where each field is in the rows of one sheet, and what the header row said. */
    record Columns(
            ImportLayout layout,
            Map<Field, Integer> positions,
            Map<Field, String> names,
            List<String> ignored,
            List<String> unknown,
            List<String> repeated,
            List<String> missing) {

        String cell(List<String> cells, Field field) {
            Integer at = positions.get(field);
            if (at == null || at >= cells.size()) {
                return null;
            }
            return cells.get(at);
        }

        /** The header the user wrote for the field, for the report. */
        String name(Field field) {
            return names.getOrDefault(field, layout.header(field));
        }
    }
}
