namespace Lamna.Identity.Infrastructure.Services;

// Keeps one RSA signing key as JSON under the web root and replaces it once it is older than the given age.
public class RsaKeyFileService
{
    private readonly IWebHostEnvironment _environment;
    private readonly TimeSpan _maxAge;

    public RsaKeyFileService(IWebHostEnvironment environment, TimeSpan maxAge)
    {
        _environment = environment;
        _maxAge = maxAge;
    }

    private string KeyPath => Path.Combine(_environment.WebRootPath, "signing-rsa.json");

    public bool IsStale() =>
        !File.Exists(KeyPath) || DateTime.Now - File.GetCreationTime(KeyPath) > _maxAge;

    public void WriteNewKey()
    {
        using var rsa = RSA.Create(2048);
        var parameters = rsa.ExportParameters(includePrivateParameters: true);
        File.WriteAllText(KeyPath, JsonSerializer.Serialize(KeyDocument.From(parameters)));
    }

    public RsaSecurityKey GetSecurityKey()
    {
        if (IsStale()) WriteNewKey();

        var document = JsonSerializer.Deserialize<KeyDocument>(File.ReadAllText(KeyPath));
        var rsa = RSA.Create();
        rsa.ImportParameters(document.ToParameters());
        return new RsaSecurityKey(rsa);
    }

    private sealed class KeyDocument
    {
        public byte[] Modulus { get; set; }
        public byte[] Exponent { get; set; }
        public byte[] D { get; set; }
        public byte[] P { get; set; }
        public byte[] Q { get; set; }
        public byte[] DP { get; set; }
        public byte[] DQ { get; set; }
        public byte[] InverseQ { get; set; }

        public static KeyDocument From(RSAParameters p) => new()
        {
            Modulus = p.Modulus, Exponent = p.Exponent, D = p.D, P = p.P,
            Q = p.Q, DP = p.DP, DQ = p.DQ, InverseQ = p.InverseQ
        };

        public RSAParameters ToParameters() => new()
        {
            Modulus = Modulus, Exponent = Exponent, D = D, P = P,
            Q = Q, DP = DP, DQ = DQ, InverseQ = InverseQ
        };
    }
}
