using Microsoft.Extensions.Options;
using System;
using System.Collections.Generic;
using System.IO;
using System.Linq;
using System.Security.Cryptography.X509Certificates;
using System.Threading.Tasks;

namespace Proseware.Identity.Services.SigningCredential;

public class SigningCredentialCertificateStorageOptions
{
    public string Storage { get; set; }
    public string CertPassword { get; set; }
}

// Token signing certificates as password-protected .pfx files in a local folder.
// A new certificate is created when the newest one is older than the given age.
public class SigningCredentialCertificateFileSystemStorage : ISigningCredentialCertificateStorage
{
    private readonly SigningCredentialCertificateStorageOptions _options;
    private readonly ICertificateFactory _factory;

    public SigningCredentialCertificateFileSystemStorage(
            IOptions<SigningCredentialCertificateStorageOptions> options,
            ICertificateFactory factory)
    {
        _options = options.Value;
        _factory = factory;
        Directory.CreateDirectory(_options.Storage);
    }

    public async Task RenewCertificatesAsync(int ifOlderThanDays = 60)
    {
        var newest = new DirectoryInfo(_options.Storage).GetFiles("*.pfx")
                                                        .OrderByDescending(f => f.CreationTime)
                                                        .FirstOrDefault();

        if (newest == null || (DateTime.Now - newest.CreationTime).TotalDays > ifOlderThanDays)
        {
            var name = Guid.NewGuid().ToString("N");
            var cert = _factory.CreateNewX509Certificate(name, 36500);
            await File.WriteAllBytesAsync(Path.Combine(_options.Storage, $"{name}.pfx"),
                                          cert.Export(X509ContentType.Pfx, _options.CertPassword));
        }
    }

    public Task<IEnumerable<X509Certificate2>> GetCertificatesAsync()
    {
        var certs = new DirectoryInfo(_options.Storage)
            .GetFiles("*.pfx")
            .Where(f => f.CreationTime > DateTime.Now.AddDays(-60))
            .Select(f => X509CertificateLoader.LoadPkcs12FromFile(f.FullName, _options.CertPassword))
            .ToList();

        return Task.FromResult<IEnumerable<X509Certificate2>>(certs);
    }
}
