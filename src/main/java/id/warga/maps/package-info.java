/** Maps and dashboards: the city map on the home page, area pages, the unemployment dashboards and the open data page. */
@org.springframework.modulith.ApplicationModule(
        allowedDependencies = {"shared", "region", "demo", "analytics", "access"})
package id.warga.maps;
