package id.warga.exchange;

import id.warga.exchange.ImportLayout.Field;
import id.warga.population.CodeLists;
import id.warga.population.LabourActivity;
import id.warga.population.LabourAnswer;
import id.warga.population.ResidentDetails;
import id.warga.population.Sex;
import id.warga.region.RegionCode;
import id.warga.region.RegionLevel;
import java.time.DateTimeException;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.apache.poi.ss.usermodel.DateUtil;

/**
 * Turns the text cells of a row into a resident as the registry states one. Reads what OpenSID's
 * users write: a code or its label (case and spaces ignored), {@code -} for nothing, dates as
 * {@code dd-mm-yyyy}, {@code yyyy-mm-dd} or Excel serial numbers, RT and RW with or without
 * leading zeros. It never guesses: a NIK that Excel turned into {@code 3.67201E+15}, a two-digit
 * year or a label it does not know is reported, not repaired.
 */
final class RowReader {

    private static final Pattern SCIENTIFIC = Pattern.compile("[0-9]+([.,][0-9]+)?[eE][+-]?[0-9]+");
    private static final Pattern YMD = Pattern.compile("(\\d{4})[-/.](\\d{1,2})[-/.](\\d{1,2})(?:[ T].*)?");
    private static final Pattern DMY = Pattern.compile("(\\d{1,2})[-/.](\\d{1,2})[-/.](\\d{4})(?:[ T].*)?");
    private static final Pattern SPACES = Pattern.compile("\\s{2,}|[\\t\\n\\r\\u00A0]");
    private static final Pattern INVISIBLE = Pattern.compile("[\\s\\u00A0\\u200B\\u200C\\u200D\\uFEFF']");

    private final Map<String, Map<String, Integer>> labels = new HashMap<>();
    private final RegionCode kelurahan;

    RowReader(CodeLists codes, RegionCode kelurahan) {
        this.kelurahan = kelurahan;
        for (String list : List.of(
                CodeLists.RELIGION,
                CodeLists.MARITAL_STATUS,
                CodeLists.EDUCATION,
                CodeLists.OCCUPATION,
                CodeLists.RELATION,
                CodeLists.CITIZENSHIP,
                CodeLists.EMPLOYMENT_STATUS)) {
            Map<String, Integer> byLabel = new HashMap<>();
            for (CodeLists.CodeLabel entry : codes.entries(list)) {
                byLabel.put(key(entry.labelId()), entry.code());
                byLabel.put(key(withoutParentheses(entry.labelId())), entry.code());
                byLabel.put(key(entry.labelEn()), entry.code());
            }
            labels.put(list, byLabel);
        }
        alias(
                CodeLists.MARITAL_STATUS,
                "BK",
                1,
                "K",
                2,
                "CH",
                3,
                "CM",
                4,
                "KAWIN TERCATAT",
                2,
                "KAWIN BELUM TERCATAT",
                2);
        alias(
                CodeLists.EDUCATION,
                "TIDAK/BLM SEKOLAH",
                1,
                "TIDAK TAMAT SD/SEDERAJAT",
                2,
                "AKADEMI/DIPLOMA III/SARJANA MUDA",
                7,
                "STRATA-II",
                9);
        alias(CodeLists.RELIGION, "KEPERCAYAAN TERHADAP TUHAN YME / LAINNYA", 7, "KEPERCAYAAN", 7);
        alias(CodeLists.OCCUPATION, "ANGGOTA KABINET KEMENTERIAN", 54);
        labels.put("sex", new HashMap<>());
        alias("sex", "LAKI-LAKI", 1, "L", 1, "LK", 1, "M", 1, "MALE", 1, "PEREMPUAN", 2, "P", 2, "PR", 2, "F", 2);
        alias("sex", "FEMALE", 2, "WANITA", 2, "PRIA", 1);
        labels.put("status", new HashMap<>());
        alias("status", "HIDUP", 1, "MATI", 2, "PINDAH", 3, "PINDAH DALAM NEGERI", 3, "PINDAH LUAR NEGERI", 3);
        alias("status", "HILANG", 4, "PERGI", 6, "TIDAK VALID", 9);
    }

    private void alias(String list, Object... pairs) {
        for (int i = 0; i < pairs.length; i += 2) {
            labels.get(list).put(key((String) pairs[i]), (Integer) pairs[i + 1]);
        }
    }

