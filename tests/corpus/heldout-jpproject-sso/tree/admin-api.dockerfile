FROM mcr.microsoft.com/dotnet/core/aspnet:3.1-buster-slim AS runtime
WORKDIR /app
EXPOSE 80

FROM mcr.microsoft.com/dotnet/core/sdk:3.1-buster AS sdk
WORKDIR /src
COPY src/ .
WORKDIR /src/Backend/Contoso.Api.Admin
RUN dotnet publish "Contoso.Api.Admin.csproj" -c Release -o /out

FROM runtime AS final
WORKDIR /app
COPY --from=sdk /out .
ENTRYPOINT ["dotnet", "Contoso.Api.Admin.dll"]
