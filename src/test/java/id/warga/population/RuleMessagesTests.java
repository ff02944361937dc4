package id.warga.population;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Properties;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.springframework.core.io.ClassPathResource;

/** Every rule the population module can raise has a message in Indonesian and in English. */
class RuleMessagesTests {

    static final Pattern RAISED =
            Pattern.compile("(?:RuleViolation\\.(?:error|warning)\\(|input\\([^,]+, )\\s*\"([A-Z][A-Z0-9_]+)\"");
    /** A code chosen by a condition: {@code error(kind == DEATH ? "DEATH_BEFORE_BIRTH" : "EVENT_BEFORE_BIRTH", …)}. */
    static final Pattern CHOSEN = Pattern.compile(
            "RuleViolation\\.(?:error|warning)\\(\\s*[^\";]*\\?\\s*\"([A-Z][A-Z0-9_]+)\"\\s*:\\s*\"([A-Z][A-Z0-9_]+)\"");

    @Test
    void givesEveryRuleCodeAMessageInBothLanguages() throws IOException {
        Set<String> codes = new TreeSet<>();
        try (Stream<Path> files = Files.walk(Path.of("src/main/java/id/warga/population"))) {
            for (Path file : files.filter(f -> f.toString().endsWith(".java")).toList()) {
                String source = Files.readString(file);
                Matcher m = RAISED.matcher(source);
                while (m.find()) {
                    codes.add(m.group(1));
                }
                Matcher chosen = CHOSEN.matcher(source);
                while (chosen.find()) {
                    codes.add(chosen.group(1));
                    codes.add(chosen.group(2));
                }
            }
        }
        assertThat(codes)
                .contains(
                        "NIK_TAKEN",
                        "HOUSEHOLD_TWO_HEADS",
                        "LABOUR_UNDER_15",
                        "DEATH_BEFORE_BIRTH",
                        "CHILD_OLDER_THAN_PARENT",
                        "MARRIED_UNDER_19",
                        "LABOUR_OCCUPATION_MISMATCH",
                        "LABOUR_BLOCK_STALE");
        Properties indonesian = bundle("messages.properties");
        Properties english = bundle("messages_en.properties");
        for (String code : codes) {
            assertThat(indonesian).as(code).containsKey("rule." + code);
            assertThat(english).as(code).containsKey("rule." + code);
        }
    }

    static Properties bundle(String name) throws IOException {
        Properties properties = new Properties();
        try (var reader = new InputStreamReader(new ClassPathResource(name).getInputStream(), StandardCharsets.UTF_8)) {
            properties.load(reader);
        }
        return properties;
    }
}
