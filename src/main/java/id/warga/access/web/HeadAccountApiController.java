package id.warga.access.web;

import id.warga.access.internal.HeadAccounts;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import java.util.List;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

@RestController
@RequestMapping("/api/head-accounts")
@PreAuthorize("hasRole('ADMIN')")
@Tag(name = "Akun kepala wilayah", description = "Administrators: accounts for newly appointed heads of units")
class HeadAccountApiController {

    private final HeadAccounts heads;

    HeadAccountApiController(HeadAccounts heads) {
        this.heads = heads;
    }

    record OfferPage(List<HeadAccounts.Offer> offers, long total) {}

    @GetMapping
    @Operation(summary = "Appointments waiting for an account, inside an area (all when `area` is absent)")
    OfferPage open(
            @RequestParam(required = false) String area,
            @RequestParam(defaultValue = "0") int page,
            @RequestParam(defaultValue = "50") int size) {
        int bounded = Math.max(1, Math.min(200, size));
        return new OfferPage(heads.open(area, Math.max(0, page), bounded), heads.countOpen(area));
    }

    record AccountRequest(String username, String password) {}

    record Created(
            String username,
            String displayName,
            List<String> scopes,
            String temporaryPassword,
            boolean addedToExisting) {}

    @PostMapping("/{termId}")
    @Operation(
            summary = "Create the head's account for this term",
            description = "The unit becomes the account's area and the office gives the role (KETUA_RT → RT, "
                    + "KETUA_RW → RW, LURAH → KELURAHAN, CAMAT → KECAMATAN). A head who already has an account "
                    + "gets the unit added. Without a password a temporary one is returned once.")
    ResponseEntity<Created> create(@PathVariable long termId, @RequestBody(required = false) AccountRequest request) {
        HeadAccounts.Result result = heads.create(
                termId, request == null ? null : request.username(), request == null ? null : request.password());
        return ResponseEntity.status(HttpStatus.CREATED)
                .body(new Created(
                        result.account().username(),
                        result.account().displayName(),
                        result.account().scopes(),
                        result.temporaryPassword(),
                        result.addedToExisting()));
    }

    @PostMapping("/{termId}/dismiss")
    @Operation(summary = "No account for this appointment")
    ResponseEntity<Void> dismiss(@PathVariable long termId) {
        heads.dismiss(termId);
        return ResponseEntity.noContent().build();
    }
}
