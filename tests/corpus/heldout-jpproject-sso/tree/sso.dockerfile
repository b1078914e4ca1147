FROM mcr.microsoft.com/dotnet/core/aspnet:3.1-buster-slim AS runtime
WORKDIR /app
EXPOSE 80

FROM mcr.microsoft.com/dotnet/core/sdk:3.1-buster AS sdk
WORKDIR /src
COPY ["src/Frontend/Contoso.Sso/Contoso.Sso.csproj", "Frontend/Contoso.Sso/"]
RUN dotnet restore "Frontend/Contoso.Sso/Contoso.Sso.csproj"
COPY src/ .
WORKDIR /src/Frontend/Contoso.Sso
RUN dotnet publish "Contoso.Sso.csproj" -c Release -o /out

FROM runtime AS final
WORKDIR /app
COPY --from=sdk /out .
ENTRYPOINT ["dotnet", "Contoso.Sso.dll"]
