/** The demo city: a deterministic synthetic population of the whole of Kota Cilegon, for the `demo` profile. */
@org.springframework.modulith.ApplicationModule(allowedDependencies = {"shared", "region", "population"})
package id.warga.demo;
