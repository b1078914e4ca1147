using System;

namespace Wwi.Identity.Service.Exceptions
{
    [Serializable]
    internal class InsufficientCreditsException : Exception
    {
        public InsufficientCreditsException(Guid userId, decimal requested)
            : base($"User '{userId}' cannot cover a debit of {requested} credits")
        {
            UserId = userId;
            Requested = requested;
        }

        public Guid UserId { get; }

        public decimal Requested { get; }
    }
}
