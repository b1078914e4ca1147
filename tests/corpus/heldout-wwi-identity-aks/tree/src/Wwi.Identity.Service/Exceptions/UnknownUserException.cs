using System;

namespace Wwi.Identity.Service.Exceptions
{
    [Serializable]
    internal class UnknownUserException : Exception
    {
        public UnknownUserException(Guid userId)
            : base($"No user with id '{userId}'")
        {
            UserId = userId;
        }

        public Guid UserId { get; }
    }
}
