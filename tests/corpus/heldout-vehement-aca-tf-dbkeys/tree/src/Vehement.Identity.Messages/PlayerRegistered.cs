namespace Vehement.Identity.Messages;

// Published on the service bus when a player account is created; consumed by the game service.
public sealed record PlayerRegistered(string Id, string? Email);
