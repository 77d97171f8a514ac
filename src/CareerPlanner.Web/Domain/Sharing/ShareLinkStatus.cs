namespace CareerPlanner.Web.Domain.Sharing;

public enum ShareLinkStatus
{
    Active = 1,
    Expired = 2,
    Revoked = 3,
}
