package id.warga.region;

import id.warga.shared.web.BadRequestException;

/** A text that is not a region code of the expected shape. */
public class InvalidRegionCodeException extends BadRequestException {

    private final String input;

    public InvalidRegionCodeException(String input) {
        super("invalid_region_code", "error.region-code.invalid", input);
        this.input = input;
    }

    public String input() {
        return input;
    }
}
