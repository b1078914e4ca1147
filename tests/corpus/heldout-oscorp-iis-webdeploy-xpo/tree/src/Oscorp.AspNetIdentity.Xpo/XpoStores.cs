using DevExpress.Xpo;

using Microsoft.AspNetCore.Identity;

namespace Oscorp.AspNetIdentity.Xpo;

[Persistent("AspNetUsers")]
public class XpoIdentityUser : XPLiteObject
{
    public XpoIdentityUser(Session session) : base(session) { }

    [Key] public string Id { get; set; }
    public string UserName { get; set; }
    public string NormalizedUserName { get; set; }
    public string PasswordHash { get; set; }
}

[Persistent("AspNetRoles")]
public class XpoIdentityRole : XPLiteObject
{
    public XpoIdentityRole(Session session) : base(session) { }

    [Key] public string Id { get; set; }
    public string Name { get; set; }
    public string NormalizedName { get; set; }
}

public sealed class XpoUserStore<TUser> : IUserPasswordStore<TUser> where TUser : IdentityUser, new()
{
    private readonly UnitOfWork uow;

    public XpoUserStore(UnitOfWork uow) => this.uow = uow;

    public async Task<IdentityResult> CreateAsync(TUser user, CancellationToken ct)
    {
        await uow.SaveAsync(new XpoIdentityUser(uow)
        {
            Id = user.Id,
            UserName = user.UserName,
            NormalizedUserName = user.NormalizedUserName,
            PasswordHash = user.PasswordHash,
        }, ct);
        await uow.CommitChangesAsync(ct);
        return IdentityResult.Success;
    }

    public async Task<IdentityResult> UpdateAsync(TUser user, CancellationToken ct)
    {
        var stored = uow.GetObjectByKey<XpoIdentityUser>(user.Id);
        stored.UserName = user.UserName;
        stored.NormalizedUserName = user.NormalizedUserName;
        stored.PasswordHash = user.PasswordHash;
        await uow.CommitChangesAsync(ct);
        return IdentityResult.Success;
    }

    public async Task<IdentityResult> DeleteAsync(TUser user, CancellationToken ct)
    {
        await uow.DeleteAsync(uow.GetObjectByKey<XpoIdentityUser>(user.Id), ct);
        await uow.CommitChangesAsync(ct);
        return IdentityResult.Success;
    }

    public Task<TUser> FindByIdAsync(string userId, CancellationToken ct)
        => Task.FromResult(Map(uow.GetObjectByKey<XpoIdentityUser>(userId)));

    public Task<TUser> FindByNameAsync(string normalizedUserName, CancellationToken ct)
        => Task.FromResult(Map(uow.Query<XpoIdentityUser>().FirstOrDefault(u => u.NormalizedUserName == normalizedUserName)));

    public Task<string> GetUserIdAsync(TUser user, CancellationToken ct) => Task.FromResult(user.Id);
    public Task<string> GetUserNameAsync(TUser user, CancellationToken ct) => Task.FromResult(user.UserName);
    public Task SetUserNameAsync(TUser user, string userName, CancellationToken ct) { user.UserName = userName; return Task.CompletedTask; }
    public Task<string> GetNormalizedUserNameAsync(TUser user, CancellationToken ct) => Task.FromResult(user.NormalizedUserName);
    public Task SetNormalizedUserNameAsync(TUser user, string name, CancellationToken ct) { user.NormalizedUserName = name; return Task.CompletedTask; }
    public Task SetPasswordHashAsync(TUser user, string hash, CancellationToken ct) { user.PasswordHash = hash; return Task.CompletedTask; }
    public Task<string> GetPasswordHashAsync(TUser user, CancellationToken ct) => Task.FromResult(user.PasswordHash);
    public Task<bool> HasPasswordAsync(TUser user, CancellationToken ct) => Task.FromResult(user.PasswordHash != null);

    public void Dispose() { }

    private static TUser Map(XpoIdentityUser stored) => stored is null ? null : new TUser
    {
        Id = stored.Id,
        UserName = stored.UserName,
        NormalizedUserName = stored.NormalizedUserName,
        PasswordHash = stored.PasswordHash,
    };
}

public sealed class XpoRoleStore : IRoleStore<IdentityRole>
{
    private readonly UnitOfWork uow;

    public XpoRoleStore(UnitOfWork uow) => this.uow = uow;

    public async Task<IdentityResult> CreateAsync(IdentityRole role, CancellationToken ct)
    {
        await uow.SaveAsync(new XpoIdentityRole(uow) { Id = role.Id, Name = role.Name, NormalizedName = role.NormalizedName }, ct);
        await uow.CommitChangesAsync(ct);
        return IdentityResult.Success;
    }

    public async Task<IdentityResult> UpdateAsync(IdentityRole role, CancellationToken ct)
    {
        var stored = uow.GetObjectByKey<XpoIdentityRole>(role.Id);
        stored.Name = role.Name;
        stored.NormalizedName = role.NormalizedName;
        await uow.CommitChangesAsync(ct);
        return IdentityResult.Success;
    }

    public async Task<IdentityResult> DeleteAsync(IdentityRole role, CancellationToken ct)
    {
        await uow.DeleteAsync(uow.GetObjectByKey<XpoIdentityRole>(role.Id), ct);
        await uow.CommitChangesAsync(ct);
        return IdentityResult.Success;
    }

    public Task<IdentityRole> FindByIdAsync(string roleId, CancellationToken ct)
        => Task.FromResult(Map(uow.GetObjectByKey<XpoIdentityRole>(roleId)));

    public Task<IdentityRole> FindByNameAsync(string normalizedRoleName, CancellationToken ct)
        => Task.FromResult(Map(uow.Query<XpoIdentityRole>().FirstOrDefault(r => r.NormalizedName == normalizedRoleName)));

    public Task<string> GetRoleIdAsync(IdentityRole role, CancellationToken ct) => Task.FromResult(role.Id);
    public Task<string> GetRoleNameAsync(IdentityRole role, CancellationToken ct) => Task.FromResult(role.Name);
    public Task SetRoleNameAsync(IdentityRole role, string name, CancellationToken ct) { role.Name = name; return Task.CompletedTask; }
    public Task<string> GetNormalizedRoleNameAsync(IdentityRole role, CancellationToken ct) => Task.FromResult(role.NormalizedName);
    public Task SetNormalizedRoleNameAsync(IdentityRole role, string name, CancellationToken ct) { role.NormalizedName = name; return Task.CompletedTask; }

    public void Dispose() { }

    private static IdentityRole Map(XpoIdentityRole stored)
        => stored is null ? null : new IdentityRole(stored.Name) { Id = stored.Id, NormalizedName = stored.NormalizedName };
}
