using System;

namespace Veridian.Security.Domain.Shared.Exceptions
{
    public class GuardException : Exception
    {
        public GuardException(string message) : base(message)
        {
        }
    }
}
