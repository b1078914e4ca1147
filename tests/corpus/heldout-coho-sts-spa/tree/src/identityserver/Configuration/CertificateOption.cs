namespace Coho.Sts.Admin.Configuration;

/// <summary>
/// Bound from the CertificateConfiguration section.
/// </summary>
public class CertificateOption
{
    public bool UseTemporarySigningKeyForDevelopment { get; set; }

    public bool UseSigningCertificatePfxFile { get; set; }

    public string SigningCertificatePfxFilePath { get; set; }

    public string SigningCertificatePfxFilePassword { get; set; }

    public bool UseValidationCertificatePfxFile { get; set; }

    public string ValidationCertificatePfxFilePath { get; set; }

    public string ValidationCertificatePfxFilePassword { get; set; }
}
