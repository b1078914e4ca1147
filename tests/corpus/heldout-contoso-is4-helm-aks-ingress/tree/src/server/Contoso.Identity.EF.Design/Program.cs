using System;

namespace Contoso.Identity.EF.Design
{
    internal static class Program
    {
        private static void Main()
        {
            Console.WriteLine("Design-time host for dotnet ef; generates the identity provider's migration scripts.");
        }
    }
}
