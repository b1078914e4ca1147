using System.Security.Cryptography.X509Certificates;
using System.Security.Cryptography.Xml;
using System.Xml;
using System.Xml.Linq;
using Azure.Security.KeyVault.Certificates;
using Microsoft.AspNetCore.DataProtection.XmlEncryption;

namespace Fabrikam.Sso.Host.Internal.KeyVault;

// Encrypts each Data Protection key with the public half of a Key Vault certificate.
internal sealed class VaultCertificateXmlEncryptor : IXmlEncryptor
{
    private readonly string _certificateName;
    private readonly CertificateClient _client;

    public VaultCertificateXmlEncryptor(string certificateName, CertificateClient client)
    {
        _certificateName = certificateName;
        _client = client;
    }

    public EncryptedXmlInfo Encrypt(XElement plaintextElement)
    {
        var certificate = _client.GetCertificate(_certificateName).Value;
        using var publicCert = new X509Certificate2(certificate.Cer);

        var document = new XmlDocument();
        document.Load(new XElement("wrapper", plaintextElement).CreateReader());
        var encrypted = new EncryptedXml().Encrypt((XmlElement)document.DocumentElement!.FirstChild!, publicCert);

        return new EncryptedXmlInfo(XElement.Parse(encrypted.GetXml().OuterXml), typeof(EncryptedXmlDecryptor));
    }
}