    /** Reads one data row of a sheet whose header gave {@code columns}. */
    ImportRow read(String sheet, int number, List<String> cells, ImportLayout.Columns columns) {
        ImportRow row = new ImportRow(sheet, number);
        row.columns = columns;
        for (Field field : columns.positions().keySet()) {
            String cell = columns.cell(cells, field);
            if (cell != null) {
                row.written.put(field, cell);
            }
        }
        row.kkNumber = identifier(row, Field.KK_NUMBER, "KK_EXCEL_NUMBER");
        row.address = text(row, Field.ADDRESS);
        if (columns.layout() == ImportLayout.WARGA) {
            place(row);
        } else {
            row.dusun = dusun(text(row, Field.DUSUN));
            row.rw = unitNumber(row, Field.RW);
            row.rt = unitNumber(row, Field.RT);
        }
        String nik = identifier(row, Field.NIK, "NIK_EXCEL_NUMBER");
        if ("0".equals(nik)) {
            nik = null;
            row.nikPending = true;
        }
        Integer sex = code(row, Field.SEX, "sex");
        if (sex != null && sex != 1 && sex != 2) {
            row.problem(Field.SEX, "IMPORT_SEX_UNKNOWN", row.value(Field.SEX));
            sex = null;
        }
        Integer status = code(row, Field.LIFE_STATUS, "status");
        if (status != null && status != 1) {
            row.problem(Field.LIFE_STATUS, "IMPORT_NOT_LIVING", row.value(Field.LIFE_STATUS));
        }
        row.details = new ResidentDetails(
                nik,
                text(row, Field.NAME),
                sex == null ? null : sex == 2 ? Sex.FEMALE : Sex.MALE,
                text(row, Field.BIRTH_PLACE),
                date(row, Field.BIRTH_DATE),
                code(row, Field.RELIGION, CodeLists.RELIGION),
                code(row, Field.MARITAL_STATUS, CodeLists.MARITAL_STATUS),
                code(row, Field.EDUCATION, CodeLists.EDUCATION),
                code(row, Field.OCCUPATION, CodeLists.OCCUPATION),
                code(row, Field.RELATION, CodeLists.RELATION),
                code(row, Field.CITIZENSHIP, CodeLists.CITIZENSHIP),
                text(row, Field.PHONE));
        String activity = text(row, Field.LABOUR_ACTIVITY);
        if (activity != null) {
            LabourActivity kind = null;
            try {
                kind = LabourActivity.valueOf(activity.toUpperCase(Locale.ROOT).replace(' ', '_'));
            } catch (IllegalArgumentException e) {
                row.problem(Field.LABOUR_ACTIVITY, "IMPORT_LABOUR_UNKNOWN", activity);
            }
            row.labour = new LabourAnswer(
                    kind,
                    date(row, Field.LABOUR_DATE),
                    number(row, Field.HOURS_WORKED),
                    code(row, Field.EMPLOYMENT_STATUS, CodeLists.EMPLOYMENT_STATUS),
                    text(row, Field.SKILLS));
        }
        return row;
    }

    /** Warga's layout names the RT by code; it must lie in the kelurahan being imported into. */
    private void place(ImportRow row) {
        String code = text(row, Field.RT_CODE);
        if (code == null) {
            return;
        }
        RegionCode rt = RegionCode.tryParse(code).orElse(null);
        if (rt == null || rt.level() != RegionLevel.RT) {
            row.problem(Field.RT_CODE, "IMPORT_RT_CODE_INVALID", code);
        } else if (!rt.ancestorAt(RegionLevel.KELURAHAN).equals(kelurahan)) {
            row.problem(
                    Field.RT_CODE,
                    "IMPORT_OTHER_KELURAHAN",
                    rt.ancestorAt(RegionLevel.KELURAHAN).value(),
                    kelurahan.value());
        } else {
            row.rt = rt.localNumber();
            row.rw = rt.parent().orElseThrow().localNumber();
        }
    }

    /** A NIK or KK number: digits only, after spaces, apostrophes and invisible characters are removed. */
    private static String identifier(ImportRow row, Field field, String excelCode) {
        String cell = row.written.get(field);
        if (cell == null) {
            return null;
        }
        String value = XlsxRows.text(cell).strip();
        if (value.isEmpty() || value.equals("-")) {
            return null;
        }
        if (XlsxRows.isNumber(cell) && !value.equals("0")) {
            row.problem(field, excelCode, value);
            return null;
        }
        if ((value.indexOf('e') >= 0 || value.indexOf('E') >= 0)
                && SCIENTIFIC.matcher(value).matches()) {
            row.problem(field, excelCode, value);
            return null;
        }
        return digits(value) ? value : INVISIBLE.matcher(value).replaceAll("");
    }

