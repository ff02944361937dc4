/** Users, roles and region scopes, login, and the audit trail of personal data. */
@org.springframework.modulith.ApplicationModule(allowedDependencies = {"shared", "region"})
package id.warga.access;
