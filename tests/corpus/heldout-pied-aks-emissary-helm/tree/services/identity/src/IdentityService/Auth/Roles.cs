namespace IdentityService.Auth;

public static class Roles
{
    public const string Admin = "Admin";
}
