namespace Bellows.IdentityServer.FeatureManagement
{
	public enum Feature
	{
		CertificateForwarding,
		DataSeeding,
		Development,
		ForwardedHeaders,
		Hsts,
		HttpsRedirection,
		Saml
	}
}
