/** The wilayah tree (provinsi › kota › kecamatan › kelurahan › RW › RT): codes, boundaries, heads over time. */
@org.springframework.modulith.ApplicationModule(allowedDependencies = "shared")
package id.warga.region;
