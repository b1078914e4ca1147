using System;
using System.Collections.Generic;
using AspNetCore.Identity.MongoDbCore.Models;
using MongoDbGenericRepository.Attributes;

namespace Wwi.Identity.Service.Entities
{
    [CollectionName("Users")]
    public class ApplicationUser : MongoIdentityUser<Guid>
    {
        /// <summary>Trading credits the user holds.</summary>
        public decimal Credits { get; set; }

        /// <summary>Ids of bus messages already applied to this user.</summary>
        public HashSet<Guid> MessageIds { get; set; } = new();
    }
}
