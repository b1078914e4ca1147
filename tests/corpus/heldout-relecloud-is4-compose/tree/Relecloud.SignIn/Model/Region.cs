using System.Collections.Generic;

namespace Relecloud.SignIn.Model
{
    public class Region
    {
        public static readonly Region Coastal = new Region(1, "Coastal");
        public static readonly Region Highlands = new Region(2, "Highlands");
        public static readonly Region Lakes = new Region(3, "Lakes");

        public Region(int id, string name)
        {
            Id = id;
            Name = name;
        }

        public int Id { get; }
        public string Name { get; }

        public static IReadOnlyList<Region> All => new[] { Coastal, Highlands, Lakes };
    }
}
