using System.Collections.Generic;
using System.Linq;
using System.Xml.Linq;
using Microsoft.AspNetCore.DataProtection.Repositories;
using Northwind.Data.Sql;

namespace Northwind.ApiCore.DataProtection;

/// <summary>
/// Adapts the SQL key ring table to the Data Protection <see cref="IXmlRepository"/> contract.
/// The XML is stored as produced; no encryptor is configured.
/// </summary>
public sealed class DatabaseXmlRepository : IXmlRepository
{
    private readonly IKeyRingRepository keyRing;

    public DatabaseXmlRepository(IKeyRingRepository keyRing)
    {
        this.keyRing = keyRing;
    }

    public IReadOnlyCollection<XElement> GetAllElements()
    {
        var entries = keyRing.LoadAll().GetAwaiter().GetResult();

        return entries
            .Where(entry => !string.IsNullOrWhiteSpace(entry.Xml))
            .Select(entry => XElement.Parse(entry.Xml))
            .ToList();
    }

    public void StoreElement(XElement element, string friendlyName)
    {
        var xml = element.ToString(SaveOptions.DisableFormatting);

        keyRing.Append(new KeyRingEntry(friendlyName, xml)).GetAwaiter().GetResult();
    }
}
