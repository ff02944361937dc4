/** Labour-force indicators (TPT, TPAK, completeness) for every area and month, kept current by the registry's events. */
@org.springframework.modulith.ApplicationModule(allowedDependencies = {"shared", "region", "population", "access"})
package id.warga.analytics;
