package id.warga.programmes;

/**
 * The acting user as the environment fund sees them over one RW: its head, a verifier of its
 * kelurahan or kecamatan, or the city (the city's offices and administrators).
 */
record FundActor(String username, boolean rwHead, boolean kelurahan, boolean kecamatan, boolean city) {

    boolean verifier() {
        return kelurahan || kecamatan || city;
    }
}
