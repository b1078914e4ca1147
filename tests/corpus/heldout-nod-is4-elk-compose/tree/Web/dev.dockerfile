FROM mcr.microsoft.com/dotnet/core/sdk:3.1 AS build
WORKDIR /src

COPY NodTools.Web/*.csproj ./
RUN dotnet restore

COPY ./NodTools.Web ./
RUN dotnet publish -c Debug -o /out --no-self-contained -r linux-x64

FROM mcr.microsoft.com/dotnet/core/aspnet:3.1-alpine
WORKDIR /app
COPY --from=build /out .
ENV ASPNETCORE_ENVIRONMENT="Development"
ENV ASPNETCORE_URLS="http://+;https://+"
ENV ASPNETCORE_Kestrel__Certificates__Default__Path=/certs/nodtools.pfx
ENV ASPNETCORE_Kestrel__Certificates__Default__Password="Qu1llPr3ss!"
EXPOSE 80 443
ENTRYPOINT ["dotnet", "NodTools.Web.dll", "--environment=Development"]
