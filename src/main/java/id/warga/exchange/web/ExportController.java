package id.warga.exchange.web;

import id.warga.access.AccessControl;
import id.warga.exchange.Exports;
import id.warga.region.RegionCode;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.method.annotation.StreamingResponseBody;

/** The export page: an area of one's own and a format; the file streams as it is read. */
@Controller
class ExportController {

    private final Exports exports;
    private final AccessControl access;

    ExportController(Exports exports, AccessControl access) {
        this.exports = exports;
        this.access = access;
    }

    @GetMapping("/ekspor")
    String form(Model model) {
        var scope = access.currentScope();
        String suggested = scope.unrestricted()
                ? "36.72"
                : scope.roots().stream()
                        .map(RegionCode::value)
                        .sorted()
                        .findFirst()
                        .orElse("");
        model.addAttribute("suggested", suggested);
        model.addAttribute(
                "roots", scope.roots().stream().map(RegionCode::value).sorted().toList());
        return "exchange/export";
    }

    @GetMapping("/ekspor/unduh")
    ResponseEntity<StreamingResponseBody> download(
            @RequestParam("area") String area, @RequestParam(name = "format", defaultValue = "xlsx") String format) {
        return Downloads.export(exports, area, format);
    }
}
