using Bellows.IdentityServer.Hosting;

namespace Bellows.IdentityServer.Application
{
	public static class Program
	{
		public static int Main(string[] args)
		{
			return Host.Run<Startup>("Bellows College - Identity-Server", args);
		}
	}
}
