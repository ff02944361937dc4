package id.warga.population;

import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.function.Supplier;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;

/**
 * The official code lists (Dukcapil religion, marital status, education, occupation, relation in
 * the family, citizenship; BPS status in employment) with Indonesian and English labels. They
 * change by migration only, so they are read once.
 */
@Service
public class CodeLists {

    public static final String RELIGION = "religion";
    public static final String MARITAL_STATUS = "marital_status";
    public static final String EDUCATION = "education";
    public static final String OCCUPATION = "occupation";
    public static final String RELATION = "relation";
    public static final String CITIZENSHIP = "citizenship";
    public static final String EMPLOYMENT_STATUS = "employment_status";

    public static final int HEAD = 1;
    public static final int HUSBAND = 2;
    public static final int WIFE = 3;
    public static final int CHILD = 4;
    public static final int GRANDCHILD = 6;
    public static final int PARENT = 7;
    public static final int PARENT_IN_LAW = 8;
    public static final int FAMILY_OTHER = 9;
    public static final int SINGLE = 1;

    private final Supplier<List<CodeLabel>> source;
    private volatile Map<String, Map<Integer, CodeLabel>> lists;

    @org.springframework.beans.factory.annotation.Autowired
    CodeLists(JdbcClient jdbc) {
        this(() -> jdbc.sql("select list, code, label_id, label_en from population.code_list order by list, code")
                .query((rs, n) -> new CodeLabel(
                        rs.getString("list"), rs.getInt("code"), rs.getString("label_id"), rs.getString("label_en")))
                .list());
    }

    CodeLists(Supplier<List<CodeLabel>> source) {
        this.source = source;
    }

    /** A fixed set of lists, for tests and tools that run without a database. */
    public static CodeLists of(List<CodeLabel> entries) {
        return new CodeLists(() -> entries);
    }

    public boolean exists(String list, int code) {
        return lists().getOrDefault(list, Map.of()).containsKey(code);
    }

    /** The official (Indonesian) label, or the code itself when unknown. */
    public String label(String list, Integer code) {
        return label(list, code, Locale.forLanguageTag("id"));
    }

    public String label(String list, Integer code, Locale locale) {
        if (code == null) {
            return "";
        }
        CodeLabel label = lists().getOrDefault(list, Map.of()).get(code);
        return label == null ? String.valueOf(code) : label.label(locale);
    }

    /** The entries of one list in code order. */
    public List<CodeLabel> entries(String list) {
        return lists().getOrDefault(list, Map.of()).values().stream()
                .sorted(Comparator.comparingInt(CodeLabel::code))
                .toList();
    }

    /** Every list by name. */
    public Map<String, List<CodeLabel>> all() {
        Map<String, List<CodeLabel>> all = new LinkedHashMap<>();
        lists().keySet().stream().sorted().forEach(list -> all.put(list, entries(list)));
        return all;
    }

    private Map<String, Map<Integer, CodeLabel>> lists() {
        Map<String, Map<Integer, CodeLabel>> loaded = lists;
        if (loaded == null) {
            Map<String, Map<Integer, CodeLabel>> fresh = new LinkedHashMap<>();
            for (CodeLabel entry : source.get()) {
                fresh.computeIfAbsent(entry.list(), k -> new LinkedHashMap<>()).put(entry.code(), entry);
            }
            lists = loaded = fresh;
        }
        return loaded;
    }

    /** One official code with its labels. */
    public record CodeLabel(String list, int code, String labelId, String labelEn) {

        public String label(Locale locale) {
            return "en".equals(locale.getLanguage()) ? labelEn : labelId;
        }
    }
}
