/**
 * Import and export of households and residents: OpenSID's and Warga's own spreadsheets in, checked
 * by the registry's rules, as jobs with progress; streamed, masked and audited exports out.
 */
@org.springframework.modulith.ApplicationModule(allowedDependencies = {"population", "region", "access", "shared"})
package id.warga.exchange;
