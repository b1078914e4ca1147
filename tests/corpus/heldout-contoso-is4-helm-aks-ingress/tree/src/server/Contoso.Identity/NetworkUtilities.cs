using System;
using System.Collections;
using System.Collections.Generic;
using System.Linq;
using System.Net;
using System.Net.NetworkInformation;
using System.Net.Sockets;
using Microsoft.AspNetCore.HttpOverrides;

namespace Contoso.Identity
{
    public static class NetworkUtilities
    {
        // Returns the IPv4 subnet of every operational interface of the given type that has a gateway.
        public static IEnumerable<IPNetwork> GetLocalNetworks(NetworkInterfaceType type)
        {
            var interfaces = NetworkInterface.GetAllNetworkInterfaces()
                .Where(n => n.NetworkInterfaceType == type && n.OperationalStatus == OperationalStatus.Up)
                .Select(n => n.GetIPProperties())
                .Where(p => p.GatewayAddresses.Any());

            foreach (var properties in interfaces)
            {
                var address = properties.UnicastAddresses
                    .FirstOrDefault(a => a.Address.AddressFamily == AddressFamily.InterNetwork);
                if (address == null)
                    continue;

                var maskBits = new BitArray(address.IPv4Mask.GetAddressBytes());
                var prefixLength = maskBits.Cast<bool>().Count(bit => bit);

                var networkBits = new BitArray(address.Address.GetAddressBytes()).And(maskBits);
                var networkBytes = new byte[4];
                networkBits.CopyTo(networkBytes, 0);

                yield return new IPNetwork(new IPAddress(networkBytes), prefixLength);
            }
        }
    }
}
