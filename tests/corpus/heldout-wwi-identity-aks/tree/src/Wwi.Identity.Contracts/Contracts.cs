using System;

namespace Wwi.Identity.Contracts
{
    public record DebitCredits(Guid UserId, decimal Credits, Guid CorrelationId);

    public record CreditsDebited(Guid CorrelationId);

    public record UserUpdated(Guid UserId, string Email, decimal NewTotalCredits);
}
