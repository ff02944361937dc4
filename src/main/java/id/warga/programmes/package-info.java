/**
 * Programmes that bring money to residents: the RW environment fund (plan, verification, spending
 * and progress, public view), aid programmes and their recipients, and the city's scholarships.
 */
@org.springframework.modulith.ApplicationModule(
        allowedDependencies = {"population", "region", "access", "shared", "demo"})
package id.warga.programmes;
