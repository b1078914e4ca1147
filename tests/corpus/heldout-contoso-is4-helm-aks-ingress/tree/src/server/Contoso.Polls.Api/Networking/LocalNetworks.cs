using System.Collections;
using System.Collections.Generic;
using System.Linq;
using System.Net;
using System.Net.NetworkInformation;
using System.Net.Sockets;
using Microsoft.AspNetCore.HttpOverrides;

namespace Contoso.Polls.Api.Networking
{
    internal static class LocalNetworks
    {
        // Same approach as the identity provider: derive the trusted subnet from the pod's own NIC.
        public static IEnumerable<IPNetwork> Get(NetworkInterfaceType type)
        {
            foreach (var properties in NetworkInterface.GetAllNetworkInterfaces()
                .Where(n => n.NetworkInterfaceType == type && n.OperationalStatus == OperationalStatus.Up)
                .Select(n => n.GetIPProperties())
                .Where(p => p.GatewayAddresses.Any()))
            {
                var unicast = properties.UnicastAddresses
                    .FirstOrDefault(a => a.Address.AddressFamily == AddressFamily.InterNetwork);
                if (unicast == null)
                    continue;

                var mask = new BitArray(unicast.IPv4Mask.GetAddressBytes());
                var prefix = mask.Cast<bool>().Count(b => b);
                var bytes = new byte[4];
                new BitArray(unicast.Address.GetAddressBytes()).And(mask).CopyTo(bytes, 0);

                yield return new IPNetwork(new IPAddress(bytes), prefix);
            }
        }
    }
}
