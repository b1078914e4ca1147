FROM mcr.microsoft.com/dotnet/core/sdk:3.1 AS build
WORKDIR /app
COPY src/ ./
WORKDIR "/app/Humongous.Sso.HealthCheck"
RUN dotnet restore
RUN dotnet publish --configuration Release --output "/app/publish"


FROM mcr.microsoft.com/dotnet/core/aspnet:3.1 AS runtime
ARG env="Docker"
WORKDIR /app
COPY --from=build "/app/publish" ./
RUN mkdir -p /etc/hisso/certs/
COPY ./docker/certs/${env}.pfx /etc/hisso/certs/
RUN mv /etc/hisso/certs/${env}.pfx /etc/hisso/certs/server.pfx

ENV ASPNETCORE_URLS "http://+:7000;https://+:7001"
ENV ASPNETCORE_ENVIRONMENT ${env}
ENV ASPNETCORE_Kestrel__Certificates__Default__Password ""
ENV ASPNETCORE_Kestrel__Certificates__Default__Path "/etc/hisso/certs/server.pfx"
EXPOSE 7000 7001

ENTRYPOINT ["dotnet", "Humongous.Sso.HealthCheck.dll"]
