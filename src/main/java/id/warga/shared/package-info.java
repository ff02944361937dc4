/** Small technical pieces every module may use: the embedded database, API errors, locale. No business logic. */
@org.springframework.modulith.ApplicationModule(type = org.springframework.modulith.ApplicationModule.Type.OPEN)
package id.warga.shared;
