/** Maps and area pages: the city map on the home page, each area's page with its children on a map. */
@org.springframework.modulith.ApplicationModule(allowedDependencies = {"shared", "region", "demo"})
package id.warga.maps;
