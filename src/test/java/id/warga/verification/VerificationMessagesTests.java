package id.warga.verification;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.text.MessageFormat;
import java.util.ArrayList;
import java.util.List;
import java.util.Properties;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.springframework.core.io.ClassPathResource;

/**
 * Every rule the workflow can name, and every state, level, step and reason it shows, has a
 * message in Indonesian and in English; messages with arguments are valid message formats.
 */
class VerificationMessagesTests {

    static final Pattern RULE = Pattern.compile("Kind\\.[A-Z]+,\\s*\"([A-Z][A-Z0-9_]+)\"");

    @Test
    void namesEveryRuleInBothLanguages() throws IOException {
        Set<String> keys = new TreeSet<>();
        try (Stream<Path> files = Files.walk(Path.of("src/main/java/id/warga/verification"))) {
            for (Path file : files.filter(f -> f.toString().endsWith(".java")).toList()) {
                Matcher m = RULE.matcher(Files.readString(file));
                while (m.find()) {
                    keys.add("verification.rule." + m.group(1));
                }
            }
        }
        assertThat(keys).contains("verification.rule.SUBMISSION_ALREADY_DECIDED", "verification.rule.ALREADY_ATTESTED");
        for (SubmissionStatus status : SubmissionStatus.values()) {
            keys.add("verification.status." + status);
        }
        for (ReviewLevel level : ReviewLevel.values()) {
            keys.add("verification.level." + level);
            keys.add("pending.badge." + level);
        }
        for (SubmissionStep.Action action : SubmissionStep.Action.values()) {
            keys.add("verification.step." + action);
        }
        for (Submissions.Filter filter : Submissions.Filter.values()) {
            keys.add("verification.filter." + filter);
            keys.add("verification.list.empty." + filter);
        }
        for (Completeness.Sort sort : Completeness.Sort.values()) {
            keys.add("completeness.column." + sort);
        }
        for (HonorRule rule : HonorRule.values()) {
            keys.add("honor.rule." + rule);
        }
        for (String reason :
                List.of("ATTESTED_ON_TIME", "ATTESTED_LATE", "NOT_ATTESTED", "NO_HEAD", "NOT_CLEAN", "RTS_NOT_CLEAN")) {
            keys.add("honor.reason." + reason);
        }
        for (String type : List.of(
                "RegisterHousehold",
                "ChangeHousehold",
                "ChangeHead",
                "MoveHousehold",
                "SplitHousehold",
                "AddMember",
                "ChangeResident",
                "AnswerLabourBlock",
                "RecordLifeEvent",
                "ConfirmWarning")) {
            keys.add("pending.type." + type);
        }
        for (int month = 1; month <= 12; month++) {
            keys.add("verification.month." + month);
        }
        for (String bundle : List.of("messages.properties", "messages_en.properties")) {
            Properties messages = load(bundle);
            List<String> missing = new ArrayList<>();
            for (String key : keys) {
                String text = messages.getProperty(key);
                if (text == null || text.isBlank()) {
                    missing.add(key);
                } else if (text.contains("{0}")) {
                    new MessageFormat(text).format(new Object[] {"x", "y", "z"});
                }
            }
            assertThat(missing).as("keys without a message in " + bundle).isEmpty();
        }
    }

    private static Properties load(String name) throws IOException {
        Properties properties = new Properties();
        try (var reader = new InputStreamReader(new ClassPathResource(name).getInputStream(), StandardCharsets.UTF_8)) {
            properties.load(reader);
        }
        return properties;
    }
}
