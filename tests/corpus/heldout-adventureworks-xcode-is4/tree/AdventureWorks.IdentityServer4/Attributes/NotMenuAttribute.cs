using System;

namespace AdventureWorks.IdentityServer4.Attributes
{
    /// <summary>Keeps a controller out of the generated admin menu.</summary>
    public class NotMenuAttribute : Attribute
    {
    }
}
