using System;

namespace Sirius.Common
{
    /// <summary>Clock abstraction so handlers and tests do not depend on DateTime.Now.</summary>
    public interface IDateTime
    {
        DateTime Now { get; }
    }
}
