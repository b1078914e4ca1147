FROM mcr.microsoft.com/dotnet/core/sdk:3.1 AS build
WORKDIR /src

# restore first so the package layer is cached
COPY NodTools.Identity/*.csproj ./
RUN dotnet restore

# then the sources
COPY ./NodTools.Identity ./
RUN dotnet publish -c Debug -o /out --no-self-contained -r linux-x64

FROM mcr.microsoft.com/dotnet/core/aspnet:3.1-alpine
WORKDIR /app
COPY --from=build /out .
ENV ASPNETCORE_ENVIRONMENT="Development"
ENV ASPNETCORE_URLS="https://+"
ENV ASPNETCORE_Kestrel__Certificates__Default__Path=/certs/nodtools.pfx
ENV ASPNETCORE_Kestrel__Certificates__Default__Password="Qu1llPr3ss!"
EXPOSE 443
ENTRYPOINT ["dotnet", "NodTools.Identity.dll", "--environment=Development"]
