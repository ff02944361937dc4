package id.warga.programmes;

import org.springframework.context.MessageSourceResolvable;
import org.springframework.context.support.DefaultMessageSourceResolvable;

/** A message argument that is itself a bundle key, so a rule names states and roles in the reader's language. */
final class Labels {

    private Labels() {}

    static MessageSourceResolvable of(String key, Object... arguments) {
        return new DefaultMessageSourceResolvable(new String[] {key}, arguments, key);
    }
}
