package id.warga.verification;

import org.springframework.context.MessageSourceResolvable;
import org.springframework.context.support.DefaultMessageSourceResolvable;

/** A message argument that is itself a bundle key, so a rule names levels and states in the reader's language. */
final class Labels {

    private Labels() {}

    static MessageSourceResolvable of(String key, Object... arguments) {
        return new DefaultMessageSourceResolvable(new String[] {key}, arguments, key);
    }
}
