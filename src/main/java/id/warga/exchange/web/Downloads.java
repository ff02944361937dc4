package id.warga.exchange.web;

import id.warga.exchange.Exports;
import id.warga.region.RegionCode;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.servlet.mvc.method.annotation.StreamingResponseBody;

/** An export as a streamed download; the area and format are checked before the first byte is sent. */
final class Downloads {

    private Downloads() {}

    static ResponseEntity<StreamingResponseBody> export(Exports exports, String area, String format) {
        Exports.Format f = Exports.Format.parse(format);
        RegionCode code = exports.area(area);
        var context = org.springframework.security.core.context.SecurityContextHolder.getContext();
        return ResponseEntity.ok()
                .contentType(MediaType.parseMediaType(f.contentType))
                .header("Content-Disposition", "attachment; filename=\"" + exports.fileName(code, f) + "\"")
                .header("Cache-Control", "no-store")
                .body(out -> {
                    // the body is written on the request thread after the controller returns
                    var previous = org.springframework.security.core.context.SecurityContextHolder.getContext();
                    org.springframework.security.core.context.SecurityContextHolder.setContext(context);
                    try {
                        exports.write(code, f, out);
                    } finally {
                        org.springframework.security.core.context.SecurityContextHolder.setContext(previous);
                    }
                });
    }
}