    private static String text(ImportRow row, Field field) {
        String cell = row.written.get(field);
        if (cell == null) {
            return null;
        }
        String value = XlsxRows.text(cell).strip();
        if (value.startsWith("'")) {
            value = value.substring(1).strip();
        }
        if (value.isEmpty() || value.equals("-")) {
            return null;
        }
        return needsSpacing(value) ? SPACES.matcher(value).replaceAll(" ") : value;
    }

    /** True when the text is one or more ASCII digits (what most cells of a population file hold). */
    private static boolean digits(String value) {
        if (value.isEmpty()) {
            return false;
        }
        for (int i = 0; i < value.length(); i++) {
            char c = value.charAt(i);
            if (c < '0' || c > '9') {
                return false;
            }
        }
        return true;
    }

    private static boolean needsSpacing(String value) {
        for (int i = 0; i < value.length(); i++) {
            char c = value.charAt(i);
            if (c == '\t'
                    || c == '\n'
                    || c == '\r'
                    || c == '\u00A0'
                    || (c == ' ' && i + 1 < value.length() && value.charAt(i + 1) == ' ')) {
                return true;
            }
        }
        return false;
    }

    private static String dusun(String value) {
        if (value == null) {
            return null;
        }
        String d = value.replace('_', ' ')
                .toUpperCase(Locale.ROOT)
                .replace("DUSUN ", "")
                .strip();
        return d.isEmpty() ? null : d;
    }

    /** An RW or RT number, 1–999, written with or without leading zeros. */
    private static Integer unitNumber(ImportRow row, Field field) {
        String value = text(row, field);
        if (value == null) {
            return null;
        }
        if (!digits(value) || value.length() > 3 || Integer.parseInt(value) == 0) {
            row.problem(field, "IMPORT_UNIT_NUMBER", value);
            return null;
        }
        return Integer.parseInt(value);
    }

    private static Integer number(ImportRow row, Field field) {
        String value = text(row, field);
        if (value == null) {
            return null;
        }
        if (!digits(value) || value.length() > 6) {
            row.problem(field, "IMPORT_NUMBER_INVALID", value);
            return null;
        }
        return Integer.parseInt(value);
    }

    /** A code from an official list: the number itself, or its label in any case and spacing. */
    private Integer code(ImportRow row, Field field, String list) {
        String value = text(row, field);
        if (value == null) {
            return null;
        }
        if (digits(value) && value.length() <= 4) {
            return Integer.parseInt(value);
        }
        Integer code = labels.get(list).get(key(value));
        if (code == null) {
            code = labels.get(list).get(key(withoutParentheses(value)));
        }
        if (code == null) {
            row.problem(field, "IMPORT_LABEL_UNKNOWN", row.column(field), value);
        }
        return code;
    }

    /** A date as users write it, or an Excel serial number; two-digit years and impossible dates are refused. */
    static LocalDate parseDate(String value) throws DateTimeException, IllegalArgumentException {
        Matcher ymd = YMD.matcher(value);
        if (ymd.matches()) {
            return LocalDate.of(
                    Integer.parseInt(ymd.group(1)), Integer.parseInt(ymd.group(2)), Integer.parseInt(ymd.group(3)));
        }
        Matcher dmy = DMY.matcher(value);
        if (dmy.matches()) {
            return LocalDate.of(
                    Integer.parseInt(dmy.group(3)), Integer.parseInt(dmy.group(2)), Integer.parseInt(dmy.group(1)));
        }
        if (digits(value) && value.length() <= 5) {
            double serial = Double.parseDouble(value);
            // serials up to 60 fall before Excel's phantom 29 February 1900
            if (serial > 60 && DateUtil.isValidExcelDate(serial)) {
                return DateUtil.getLocalDateTime(serial).toLocalDate();
            }
        }
        throw new IllegalArgumentException("unreadable date " + value);
    }

    private static LocalDate date(ImportRow row, Field field) {
        String value = text(row, field);
        if (value == null) {
            return null;
        }
        try {
            return parseDate(value);
        } catch (DateTimeException e) {
            row.problem(field, "IMPORT_DATE_INVALID", value);
        } catch (IllegalArgumentException e) {
            row.problem(field, "IMPORT_DATE_UNREADABLE", value);
        }
        return null;
    }

    private static String key(String label) {
        return label == null ? "" : label.toUpperCase(Locale.ROOT).replaceAll("\\s+", "");
    }

    private static String withoutParentheses(String label) {
        return label == null ? null : label.replaceAll("\\([^)]*\\)", "").strip();
    }
}
