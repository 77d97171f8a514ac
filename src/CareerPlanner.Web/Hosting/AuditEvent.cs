namespace CareerPlanner.Web.Hosting;

public enum AuditEvent
{
    SignedIn = 1001,
    SignInFailed = 1002,
    LockedOut = 1003,
    SignedOut = 1004,
    PasswordChanged = 1005,
    AccountCreated = 1006,
    AccountDeleted = 1007,
    PlanDeleted = 2001,
    PlanExported = 2002,
    LinkCreated = 3001,
    LinkRevoked = 3002,
    LinkOpened = 3003,
}
