package id.warga.programmes;

/** Where an aid programme's money comes from: the city's budget, PLN, the World Bank, Inpres, companies' CSR, other. */
public enum AidSource {
    APBD,
    PLN,
    BANK_DUNIA,
    INPRES,
    CSR,
    LAINNYA
}
