package id.warga.access.internal;

/** What an audit entry records. */
public enum AuditAction {
    READ,
    CHANGE,
    EXPORT,
    LOGIN_SUCCEEDED,
    LOGIN_FAILED,
    LOGOUT,
    PASSWORD_CHANGED,
    TOKEN_CREATED,
    TOKEN_REVOKED,
    ACCOUNT_CREATED,
    ACCOUNT_CHANGED,
    ACCOUNT_DISABLED,
    ACCOUNT_ENABLED,
    ACCOUNT_UNLOCKED,
    PASSWORD_RESET
}
