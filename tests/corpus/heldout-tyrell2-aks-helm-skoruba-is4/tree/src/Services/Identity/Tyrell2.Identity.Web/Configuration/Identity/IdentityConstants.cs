namespace Tyrell2.Identity.STS.Identity.Configuration.Identity
{
    public static class IdentityConstants
    {
        public static class ApiResource
        {
            public const string BasketApi = "basket-api";
            public const string CatalogApi = "catalog-api";
            public const string OrderingApi = "ordering-api";
        }
    }
}
