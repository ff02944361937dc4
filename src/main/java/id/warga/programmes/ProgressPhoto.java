package id.warga.programmes;

import id.warga.shared.rules.RuleViolation;
import id.warga.shared.web.RefusedException.Kind;
import java.io.IOException;
import java.io.InputStream;
import java.util.Arrays;
import java.util.List;

/**
 * A photo of an activity's progress, read from an upload: JPEG or PNG as its first bytes say (the
 * name and the declared type are not trusted), at most the configured size.
 */
public record ProgressPhoto(String contentType, byte[] bytes) {

    private static final byte[] JPEG = {(byte) 0xFF, (byte) 0xD8, (byte) 0xFF};
    private static final byte[] PNG = {(byte) 0x89, 'P', 'N', 'G', 0x0D, 0x0A, 0x1A, 0x0A};

    /** Reads at most {@code maxBytes} (one more tells it is too large); refuses anything but JPEG or PNG. */
    public static ProgressPhoto read(InputStream in, int maxBytes) {
        byte[] bytes;
        try (in) {
            bytes = in.readNBytes(maxBytes + 1);
        } catch (IOException e) {
            throw refused("PHOTO_UNREADABLE");
        }
        if (bytes.length == 0) {
            throw refused("PHOTO_EMPTY");
        }
        if (bytes.length > maxBytes) {
            throw refused("PHOTO_TOO_LARGE", maxBytes / (1024 * 1024));
        }
        if (startsWith(bytes, JPEG)) {
            return new ProgressPhoto("image/jpeg", bytes);
        }
        if (startsWith(bytes, PNG)) {
            return new ProgressPhoto("image/png", bytes);
        }
        throw refused("PHOTO_NOT_IMAGE");
    }

    private static boolean startsWith(byte[] bytes, byte[] magic) {
        return bytes.length >= magic.length && Arrays.equals(bytes, 0, magic.length, magic, 0, magic.length);
    }

    private static ProgrammeRuleException refused(String code, Object... args) {
        return new ProgrammeRuleException(
                Kind.INVALID, "PHOTO_REFUSED", List.of(RuleViolation.error(code, "photo", args)));
    }
}
