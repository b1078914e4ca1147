namespace Globex.AccountService.Domain;

public sealed class Merchant
{
    public Guid Id { get; private set; } = Guid.NewGuid();
    public Guid OwnerUserId { get; private set; }
    public string DisplayName { get; private set; } = string.Empty;
    public bool IsApproved { get; private set; }

    private Merchant() { }

    public static Merchant Register(Guid ownerUserId, string displayName)
    {
        if (string.IsNullOrWhiteSpace(displayName))
            throw new ArgumentException("A merchant needs a display name.", nameof(displayName));

        return new Merchant { OwnerUserId = ownerUserId, DisplayName = displayName.Trim() };
    }

    public void Approve() => IsApproved = true;
}
