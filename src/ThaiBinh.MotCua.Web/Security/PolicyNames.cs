namespace ThaiBinh.MotCua.Web.Security;

/// <summary>
/// The names the host registers its policies under, here so that the pages and the API's endpoints
/// name the same one (the host references this project, not the other way round).
/// </summary>
public static class PolicyNames
{
    /// <summary>
    /// Authorization: Admin by the token or cookie and, read again on each request, by the database: an
    /// admin's powers (the calendar, the accounts, the job dashboard) end the moment the account is
    /// deactivated or demoted.
    /// </summary>
    public const string Admin = "Admin";

    /// <summary>Rate limiting: the citizen's lookup, per client address, for the API and the page alike.</summary>
    public const string PublicLookup = "public-lookup";
}
