/** Households (KK) and residents kept by RT heads: NIK, Dukcapil codes, domicile, labour block, life events. */
@org.springframework.modulith.ApplicationModule(allowedDependencies = {"shared", "region", "access"})
package id.warga.population;
