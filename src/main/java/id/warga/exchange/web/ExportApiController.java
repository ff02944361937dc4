package id.warga.exchange.web;

import id.warga.exchange.Exports;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.servlet.mvc.method.annotation.StreamingResponseBody;

/**
 * {@code GET /api/exports?area=…&format=xlsx|csv}: the households and residents of an area in the
 * caller's scope, in Warga's layout, streamed; audited.
 */
@RestController
class ExportApiController {

    private final Exports exports;

    ExportApiController(Exports exports) {
        this.exports = exports;
    }

    @GetMapping("/api/exports")
    ResponseEntity<StreamingResponseBody> export(
            @RequestParam("area") String area, @RequestParam(name = "format", defaultValue = "xlsx") String format) {
        return Downloads.export(exports, area, format);
    }
}
