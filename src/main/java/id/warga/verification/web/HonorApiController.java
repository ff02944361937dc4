package id.warga.verification.web;

import id.warga.region.RegionCode;
import id.warga.shared.web.NotFoundException;
import id.warga.verification.HonorList;
import id.warga.verification.HonorSheet;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.time.YearMonth;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

@RestController
@Tag(
        name = "Honor RT/RW",
        description = "The heads' honor list of a month for the city's and the finance office (whole city), "
                + "kecamatan and kelurahan (their area): the head in office on the deadline day, whether they "
                + "earned it and why, the amount. A month that is over is kept as it was made.")
class HonorApiController {

    static final String XLSX = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet";

    private final HonorList honors;

    HonorApiController(HonorList honors) {
        this.honors = honors;
    }

    @GetMapping("/api/honor/{month}")
    @Operation(summary = "The honor list of a month (YYYY-MM)")
    HonorSheet get(@PathVariable String month, @RequestParam(required = false) String area) {
        return honors.sheet(YearMonth.parse(month), area(area));
    }

    @GetMapping("/api/honor/{month}.xlsx")
    @Operation(summary = "The honor list of a month as XLSX for the finance office (the export is audited)")
    void xlsx(@PathVariable String month, @RequestParam(required = false) String area, HttpServletResponse response)
            throws IOException {
        HonorSheet sheet = honors.sheet(YearMonth.parse(month), area(area));
        response.setContentType(XLSX);
        response.setHeader(
                HttpHeaders.CONTENT_DISPOSITION,
                ContentDisposition.attachment()
                        .filename(HonorList.fileName(sheet.month(), sheet.areaCode()))
                        .build()
                        .toString());
        honors.export(sheet, LocaleContextHolder.getLocale(), response.getOutputStream());
    }

    static RegionCode area(String area) {
        if (area == null || area.isBlank()) {
            return null;
        }
        return RegionCode.tryParse(area.strip())
                .orElseThrow(() -> new NotFoundException("error.region.not-found", area));
    }
}
