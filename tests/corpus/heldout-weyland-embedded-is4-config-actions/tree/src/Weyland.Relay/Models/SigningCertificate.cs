namespace Weyland.Relay.Models
{
    /// <summary>One entry of oauth:signingCerts.</summary>
    public class SigningCertificate
    {
        public required string File { get; init; }

        public string? PassPhrase { get; init; }
    }
}
