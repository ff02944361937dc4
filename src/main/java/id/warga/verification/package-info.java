/**
 * Validation made visible: RT heads' changes reviewed by the RW and approved by the kelurahan,
 * each RT's and RW's monthly attestation, completeness by area, and the heads' honor list.
 */
@org.springframework.modulith.ApplicationModule(
        allowedDependencies = {"population", "region", "access", "shared", "demo"})
package id.warga.verification;
